// Live charts in an episode: a ```chart block draws the certification's hours per week in the
// preview (and draws again when a session is logged), and the dev.to export carries it as an SVG
// file beside the post, linked with its text alternative as the alt text.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { afterEach, describe, expect, it } from 'vitest';
import { openApp, resultsDir, type AppSession } from './support/app';
import { CertificationsScreen } from './support/certifications-page';
import { journal } from './support/journal-page';

let app: AppSession | undefined;
afterEach(async () => {
  await app?.close();
  app = undefined;
});

describe('live charts in an episode', () => {
  it.each([
    ['light', 1280],
    ['dark', 720],
  ] as const)('draws hours per week in the preview and exports it as an SVG for dev.to and the static site (%s, %i px)', async (colorScheme, width) => {
    app = await openApp({ colorScheme, viewport: { width, height: 900 } });
    const page = app.page;
    const screen = new CertificationsScreen(page);
    await app.goto('/certifications');
    await screen.startFromTemplate(/Google Cloud Professional/);
    const name = (await screen.heading.innerText()).trim();
    await screen.logSession({ minutes: '90' });
    await expect.poll(() => page.getByRole('list', { name: 'Study sessions' }).getByRole('listitem').count()).toBe(1);
    await page.getByRole('button', { name: 'Dismiss' }).click();

    const j = journal(app);
    await j.open();
    await j.newEpisode();
    await page.getByLabel('Title').fill('Week of charts');
    await page.getByRole('button', { name: 'Published' }).click();
    await j.pasteInEditor(`\n\n## Progress\n\n\`\`\`chart\nshow: hours\ncertification: ${name}\n\`\`\`\n\n\`\`\`chart\nshow: pie\n\`\`\`\n`);
    await j.waitSaved();

    const cards = page.getByTestId('chart-card');
    await expect.poll(() => cards.count()).toBe(2);
    const card = cards.first();
    // Eight weeks: eight bars, this week's 1.5 h among them; the caption says the same in words.
    await expect.poll(() => card.locator('svg rect.bar').count(), { timeout: 10_000 }).toBe(8);
    const caption = await card.locator('figcaption').innerText();
    expect(caption).toMatch(new RegExp(`^Hours per week of ${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}, last 8 weeks .*: 0, 0, 0, 0, 0, 0, 0, 1\\.5; 1\\.5 h in all\\.$`));
    expect(await card.locator('svg').getAttribute('role')).toBe('img');
    // A block that cannot be drawn says why, in its card.
    expect(await cards.nth(1).innerText()).toContain('"show: pie" is not a chart; use burn-up, hours or accuracy.');
    // Insert → Chart writes a block for the first active certification's hours, drawn at once.
    await page.locator('.cm-content').click();
    await page.keyboard.press('Control+End');
    await page.getByRole('button', { name: width < 900 ? 'Actions' : 'Insert' }).click();
    await page.getByRole('menuitem', { name: width < 900 ? /^Insert Chart/ : /^Chart/ }).click();
    await expect.poll(() => cards.count()).toBe(3);
    await expect.poll(() => cards.nth(2).locator('svg rect.bar').count(), { timeout: 10_000 }).toBe(8);
    await j.waitSaved();
    await card.scrollIntoViewIfNeeded();
    await app.screenshot(`chart-card-${colorScheme}-${width}`);
    await card.screenshot({ path: join(resultsDir, `chart-card-only-${colorScheme}-${width}.png`) });
    // The preview alone: the chart at the column's full width.
    await page.getByRole('group', { name: 'Layout' }).getByRole('button', { name: 'Preview' }).click();
    await cards.first().scrollIntoViewIfNeeded();
    await app.screenshot(`chart-card-preview-${colorScheme}-${width}`);
    await page.getByRole('group', { name: 'Layout' }).getByRole('button', { name: 'Split' }).click();

    // Export for dev.to: a zip with the post and the chart beside it.
    await page.getByRole('button', { name: width < 900 ? 'Actions' : 'Export' }).click();
    await page.getByRole('menuitem', { name: /Publish for a blog or site/ }).click();
    const dialog = page.getByRole('dialog', { name: /^Publish/ });
    await dialog.waitFor();
    await dialog.getByRole('radio', { name: /dev\.to/ }).check();
    await expect.poll(() => dialog.getByLabel('The exported file').textContent()).toContain('![Hours per week of ');
    const [download] = await Promise.all([page.waitForEvent('download'), dialog.getByRole('button', { name: /^Export/ }).click()]);
    expect(download.suggestedFilename()).toBe('week-of-charts-devto.zip');
    const files = unzipSync(readFileSync(await download.path()));
    const post = strFromU8(files['week-of-charts-devto/week-of-charts-devto.md']!);
    const image = /!\[([^\]]*)\]\(images\/([^)]+\.svg)\)/.exec(post);
    expect(image?.[1]).toBe(caption);
    const svg = strFromU8(files[`week-of-charts-devto/images/${image![2]}`]!);
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg"/);
    expect((svg.match(/<rect class="bar"/g) ?? []).length).toBe(8);
    expect(post).not.toContain('```chart');
    expect(post).toContain('> Chart not drawn: "show: pie" is not a chart');

    // The episode itself keeps its live blocks.
    await expect.poll(() => dialog.count()).toBe(0);
    await expect.poll(() => j.editorText()).toContain('show: hours');

    // The static site copies the chart and the page shows it with the same alt text.
    await app.goto('/journal');
    await page.getByRole('button', { name: 'Publish site…' }).click();
    const site = page.getByRole('dialog', { name: 'Publish the site' });
    await expect.poll(() => site.getByTestId('site-summary').count()).toBe(1);
    const [zip] = await Promise.all([page.waitForEvent('download'), site.getByRole('button', { name: 'Export the site (.zip)…' }).click()]);
    const siteFiles = unzipSync(readFileSync(await zip.path()));
    const copied = Object.keys(siteFiles).find((file) => file.endsWith(`/${image![2]}`));
    expect(copied).toMatch(/^attachments\/\d{4}\/[0-9a-f]{16}\.svg$/);
    expect(strFromU8(siteFiles[copied!]!)).toBe(svg);
    expect(strFromU8(siteFiles['episodes/week-of-charts/index.html']!)).toContain(`<img src="../../${copied}" alt="${caption}">`);
    expect(app.errors).toEqual([]);
  });
});
