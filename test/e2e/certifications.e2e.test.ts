import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { openApp, type AppSession } from './support/app';
import { CertificationsScreen, seedLargeCertification, localDay } from './support/certifications-page';

let app: AppSession | undefined;
afterEach(async () => {
  await app?.close();
  app = undefined;
});


describe('certification tracker', () => {
  it('creates a path from a template, checks modules off, logs study and exports it', async () => {
    app = await openApp();
    const page = app.page;
    const screen = new CertificationsScreen(page);
    await app.goto('/certifications');
    await expect.poll(() => page.getByText('No certifications tracked yet', { exact: true }).count()).toBe(1);
    await app.screenshot('certifications-empty');

    await screen.startFromTemplate(/AWS Certified Machine Learning Engineer/);
    expect(await screen.heading.textContent()).toContain('AWS Certified Machine Learning Engineer');
    expect(await screen.banner.textContent()).toBe('Set a target or exam date to see whether you are on track.');
    expect(await screen.forecast.textContent()).toMatch(/^79 h left\. Log a study session/);

    // A target date before the start is refused next to the field; a later one is saved.
    const today = await localDay(app);
    await screen.editDetails({ 'Start date': today, 'Target date': await localDay(app, -3) });
    await expect.poll(() => page.getByRole('alert').filter({ hasText: 'The target date is before the start date.' }).count()).toBe(1);
    await screen.editDetails({ 'Target date': await localDay(app, 56) });
    await expect.poll(() => screen.banner.textContent()).toMatch(/^Behind by 9\.9 hours a week\.$/); // 79 h / 56 days * 7

    // Check a module off with the mouse, the next one with the keyboard: the burn-up climbs.
    expect(await screen.burnUp.getAttribute('data-done')).toBe('0');
    await screen.module('Task 1.1').getByRole('checkbox').click();
    await expect.poll(() => screen.burnUp.getAttribute('data-done')).toBe('6');
    await screen.module('Task 1.1').focus();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Space');
    await expect.poll(() => screen.burnUp.getAttribute('data-done')).toBe('14');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('+');
    await expect.poll(() => screen.module('Task 1.3').getByRole('spinbutton').inputValue()).toBe('10');

    // Reorder with Alt+Down, remove with Delete, and undo the removal.
    await page.keyboard.press('Alt+ArrowUp');
    await expect.poll(() => page.locator('.cert-module-title').nth(1).textContent()).toMatch(/^Task 1\.3/);
    await page.keyboard.press('Delete');
    await expect.poll(() => screen.module('Task 1.3').count()).toBe(0);
    await page.getByRole('button', { name: /^Undo: Removed Task 1\.3/ }).waitFor();
    await app.screenshot('certification-undo-toast');
    await page.getByRole('button', { name: /^Undo: Removed Task 1\.3/ }).click();
    await expect.poll(() => screen.module('Task 1.3').count()).toBe(1);

    // A percent outside 0-100 gets a field message.
    const percent = screen.module('Task 2.1').getByRole('spinbutton');
    await percent.fill('150');
    await percent.press('Enter');
    await expect.poll(() => screen.module('Task 2.1').getByRole('alert').textContent()).toBe('Percent must be between 0 and 100.');

    // A completion date in the future is refused in the module editor.
    await screen.module('Task 1.1').getByRole('button', { name: /^Edit/ }).click();
    const editor = page.getByRole('form', { name: /^Edit Task 1\.1/ });
    await editor.getByLabel('Completed on').fill(await localDay(app, 2));
    await editor.getByRole('button', { name: 'Save module' }).click();
    await expect.poll(() => editor.getByRole('alert').textContent()).toBe('The completion date is in the future.');
    await editor.getByRole('button', { name: 'Cancel' }).click();

    // Study sessions: negative minutes are refused; real ones move the forecast.
    await screen.logSession({ minutes: '-5' });
    await expect.poll(() => page.getByRole('alert').filter({ hasText: 'Minutes must be more than zero.' }).count()).toBe(1);
    await screen.logSession({ module: 'Task 2.1: Choose a modeling approach (Domain 2: ML Model Development)', minutes: '90', note: 'SageMaker built-in algorithms' });
    // Started today: 1.5 h logged today is this week's pace (less than a week counts as a week), not 1.5 h / 4 weeks.
    await expect.poll(() => screen.forecast.textContent()).toMatch(/^At 1\.5 h a week, .* expected finish/);
    const first = await screen.forecast.textContent();
    await screen.logSession({ minutes: '240', date: await localDay(app, -8) });
    await expect.poll(() => screen.forecast.textContent()).not.toBe(first);
    // A session 8 days ago moves the start there: (1.5 + 4) h over 9 days = 5.5 / 9 * 7 = 4.28 h a week.
    expect(await screen.forecast.textContent()).toMatch(/^At 4\.3 h a week/);
    const sessions = page.getByRole('list', { name: 'Study sessions' });
    expect(await sessions.locator('li').count()).toBe(2);
    expect(await sessions.locator('.cert-week').first().textContent()).toMatch(/^\d{4}-W\d{2}$/);
    expect(await sessions.locator('.cert-session-note').first().textContent()).toBe('SageMaker built-in algorithms');

    // The week's summary goes to the clipboard for the journal.
    await app.context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.evaluate(() => document.getElementById('main')?.scrollTo(0, 0));
    await page.getByRole('button', { name: "Copy this week's course summary" }).click();
    await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toMatch(/^\*\*This week:\*\* .*studied/);
    await app.screenshot('certification-detail-light');

    // Export downloads a JSON file in the Episodes format.
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export JSON' }).click()]);
    expect(download.suggestedFilename()).toMatch(/^aws-certified-machine-learning-engineer.*\.json$/);
    const exported = JSON.parse(readFileSync((await download.path())!, 'utf8')) as { format: string; certification: { modules: unknown[] } };
    expect(exported.format).toBe('episodes.certification');
    expect(exported.certification.modules).toHaveLength(15);

    // Back on the list the card shows the progress; a bad file gets a clear message.
    await page.getByRole('link', { name: '← Certifications' }).click();
    await expect.poll(() => page.getByRole('progressbar').count()).toBe(1);
    expect(await page.locator('.cert-card-meta').first().textContent()).toContain('2 of 15 modules');
    await app.screenshot('certifications-list');
    const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.getByRole('button', { name: 'Import…' }).click()]);
    await chooser.setFiles({ name: 'broken.json', mimeType: 'application/json', buffer: Buffer.from('{"format": "episodes.certification", ') });
    await expect.poll(() => page.getByRole('alert').filter({ hasText: 'Import failed' }).textContent()).toMatch(/broken\.json could not be imported\. The file is not valid JSON/);

    // The exported file imports back as a second certification.
    const [again] = await Promise.all([page.waitForEvent('filechooser'), page.getByRole('button', { name: 'Import…' }).click()]);
    await again.setFiles((await download.path())!);
    await page.waitForURL(/#\/certifications\/[^/]+$/);
    await expect.poll(() => page.locator('.cert-module.is-done').count()).toBe(2);
    expect(app.errors).toEqual([]);
  });

  it('draws the detail view in the dark theme', async () => {
    app = await openApp({ colorScheme: 'dark' });
    const screen = new CertificationsScreen(app.page);
    await app.goto('/certifications');
    await screen.startFromTemplate(/Google Cloud Professional/);
    await screen.editDetails({ 'Target date': await localDay(app, 90) });
    // What is typed in the quick-add, module included, survives modules being checked off
    // meanwhile (each moves the form's default module to the next one to do).
    const quickAdd = app.page.getByRole('form', { name: 'Log session' });
    const firstModule = await screen.module('AI Foundations').getAttribute('data-module-id');
    await expect.poll(() => quickAdd.getByLabel('Module').inputValue()).toBe(firstModule);
    await quickAdd.getByLabel('Minutes').fill('75');
    await quickAdd.getByLabel('Note').fill('Vertex AI pipelines lab');
    for (const title of ['AI Foundations', 'AI Development Options', 'AI Development Workflow']) await screen.module(title).getByRole('checkbox').click();
    await expect.poll(() => app!.page.locator('.cert-module.is-done').count()).toBe(3);
    expect(await quickAdd.getByLabel('Module').inputValue()).toBe(firstModule);
    expect(await quickAdd.getByLabel('Minutes').inputValue()).toBe('75');
    expect(await quickAdd.getByLabel('Note').inputValue()).toBe('Vertex AI pipelines lab');
    await quickAdd.getByLabel('Minutes').press('Enter');
    await expect.poll(() => app!.page.getByRole('list', { name: 'Study sessions' }).locator('li').count()).toBe(1);
    expect(await app.page.locator('.cert-session-module').first().textContent()).toBe('AI Foundations');
    await screen.logSession({ minutes: '45', date: await localDay(app, -2) });
    await expect.poll(() => app!.page.getByRole('list', { name: 'Study sessions' }).locator('li').count()).toBe(2);
    await screen.chartsDrawn();
    await app.page.evaluate(() => {
      (document.activeElement as HTMLElement | null)?.blur();
      document.getElementById('main')?.scrollTo(0, 0);
    });
    await app.screenshot('certification-detail-dark');
    await app.page.getByTestId('module-progress').scrollIntoViewIfNeeded();
    // A studied day's minutes in the grid's one tooltip (no <title> per cell). The day: the first square of the 30-60 min (or 1-2 h) path starts on that day's top edge.
    const studied = app.page.locator('[data-testid="heatmap"] svg path.cert-heat-2, [data-testid="heatmap"] svg path.cert-heat-3').last();
    await studied.scrollIntoViewIfNeeded();
    const hoverStudiedDay = async () => {
      const start = await studied.evaluate((path: SVGPathElement) => {
        const p = path.getPointAtLength(0);
        const m = path.getScreenCTM()!;
        return { x: m.a * p.x + m.e, y: m.d * p.y + m.f };
      });
      await app!.page.mouse.move(start.x + 3, start.y - 40); // off the grid first: each try is a fresh move onto the day
      await app!.page.mouse.move(start.x + 3, start.y + 5);
      return app!.page.getByRole('tooltip').textContent({ timeout: 1000 }).catch(() => null);
    };
    await expect.poll(hoverStudiedDay, { timeout: 10_000 }).toMatch(/: (1\.3 h|45 min)$/);
    await app.screenshot('certification-detail-dark-lower');
    expect(app.errors).toEqual([]);
  });

  it('shows a 200-module certification with 2,000 sessions over five years, charts included', async () => {
    app = await openApp();
    const page = app.page;
    const screen = new CertificationsScreen(page);
    await app.goto('/certifications');
    await expect.poll(() => page.getByText('No certifications tracked yet', { exact: true }).count()).toBe(1);
    await seedLargeCertification(page);
    await page.reload();
    await page.waitForLoadState('networkidle');
    await page.getByRole('link', { name: /the long way round/ }).waitFor();
    await app.screenshot('certifications-list-long-name');

    // From the click on the list to every chart drawn, measured in the page: wall time, and the
    // renderer main thread's CPU time (ThreadTime), which other load on the machine does not inflate.
    const cdp = await app.context.newCDPSession(page);
    await cdp.send('Performance.enable');
    const threadTime = async () => {
      const { metrics } = await cdp.send('Performance.getMetrics');
      return (metrics.find((m) => m.name === 'ThreadTime')?.value ?? Number.NaN) * 1000;
    };
    const timings: number[] = [];
    const cpu: number[] = [];
    const allRows: number[] = [];
    const pickers: number[] = [];
    for (let run = 0; run < 3; run++) {
      if (run > 0) {
        await page.getByRole('link', { name: '← Certifications' }).click();
        await page.getByRole('link', { name: /the long way round/ }).waitFor();
      }
      const cpuBefore = await threadTime();
      const { ms, picker } = await page.evaluate(
        () =>
          new Promise<{ ms: number; picker: { before: number; focused: number; chosen: string } }>((resolve) => {
            const t0 = performance.now();
            (document.querySelector('a[href$="#/certifications/big"]') as HTMLAnchorElement).click();
            const drawn = () =>
              document.querySelector('[data-testid="burn-up"] .recharts-line path') &&
              document.querySelector('[data-testid="hours-per-week"] .recharts-bar-rectangle') &&
              document.querySelector('[data-testid="module-progress"] .recharts-bar-rectangle') &&
              Number(document.querySelector('[data-testid="heatmap"]')?.getAttribute('data-days')) > 300 &&
              document.querySelector('[data-testid="heatmap"] path.cert-heat') &&
              document.querySelectorAll('.cert-module').length > 0;
            // The quick-add's module picker fills in its 200 modules when idle, and at once for
            // anyone who reaches for it before that: focused as the view appears, it holds them all.
            const reach = () => {
              const select = document.querySelector<HTMLSelectElement>('.cert-log select')!;
              const before = select.options.length;
              select.focus();
              const picker = { before, focused: select.options.length, chosen: select.selectedOptions[0]?.textContent ?? '' };
              select.blur();
              return picker;
            };
            const check = () => {
              if (!drawn()) return requestAnimationFrame(check);
              const ms = performance.now() - t0;
              resolve({ ms, picker: reach() });
            };
            check();
          }),
      );
      cpu.push((await threadTime()) - cpuBefore);
      timings.push(ms);
      expect(picker.focused).toBe(201);
      expect(picker.chosen).not.toBe('Choose a module…');
      pickers.push(picker.before);
      // The checklist draws its first rows with the charts and the rest right after.
      await expect.poll(() => page.locator('.cert-module').count()).toBe(200);
      allRows.push((await threadTime()) - cpuBefore);
    }
    const list = (values: number[]) => values.map((t) => `${t.toFixed(0)} ms`).join(', ');
    console.log(
      `certification detail, 200 modules + 2,000 sessions: navigation to all charts drawn ${list(timings)} wall, ${list(cpu)} main-thread CPU; ` +
        `all 200 checklist rows ${list(allRows)} main-thread CPU (first is cold); module picker options when drawn: ${pickers.join(', ')}`,
    );
    expect(await screen.banner.textContent()).toMatch(/^(On track|Behind by)/);
    expect(await page.getByRole('list', { name: 'Study sessions' }).locator('li').count()).toBe(20);
    await app.screenshot('certification-200-modules');
    await page.locator('.cert-modules').scrollIntoViewIfNeeded();
    await app.screenshot('certification-200-modules-checklist');
    expect(app.errors).toEqual([]);
  });
});
