// A new user's first week: a plain-text post imported with a corrected section kind and week,
// the kind remembered for next week's post, and a whole post pasted into a new episode.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openApp, type AppSession } from './support/app';
import { calculatorsPage } from './support/calculators-page';
import { CertificationsScreen } from './support/certifications-page';
import { journal } from './support/journal-page';

const post = readFileSync(resolve(import.meta.dirname, '../fixtures/episodes/blog-plain-lines.txt'), 'utf8');

let app: AppSession | undefined;
afterEach(async () => {
  await app?.close();
  app = undefined;
});

async function pasteIntoImport(session: AppSession, text: string) {
  await session.goto('/journal/import');
  await session.page.getByRole('button', { name: 'Paste text…' }).click();
  await session.page.getByRole('textbox', { name: 'Text to import' }).fill(text);
  await session.page.getByRole('button', { name: 'Preview' }).click();
  await expect.poll(() => session.page.getByTestId('import-item').count()).toBe(1);
}

const kindOf = (session: AppSession, heading: string) => session.page.getByRole('combobox', { name: `Kind of section ${heading}` });

describe('section kinds a person corrects once', () => {
  it('corrects a kind and the week in the import preview, opens the episode from the toast, and next week’s post gets the kind', async () => {
    app = await openApp();
    await journal(app).open();
    await pasteIntoImport(app, post);
    const attribution = kindOf(app, 'Multi-touch Attribution Model');
    expect(await attribution.inputValue()).toBe('notes');
    await attribution.selectOption('project');
    await app.page.getByRole('textbox', { name: 'Week' }).fill('2026-W40');
    expect(await app.page.getByRole('textbox', { name: 'Week' }).getAttribute('aria-invalid')).toBe('false');
    await app.screenshot('first-week-import-preview');
    await app.page.getByRole('button', { name: 'Import 1 episode' }).click();
    await app.page.getByRole('button', { name: 'Open episode' }).click();
    await expect.poll(() => app!.page.locator('#episode-title').inputValue()).toBe('Episode 5: From Cloud Composer to Docker, and what it taught me');
    expect(await app.page.locator('#episode-week').inputValue()).toBe('2026-W40');
    expect(await kindOf(app, 'Multi-touch Attribution Model').inputValue()).toBe('project');

    // Next week's post, with the same heading and no keyword in it.
    await pasteIntoImport(app, 'Episode 6: Attribution, week two\n\nMulti-touch Attribution Model\nThis week the credit moved from paid search to email.\n\nInterview Prep\nTwo mock interviews.\n');
    expect(await kindOf(app, 'Multi-touch Attribution Model').inputValue()).toBe('project');
    expect(app.errors).toEqual([]);
  });

  it('offers to split a whole post pasted into a new, empty episode, with Undo', async () => {
    app = await openApp();
    const j = journal(app);
    await j.open();
    await j.newEpisode();
    await j.pasteInEditor(post);
    const offer = app.page.getByRole('region', { name: 'Split the pasted post' });
    await offer.waitFor();
    expect(await offer.textContent()).toContain('5 sections');
    await app.screenshot('first-week-paste-offer');
    await offer.getByRole('button', { name: 'Split into sections' }).click();
    await expect.poll(() => app!.page.locator('#episode-title').inputValue()).toBe('Episode 5: From Cloud Composer to Docker, and what it taught me');
    const outline = () => app!.page.locator('.outline-jump').allTextContents();
    await expect.poll(outline).toEqual(expect.arrayContaining(['Multi-touch Attribution Model', 'The Pivot to Docker:']));
    await app.page.getByRole('button', { name: 'Undo' }).click();
    await expect.poll(() => app!.page.locator('#episode-title').inputValue()).toMatch(/^Episode \d+$/);
    expect(app.errors).toEqual([]);
  });
});

async function download(session: AppSession, trigger: () => Promise<void>) {
  const [event] = await Promise.all([session.page.waitForEvent('download'), trigger()]);
  return readFileSync(await event.path()).toString('utf8');
}

describe('input that works as typed', () => {
  it('numbers a new episode after the highest number, refuses a week that has an episode, and splits space-separated #tags', async () => {
    app = await openApp();
    const j = journal(app);
    await j.open();
    // Episode 5 imported for an earlier week than the latest starter episode (Episode 3, 2026-W47).
    await pasteIntoImport(app, 'Episode 5: An older post\n\nCourse progress\nModule 2 and its quiz.\n\nProject log\nA pipeline.\n');
    await app.page.getByRole('textbox', { name: 'Week' }).fill('2026-W30');
    await app.page.getByRole('button', { name: 'Import 1 episode' }).click();
    await expect.poll(() => j.rowTitles()).toContain('Episode 5: An older post');
    await j.newEpisode();
    expect(await app.page.locator('#episode-title').inputValue()).toBe('Episode 6');

    const week = app.page.locator('#episode-week');
    const before = await week.inputValue();
    await week.fill('2026-W47');
    await expect.poll(() => app!.page.locator('#episode-week-error').textContent()).toContain('2026-W47 already has “Episode 3');
    expect(await week.getAttribute('aria-invalid')).toBe('true');
    await app.page.locator('#episode-tags').fill('#mlops #airflow');
    await app.page.keyboard.press('Enter');
    expect(await app.page.locator('.chip-input .chip').allTextContents()).toEqual(['#mlops×', '#airflow×']);
    await app.screenshot('first-week-week-taken');
    await j.waitSaved();
    const stored = () =>
      app!.page.evaluate(
        () =>
          new Promise<{ number?: number; weekOf?: string; listTags: string[] }[]>((resolve) => {
            const open = indexedDB.open('episodes');
            open.onsuccess = () => {
              const req = open.result.transaction('episodes').objectStore('episodes').getAll();
              req.onsuccess = () => resolve(req.result as { number?: number; weekOf?: string; listTags: string[] }[]);
            };
          }),
      );
    const mine = (rows: { number?: number; listTags: string[]; weekOf?: string }[]) => rows.find((r) => r.number === 6);
    await expect.poll(async () => mine(await stored())?.listTags).toEqual(['mlops', 'airflow']);
    expect(mine(await stored())?.weekOf).not.toBe('2026-11-16');
    await app.page.getByRole('button', { name: 'Use it anyway' }).click();
    await expect.poll(async () => mine(await stored())?.weekOf).toBe('2026-11-16');
    expect(before).not.toBe('2026-W47');
    expect(app.errors).toEqual([]);
  });
});

describe('exports render what the app renders', () => {
  it('saves a calculation where the cursor was or in a chosen section, shows its inputs, and exports it as a table', async () => {
    app = await openApp();
    const j = journal(app);
    await j.open();
    const calc = calculatorsPage(app);
    await calc.open('two-proportion-z-test');
    await calc.expectStat('p-value', '0.0639');
    await app.page.getByRole('combobox', { name: 'Where in the episode' }).selectOption({ label: 'In “Project Log”' });
    await app.page.getByRole('button', { name: 'Save to episode' }).click();
    const toast = app.page.locator('.toast').filter({ hasText: 'Saved to' });
    await toast.getByRole('button', { name: 'Open episode' }).click();
    await app.page.locator('.cm-content').waitFor();
    const text = await app.page.evaluate(() => (document.querySelector('.cm-content') as HTMLElement).innerText);
    const block = text.indexOf('```abtest');
    expect(block).toBeGreaterThan(text.indexOf('## Project Log'));
    expect(block).toBeLessThan(text.indexOf('## Interview Prep'));
    const card = app.page.getByTestId('preview').getByTestId('abtest-result');
    await card.waitFor();
    const inputs = await card.getByRole('definition').allTextContents();
    expect(inputs.slice(0, 2)).toEqual(['10,000 visitors, 1,000 conversions', '10,000 visitors, 1,080 conversions']);
    await card.scrollIntoViewIfNeeded();
    await app.screenshot('first-week-card-with-inputs');

    // The cursor left on the Course Progress heading: the next save goes right under it.
    const editorUrl = await app.page.evaluate(() => location.hash.slice(1));
    await app.page.locator('.cm-line', { hasText: '## Course Progress' }).click();
    await calc.open('srm-check');
    expect(await app.page.getByRole('combobox', { name: 'Where in the episode' }).locator('option:checked').textContent()).toBe('Where I left the cursor');
    await app.page.getByRole('button', { name: 'Save to episode' }).click();
    await app.page.locator('.toast').filter({ hasText: 'Saved to' }).first().waitFor();
    await app.goto(editorUrl);
    await app.page.locator('.cm-content').waitFor();
    const after = await app.page.evaluate(() => (document.querySelector('.cm-content') as HTMLElement).innerText);
    expect(after.indexOf('calculator: srm-check')).toBeGreaterThan(after.indexOf('## Course Progress'));
    expect(after.indexOf('calculator: srm-check')).toBeLessThan(after.indexOf('## Project Log'));

    const exportAs = (label: string) =>
      download(app!, async () => {
        await app!.page.getByRole('button', { name: 'Export' }).click();
        await app!.page.getByRole('menuitem', { name: new RegExp(label) }).click();
      });
    const blog = await exportAs('Blog-ready markdown');
    expect(blog).not.toContain('calculator: two-proportion-z-test');
    expect(blog).toContain('| Control (A) | 10,000 visitors, 1,000 conversions |');
    expect(blog).toContain('| p-value | 0.0639 |');
    expect(blog).toMatch(/\*\*Verdict:\*\* No significant difference \(p = 0\.0639/);
    const html = await exportAs('Standalone web page');
    expect(html).toContain('<td>10,000 visitors, 1,000 conversions</td>');
    expect(html).not.toContain('A/B calculation: two-proportion-z-test');
    expect(app.errors).toEqual([]);
  });
});

describe('the palette finds what is typed; inspirations listed in an episode show up', () => {
  it('"srm" opens the sample ratio mismatch check, not a certification, and words from an episode body find it', async () => {
    app = await openApp();
    await app.goto('/certifications');
    await new CertificationsScreen(app.page).startFromTemplate(/Google Cloud Professional Machine Learning Engineer/);
    await app.goto('/dashboard');
    await app.page.keyboard.press('Control+k');
    await app.page.keyboard.type('srm');
    await app.screenshot('first-week-palette-srm');
    await app.page.keyboard.press('Enter');
    await expect.poll(() => app!.page.evaluate(() => location.hash)).toBe('#/calculators/srm-check');

    await app.page.keyboard.press('Control+k');
    await app.page.keyboard.type('flashcards');
    const hit = app.page.locator('[cmdk-group]', { hasText: 'Found in episode text' }).getByRole('option', { name: /Episode 2: A baseline churn model/ });
    await hit.waitFor();
    await app.screenshot('first-week-palette-text');
    await hit.click();
    await expect.poll(() => app!.page.locator('#episode-title').inputValue()).toBe('Episode 2: A baseline churn model and my first A/B test readout');
    expect(app.errors).toEqual([]);
  });

  it('lists the people of an episode’s “People who inspired me” section on the Inspirations screen and the dashboard', async () => {
    app = await openApp();
    const j = journal(app);
    await j.open();
    await j.newEpisode();
    await j.typeInEditor('\n- Amara Okafor, who asked why the pipeline needed a cluster at all\n');
    await j.waitSaved();
    await app.goto('/inspirations');
    const item = app.page.locator('.inspiration-item', { hasText: 'Amara Okafor' });
    await item.waitFor();
    expect(await item.textContent()).toContain('who asked why the pipeline needed a cluster at all');
    expect(await item.getByRole('link', { name: /^In “Episode 4”/ }).count()).toBe(1);
    await app.screenshot('first-week-inspirations-listed');
    await app.goto('/dashboard');
    await expect.poll(() => app!.page.getByRole('region', { name: 'Recent inspirations' }).textContent()).toContain('Amara Okafor');
    expect(app.errors).toEqual([]);
  });
});
