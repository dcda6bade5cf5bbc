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

  /** Waits until every chart has drawn its SVG. */
  async chartsDrawn(): Promise<void> {
    await this.page.locator('[data-testid="burn-up"] .recharts-line path').first().waitFor();
    await this.page.locator('[data-testid="heatmap"] rect').first().waitFor();
  }
}
