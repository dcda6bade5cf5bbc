// Screenshots, light and dark, of every screen the first-week changes touched: the import preview's
// kind and week pickers, the editor's Actions menu in a narrow window and its paste offer, the
// burn-up with the needed pace (recent months and all), the palette's text hits, the result card
// with its inputs, a worked solution, and the Inspirations screen with a listed inspiration.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openApp, type AppSession } from './support/app';
import { CertificationsScreen, seedLargeCertification } from './support/certifications-page';
import { journal } from './support/journal-page';
import { practice } from './support/practice-page';

const post = readFileSync(resolve(import.meta.dirname, '../fixtures/episodes/blog-plain-lines.txt'), 'utf8');

let app: AppSession | undefined;
afterEach(async () => {
  await app?.close();
  app = undefined;
});

describe.each(['light', 'dark'] as const)('first-week screens (%s)', (theme) => {
  it('draws each changed screen', async () => {
    app = await openApp({ colorScheme: theme });
    const { page } = app;
    const j = journal(app);
    await j.open();
    const shot = (name: string) => app!.screenshot(`first-week-${name}-${theme}`);

    // Import preview with a corrected kind.
    await app.goto('/journal/import');
    await page.getByRole('button', { name: 'Paste text…' }).click();
    await page.getByRole('textbox', { name: 'Text to import' }).fill(post);
    await page.getByRole('button', { name: 'Preview' }).click();
    await page.getByRole('combobox', { name: 'Kind of section Multi-touch Attribution Model' }).selectOption('project');
    await shot('import-preview');

    // The burn-up of a long history with a target: recent months, then all, with the needed pace.
    await seedLargeCertification(page);
    await app.goto('/certifications/big');
    const certs = new CertificationsScreen(page);
    await certs.chartsDrawn();
    await expect.poll(() => page.locator('.cert-legend-needed').count()).toBe(1);
    await certs.burnUp.scrollIntoViewIfNeeded();
    await shot('burn-up-recent');
    await page.getByRole('button', { name: 'All', exact: true }).click();
    await expect.poll(() => certs.burnUp.getAttribute('data-range')).toBe('all');
    await shot('burn-up-all');

    // A calculation saved into a new episode, its card with inputs; the editor narrow, Actions open.
    await app.goto('/calculators/two-proportion-z-test');
    await page.getByRole('button', { name: 'Save to episode' }).click();
    await page.locator('.toast').filter({ hasText: 'Saved to' }).getByRole('button', { name: 'Open episode' }).click();
    const card = page.getByTestId('preview').getByTestId('abtest-result');
    await card.waitFor();
    await card.scrollIntoViewIfNeeded();
    await shot('card-with-inputs');
    await page.setViewportSize({ width: 800, height: 600 });
    await page.getByRole('button', { name: 'Actions' }).click();
    await page.getByRole('menu').waitFor();
    await shot('editor-actions-800');
    await page.keyboard.press('Escape');
    await page.setViewportSize({ width: 1280, height: 800 });

    // The paste offer in a new, empty episode.
    await app.goto('/journal');
    // This week has the episode the calculation went into: a second one, after the question.
    await page.getByRole('button', { name: /^New episode/ }).click();
    await page.getByRole('button', { name: 'Create another' }).click();
    await expect.poll(() => page.evaluate(() => location.hash)).toMatch(/^#\/journal\/[0-9a-f-]{36}$/);
    await j.pasteInEditor(post);
    await page.getByRole('region', { name: 'Split the pasted post' }).waitFor();
    await shot('paste-offer');
    await page.getByRole('button', { name: 'Split into sections' }).click();
    await expect.poll(() => page.locator('#episode-title').inputValue()).toMatch(/^Episode 5/);
    await j.waitSaved();

    // Inspirations listed in that episode, and the palette finding words in episode text.
    await app.goto('/inspirations');
    await page.locator('.inspiration-item', { hasText: 'Amara' }).waitFor();
    await shot('inspirations');
    await page.keyboard.press('Control+k');
    await page.keyboard.type('boring technology');
    await page.locator('[cmdk-group]', { hasText: 'Found in episode text' }).waitFor();
    await shot('palette');
    await page.keyboard.press('Escape');

    // A worked solution, with its steps at the precision the answer uses.
    const p = practice(app);
    await p.openSession('?mode=topics&topics=z-test-p-value&n=1&seed=11');
    await p.answer('0.5');
    await page.getByRole('region', { name: 'Worked solution' }).scrollIntoViewIfNeeded();
    await shot('worked-solution');
    expect(app.errors).toEqual([]);
  }, 120_000);
});
