// A screenshot pasted into an episode: asked for its alt text, stored once, shown in the preview,
// exported beside a dev.to draft and copied into the static site.
import { readFileSync } from 'node:fs';
import { strFromU8, unzipSync } from 'fflate';
import { afterEach, describe, expect, it } from 'vitest';
import { openApp, type AppSession } from './support/app';
import { pasteScreenshot } from './support/images';
import { journal } from './support/journal-page';

let app: AppSession | undefined;
afterEach(async () => {
  await app?.close();
  app = undefined;
});

describe('images in episodes', () => {
  it.each([
    ['light', 1280],
    ['dark', 720],
  ] as const)('pastes a screenshot, asks for its alt text, shows it in the preview and exports it with the post and the site (%s, %i px)', async (colorScheme, width) => {
    app = await openApp({ colorScheme, viewport: { width, height: 860 } });
    const page = app.page;
    const j = journal(app);
    await j.open();
    await j.newEpisode();
    await page.getByLabel('Title').fill('Burn-up week');
    await page.getByRole('button', { name: 'Published' }).click();
    await j.typeInEditor('\n\n## Charts\n\n');
    await pasteScreenshot(app);

    const dialog = page.getByRole('dialog', { name: 'Add the image' });
    await dialog.waitFor();
    await expect.poll(() => dialog.locator('img').evaluate((img: HTMLImageElement) => img.naturalWidth)).toBe(320);
    await dialog.getByLabel('Alt text').fill('Burn-up chart: three bars rising');
    await app.screenshot(`attachment-dialog-${colorScheme}-${width}`);
    await dialog.getByRole('button', { name: 'Add the image' }).click();
    await expect.poll(() => j.editorText()).toMatch(/!\[Burn-up chart: three bars rising\]\(\.\.\/attachments\/\d{4}\/[0-9a-f]{16}\.png\)/);
    await j.waitSaved();

    if (width < 900) await page.getByRole('button', { name: 'Preview' }).click();
    const shown = page.getByTestId('preview').getByRole('img', { name: 'Burn-up chart: three bars rising' });
    await expect.poll(() => shown.evaluate((img: HTMLImageElement) => (img.src.startsWith('blob:') ? img.naturalWidth : -1))).toBe(320);
    await app.screenshot(`editor-image-${colorScheme}-${width}`);

    // A dev.to draft with its image beside it.
    await page.keyboard.press('Control+Shift+E');
    const publish = page.getByRole('dialog', { name: /^Publish/ });
    await publish.getByRole('radio', { name: /dev\.to/ }).check();
    await expect.poll(() => publish.getByText('is not in the journal').count()).toBe(0);
    const [post] = await Promise.all([page.waitForEvent('download'), publish.getByRole('button', { name: /^Export (for dev\.to|anyway)/ }).click()]);
    expect(post.suggestedFilename()).toBe('burn-up-week-devto.zip');
    const bundle = unzipSync(readFileSync(await post.path()));
    const image = Object.keys(bundle).find((name) => name.startsWith('burn-up-week-devto/images/'))!;
    expect(image).toMatch(/^burn-up-week-devto\/images\/[0-9a-f]{16}\.png$/);
    expect([...bundle[image]!.subarray(0, 4)]).toEqual([0x89, 0x50, 0x4e, 0x47]);
    expect(strFromU8(bundle['burn-up-week-devto/burn-up-week-devto.md']!)).toContain(`![Burn-up chart: three bars rising](images/${image.split('/').pop()})`);

    // The site copies it and the page shows it from there.
    await app.goto('/journal');
    await page.getByRole('button', { name: 'Publish site…' }).click();
    const site = page.getByRole('dialog', { name: 'Publish the site' });
    await expect.poll(() => site.getByTestId('site-summary').count()).toBe(1);
    const [zip] = await Promise.all([page.waitForEvent('download'), site.getByRole('button', { name: 'Export the site (.zip)…' }).click()]);
    const files = unzipSync(readFileSync(await zip.path()));
    const copied = Object.keys(files).find((name) => /^attachments\/\d{4}\/[0-9a-f]{16}\.png$/.test(name));
    expect(copied).toBeDefined();
    expect(strFromU8(files['episodes/burn-up-week/index.html']!)).toContain(`<img src="../../${copied}" alt="Burn-up chart: three bars rising">`);
  });
});
