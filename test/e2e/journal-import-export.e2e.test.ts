import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { afterEach, describe, expect, it } from 'vitest';
import { openApp, type AppSession } from './support/app';
import { journal } from './support/journal-page';

const fixture = resolve(import.meta.dirname, '../fixtures/episodes/blog-bare-headings.txt');

let app: AppSession | undefined;
afterEach(async () => {
  await app?.close();
  app = undefined;
});

async function download(session: AppSession, trigger: () => Promise<void>) {
  const [event] = await Promise.all([session.page.waitForEvent('download'), trigger()]);
  const path = await event.path();
  return { name: event.suggestedFilename(), bytes: readFileSync(path) };
}

describe('import, export and the Trash', () => {
  it('imports a plain-text post with bare-line headings, refuses a binary file, and offers skip/replace/keep both for a duplicate', async () => {
    app = await openApp();
    const j = journal(app);
    await j.open();
    await app.page.getByRole('link', { name: 'Import' }).first().click();
    const choose = async () => {
      const [chooser] = await Promise.all([app!.page.waitForEvent('filechooser'), app!.page.getByRole('button', { name: 'Choose files…' }).click()]);
      return chooser;
    };
    const chooser = await choose();
    await chooser.setFiles([
      { name: 'blog-bare-headings.txt', mimeType: 'text/plain', buffer: readFileSync(fixture) },
      { name: 'photo.md', mimeType: 'text/markdown', buffer: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x1a]) },
    ]);
    await expect.poll(() => app!.page.getByTestId('import-item').count()).toBe(1);
    const sections = await app.page
      .getByTestId('import-section')
      .evaluateAll((items) => items.map((li) => `${li.querySelector('.import-section-heading')?.textContent} ${li.querySelector('select')?.selectedOptions[0]?.textContent}`));
    expect(sections).toEqual([
      'Weekly Highlights Highlights',
      'Course progress Course progress',
      'Project log Project log',
      'Interview prep Interview prep',
      'People who inspired me People who inspired me',
    ]);
    expect(await app.page.getByTestId('import-item').textContent()).toContain('Episode 7: The week the pipeline finally ran every night');
    expect(await app.page.getByTestId('import-error').textContent()).toMatch(/photo\.md looks like a binary file/);
    await app.screenshot('journal-import-preview');
    await app.page.getByRole('button', { name: 'Import 1 episode' }).click();
    await expect.poll(() => app!.page.evaluate(() => location.hash)).toBe('#/journal');
    await expect.poll(() => j.rowTitles()).toContain('Episode 7: The week the pipeline finally ran every night');

    // The same post again is a duplicate: keep both.
    await app.page.getByRole('link', { name: 'Import' }).first().click();
    await (await choose()).setFiles(fixture);
    await expect.poll(() => app!.page.getByRole('group', { name: 'Duplicate' }).count()).toBe(1);
    expect(await app.page.getByRole('button', { name: 'Import 0 episodes' }).isDisabled()).toBe(true);
    await app.page.getByRole('button', { name: 'Keep both' }).click();
    await app.page.getByRole('button', { name: 'Import 1 episode' }).click();
    await expect.poll(() => j.rowTitles()).toContain('Episode 7: The week the pipeline finally ran every night (imported copy)');

    // Pasted text.
    await app.page.getByRole('link', { name: 'Import' }).first().click();
    await app.page.getByRole('button', { name: 'Paste text…' }).click();
    await app.page.getByRole('textbox', { name: 'Text to import' }).fill('Episode 9: Pasted from my blog\n\nHighlights\n- Course notes\n\nCourse notes\nI finished the module on evaluation.\n');
    await app.page.getByRole('button', { name: 'Preview' }).click();
    await expect.poll(() => app!.page.getByTestId('import-item').count()).toBe(1);
    expect(await app.page.getByTestId('import-item').textContent()).toContain('Episode 9: Pasted from my blog');
    expect(app.errors).toEqual([]);
  });

  it('exports one episode as markdown, blog markdown and HTML, and the whole journal as a zip', async () => {
    app = await openApp();
    const j = journal(app);
    await j.open();
    const all = await download(app, () => app!.page.getByRole('button', { name: 'Export all (.zip)' }).click());
    expect(all.name).toMatch(/^episodes-journal-\d{4}-\d{2}-\d{2}\.zip$/);
    const files = unzipSync(new Uint8Array(all.bytes));
    expect(Object.keys(files).sort()).toEqual([
      expect.stringMatching(/^2026\/2026-W45-episode-1-.+\.md$/),
      expect.stringMatching(/^2026\/2026-W46-episode-2-.+\.md$/),
      expect.stringMatching(/^2026\/2026-W47-episode-3-.+\.md$/),
    ]);
    expect(strFromU8(Object.values(files)[0]!)).toMatch(/^---\ntitle: /);

    await app.page.getByTestId('episode-row').first().click();
    await app.page.locator('.cm-content').waitFor();
    const exportAs = (label: string) =>
      download(app!, async () => {
        await app!.page.getByRole('button', { name: 'Export' }).click();
        await app!.page.getByRole('menuitem', { name: new RegExp(label) }).click();
      });
    const md = await exportAs('Markdown with frontmatter');
    expect(md.name).toBe('episode-3-feature-stores-and-a-mock-interview.md');
    expect(md.bytes.toString('utf8')).toMatch(/^---\ntitle: "Episode 3: Feature stores and a mock interview"\nepisode: 3\nweek: 2026-W47\n/);
    const blog = await exportAs('Blog-ready markdown');
    expect(blog.bytes.toString('utf8')).toMatch(/^# Episode 3: Feature stores and a mock interview\n/);
    const html = await exportAs('Standalone web page');
    expect(html.name).toBe('episode-3-feature-stores-and-a-mock-interview.html');
    const page = html.bytes.toString('utf8');
    expect(page).toContain('<style>');
    expect(page).toContain('<h2>Weekly Highlights</h2>');
    expect(page).not.toMatch(/<script/i);
    expect(app.errors).toEqual([]);
  });

  it('moves an episode to the Trash with Undo, and restores it from the Trash', async () => {
    app = await openApp();
    const j = journal(app);
    await j.open();
    await app.page.getByTestId('episode-row').first().click();
    await app.page.getByRole('button', { name: 'Delete' }).click();
    await expect.poll(() => app!.page.evaluate(() => location.hash)).toBe('#/journal');
    await expect.poll(() => app!.page.getByTestId('episode-row').count()).toBe(2);
    await app.page.getByRole('button', { name: 'Undo' }).click();
    await expect.poll(() => app!.page.getByTestId('episode-row').count()).toBe(3);

    await app.page.getByTestId('episode-row').nth(1).click();
    await app.page.getByRole('button', { name: 'Delete' }).click();
    await expect.poll(() => app!.page.getByTestId('episode-row').count()).toBe(2);
    await app.page.getByRole('link', { name: 'Trash' }).click();
    await expect.poll(() => app!.page.getByTestId('trash-item').count()).toBe(1);
    expect(await app.page.getByTestId('trash-item').textContent()).toMatch(/Deleted today · removed for good in 30 days/);
    await app.screenshot('journal-trash');
    await app.page.getByRole('button', { name: 'Restore' }).click();
    await expect.poll(() => app!.page.getByText('The Trash is empty').count()).toBe(1);
    await app.page.getByRole('link', { name: 'Timeline' }).click();
    await expect.poll(() => app!.page.getByTestId('episode-row').count()).toBe(3);

    // Deleted starter episodes never come back on the next start.
    await app.page.getByTestId('episode-row').first().click();
    await app.page.getByRole('button', { name: 'Delete' }).click();
    await expect.poll(() => app!.page.getByTestId('episode-row').count()).toBe(2);
    await app.page.reload();
    await app.page.waitForLoadState('networkidle');
    await expect.poll(() => app!.page.getByTestId('episode-row').count()).toBe(2);
    expect(app.errors).toEqual([]);
  });
});
