// Page object for the journal screens and the episode editor.
import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import type { AppSession } from './app';

export function journal(app: AppSession) {
  const page: Page = app.page;
  return {
    page,
    async open() {
      await app.goto('/journal');
      await expect.poll(() => page.getByTestId('episode-row').count(), { timeout: 15_000 }).toBeGreaterThan(0);
    },
    rowTitles() {
      return page.locator('[data-testid="episode-row"] .episode-title').allTextContents();
    },
    async newEpisode() {
      await page.getByRole('button', { name: /^New episode/ }).click();
      await expect.poll(() => page.evaluate(() => location.hash), { timeout: 15_000 }).toMatch(/^#\/journal\/[0-9a-f-]{36}$/);
      await page.locator('.cm-content').waitFor();
    },
    async typeInEditor(text: string) {
      await page.locator('.cm-content').click();
      await page.keyboard.press('Control+End');
      await page.keyboard.type(text);
    },
    saveStatus() {
      return page.getByTestId('save-status').textContent();
    },
    async waitSaved() {
      await expect.poll(() => page.getByTestId('save-status').textContent(), { timeout: 10_000 }).toMatch(/^Saved/);
    },
    /** Pastes plain text into the editor as the clipboard would (a paste event CodeMirror handles). */
    async pasteInEditor(text: string) {
      await page.locator('.cm-content').click();
      await page.evaluate((pasted) => {
        const data = new DataTransfer();
        data.setData('text/plain', pasted);
        document.querySelector('.cm-content')!.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
      }, text);
    },
    editorText() {
      return page.locator('.cm-content').innerText();
    },
    async search(query: string) {
      await page.getByRole('searchbox', { name: 'Search episodes' }).fill(query);
    },
  };
}
