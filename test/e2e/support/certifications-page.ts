// Page object for the certification screens: the list, the template picker and the detail view.
import type { Locator, Page } from 'playwright-core';

export class CertificationsScreen {
  constructor(readonly page: Page) {}

  get heading(): Locator {
    return this.page.locator('h1').first();
  }

  async startFromTemplate(name: RegExp): Promise<void> {
    await this.page.getByRole('button', { name: 'New certification' }).first().click();
    await this.page.locator('.cert-template', { hasText: name }).click();
    await this.page.waitForURL(/#\/certifications\/[^/]+$/);
    await this.banner.waitFor();
  }

  get banner(): Locator {
    return this.page.getByTestId('status-banner');
  }

  get forecast(): Locator {
    return this.page.getByTestId('forecast');
  }

  get burnUp(): Locator {
    return this.page.getByTestId('burn-up');
  }

  module(title: string | RegExp): Locator {
    return this.page.locator('.cert-module', { hasText: title });
  }

  async editDetails(fields: Partial<Record<'Start date' | 'Target date' | 'Exam date' | 'Name', string>>): Promise<void> {
    const form = this.page.getByRole('form', { name: 'Certification details' });
    if (!(await form.isVisible())) await this.page.getByRole('button', { name: 'Edit details' }).click();
    for (const [label, value] of Object.entries(fields)) await form.getByLabel(label, { exact: true }).fill(value);
    await form.getByRole('button', { name: 'Save details' }).click();
  }

  /** Quick add: fills the log form and submits with Enter. */
  async logSession(options: { module?: string; minutes: string; date?: string; note?: string }): Promise<void> {
    const form = this.page.getByRole('form', { name: 'Log session' });
    if (options.module) await form.getByLabel('Module').selectOption({ label: options.module });
    if (options.date) await form.getByLabel('Date').fill(options.date);
    if (options.note !== undefined) await form.getByLabel('Note').fill(options.note);
    await form.getByLabel('Minutes').fill(options.minutes);
    await form.getByLabel('Minutes').press('Enter');
  }

  get examPlan(): Locator {
    return this.page.getByTestId('exam-plan');
  }

  /** Makes (or changes) the exam plan with this many hours a week. */
  async setPlanHours(hours: string): Promise<void> {
    const form = this.examPlan.getByRole('form', { name: 'Plan settings' });
    await form.or(this.page.getByTestId('plan-verdict')).first().waitFor();
    if (!(await form.isVisible())) await this.examPlan.getByRole('button', { name: 'Change hours' }).click();
    await form.getByLabel('Hours a week').fill(hours);
    await form.getByRole('button', { name: /^(Make the plan|Save plan)$/ }).click();
    await this.page.getByTestId('plan-verdict').waitFor();
  }

  /** Waits until every chart has drawn its SVG. */
  async chartsDrawn(): Promise<void> {
    await this.page.locator('[data-testid="burn-up"] .recharts-line path').first().waitFor();
    await this.page.locator('[data-testid="heatmap"] path.cert-heat').first().waitFor();
  }
}

/**
 * A large path for the performance check: 200 modules in 20 courses (150 done over five years) and
 * 2,000 sessions, written straight into the app's IndexedDB as stored rows. The app must have opened
 * the database already (any screen that reads it has).
 */
export async function seedLargeCertification(page: Page): Promise<void> {
await page.evaluate(async () => {
    const iso = (d: Date) => `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
    const day = (offset: number) => {
      const d = new Date();
      d.setDate(d.getDate() + offset);
      return iso(d);
    };
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const open = indexedDB.open('episodes');
      open.onsuccess = () => resolve(open.result);
      open.onerror = () => reject(open.error);
    });
    const tx = db.transaction(['certifications', 'modules', 'studySessions'], 'readwrite');
    const start = -5 * 365;
    tx.objectStore('certifications').put({
      id: 'big',
      name: 'Google Cloud Professional Machine Learning Engineer, the long way round: every course, lab and practice exam',
      provider: 'Google Cloud',
      archived: false,
      createdAt: day(start),
      startDate: day(start),
      targetDate: day(120),
      examDate: day(150),
    });
    for (let i = 0; i < 200; i++) {
      const done = i < 150;
      const completedAt = start + Math.round(((i + 1) / 150) * (5 * 365 - 10));
      tx.objectStore('modules').put({
        id: `m${i}`,
        certificationId: 'big',
        order: i,
        title: `Module ${i + 1}: ${['Vertex AI pipelines', 'Feature engineering with BigQuery ML', 'Serving and monitoring models in production', 'Responsible AI'][i % 4]}`,
        course: `Course ${Math.floor(i / 10) + 1}: ${['Foundations', 'Data', 'Modeling', 'MLOps', 'Serving'][Math.floor(i / 10) % 5]}`,
        estimatedHours: 1 + (i % 5) * 0.5,
        status: done ? 'done' : i < 160 ? 'in-progress' : 'not-started',
        percent: done ? 100 : i < 160 ? 40 : 0,
        ...(done ? { startedOn: day(completedAt - 5), completedOn: day(completedAt) } : {}),
        notes: '',
      });
    }
    for (let i = 0; i < 2000; i++) {
      tx.objectStore('studySessions').put({
        id: `s${i}`,
        certificationId: 'big',
        moduleId: `m${Math.min(159, Math.floor((i / 2000) * 160))}`,
        date: day(start + Math.floor((i * (5 * 365)) / 2000)),
        minutes: 20 + ((i * 37) % 100),
        note: i % 3 === 0 ? 'Lab and notes' : '',
      });
    }
    await new Promise<void>((resolve, reject) => {
      tx.oncomplete = () => resolve();
      tx.onerror = () => reject(tx.error);
    });
    db.close();
  });
}

/** The browser's local calendar day ('yyyy-MM-dd'), shifted by `days`. */
export async function localDay(session: { page: Page }, days = 0): Promise<string> {
  return session.page.evaluate((d) => {
    const t = new Date();
    t.setDate(t.getDate() + d);
    return `${t.getFullYear()}-${String(t.getMonth() + 1).padStart(2, '0')}-${String(t.getDate()).padStart(2, '0')}`;
  }, days);
}
