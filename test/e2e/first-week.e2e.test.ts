// A new user's first week: a plain-text post imported with a corrected section kind and week,
// the kind remembered for next week's post, and a whole post pasted into a new episode.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openApp, type AppSession } from './support/app';
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
    await app.page.getByRole('textbox', { name: 'Week' }).fill('2026-W49');
    expect(await app.page.getByRole('textbox', { name: 'Week' }).getAttribute('aria-invalid')).toBe('false');
    await app.screenshot('first-week-import-preview');
    await app.page.getByRole('button', { name: 'Import 1 episode' }).click();
    await app.page.getByRole('button', { name: 'Open episode' }).click();
    await expect.poll(() => app!.page.locator('#episode-title').inputValue()).toBe('Episode 5: From Cloud Composer to Docker, and what it taught me');
    expect(await app.page.locator('#episode-week').inputValue()).toBe('2026-W49');
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
    await app.page.locator('.cm-content').click();
    await app.page.keyboard.press('Control+A');
    await app.page.evaluate((text) => {
      const data = new DataTransfer();
      data.setData('text/plain', text);
      document.querySelector('.cm-content')!.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
    }, post);
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
