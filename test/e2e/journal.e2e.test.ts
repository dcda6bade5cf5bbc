import { afterEach, describe, expect, it } from 'vitest';
import { openApp, type AppSession } from './support/app';
import { journal } from './support/journal-page';

let app: AppSession | undefined;
afterEach(async () => {
  await app?.close();
  app = undefined;
});

describe('the journal', () => {
  it('shows the starter episodes by month, searchable and filterable, on every journal screen', async () => {
    app = await openApp();
    const j = journal(app);
    await j.open();
    expect(await j.rowTitles()).toEqual([
      'Episode 3: Feature stores and a mock interview',
      'Episode 2: A baseline churn model and a first A/B test',
      'Episode 1: First week of the cloud ML certification',
    ].map((t) => expect.stringContaining(t.split(':')[0]!)) as unknown as string[]);
    expect(await app.page.getByText('These are example episodes — delete them any time').count()).toBe(1);
    expect(await app.page.locator('.month-header').first().textContent()).toMatch(/November 2026/);
    await app.screenshot('journal-timeline-light');

    // Search as you type, with highlighted words.
    await j.search('feature store');
    await expect.poll(() => app!.page.getByTestId('search-hit').count()).toBeGreaterThan(0);
    expect(await app.page.locator('[data-testid="search-hit"] mark').count()).toBeGreaterThan(0);
    await app.screenshot('journal-search-results');
    await j.search('');

    // "/" focuses the search box.
    await app.page.locator('h1').click();
    await app.page.keyboard.press('/');
    await expect.poll(() => app!.page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe('Search episodes');

    // Filter by tag.
    await app.page.getByRole('combobox', { name: 'Filter by tag' }).selectOption('interview');
    await expect.poll(() => app!.page.getByTestId('episode-row').count()).toBeLessThan(3);
    await app.page.getByRole('button', { name: 'Clear filters' }).first().click();
    await expect.poll(() => app!.page.getByTestId('episode-row').count()).toBe(3);

    // Sections view: every project section, oldest first.
    await app.page.getByRole('link', { name: 'Sections' }).click();
    await app.page.getByRole('button', { name: 'Project log' }).click();
    await expect.poll(() => app!.page.getByTestId('kind-section').count()).toBeGreaterThan(1);
    const weeks = await app.page.locator('[data-testid="kind-section"] .episode-week').allTextContents();
    expect(weeks).toEqual([...weeks].sort());
    await app.screenshot('journal-sections');

    await app.page.getByRole('link', { name: 'Tags' }).click();
    await expect.poll(() => app!.page.getByTestId('tag-row').count()).toBeGreaterThan(2);
    await app.screenshot('journal-tags');

    // Rename a tag across episodes, then undo it.
    const tagNames = () => app!.page.locator('[data-testid="tag-row"] .tag').allTextContents();
    await app.page.getByRole('button', { name: 'Rename #mlops' }).click();
    await app.page.getByRole('textbox', { name: 'New name for #mlops' }).fill('ML Ops');
    await app.page.getByRole('button', { name: 'Rename', exact: true }).click();
    await expect.poll(tagNames).toContain('#ml-ops');
    expect(await tagNames()).not.toContain('#mlops');
    await app.page.getByRole('button', { name: 'Undo' }).click();
    await expect.poll(tagNames).toContain('#mlops');
    expect(await tagNames()).not.toContain('#ml-ops');

    await app.page.getByRole('link', { name: 'Trash' }).click();
    await expect.poll(() => app!.page.getByText('The Trash is empty').count()).toBe(1);
    await app.screenshot('journal-trash-empty');
    expect(app.errors).toEqual([]);
  });

  it('creates this week’s episode, autosaves what is typed, keeps it across a reload, and finds it by tag and search', async () => {
    app = await openApp();
    const j = journal(app);
    await j.open();
    await j.newEpisode();
    expect(await app.page.getByLabel('Title').inputValue()).toBe('Episode 4');
    expect(await j.editorText()).toContain('## Weekly Highlights');

    await j.typeInEditor('\nZebrafish experiments went well this week.\n');
    await j.waitSaved();
    await app.page.getByLabel('Tags').fill('Deep Learning');
    await app.page.getByLabel('Tags').press('Enter');
    await j.waitSaved();
    expect(await app.page.getByTestId('editor-stats').textContent()).toMatch(/\d+ words · 1 min read/);

    await app.page.reload();
    await app.page.waitForLoadState('networkidle');
    await app.page.locator('.cm-content').waitFor();
    expect(await j.editorText()).toContain('Zebrafish experiments went well this week.');
    expect(await app.page.locator('.chip-input .chip').allTextContents()).toEqual([expect.stringContaining('#deep-learning')]);
    await app.screenshot('journal-editor-light');

    // Words typed just before the window goes away are written on pagehide, not lost.
    await j.typeInEditor('Last words before closing.');
    await app.page.reload();
    await app.page.waitForLoadState('networkidle');
    await app.page.locator('.cm-content').waitFor();
    expect(await j.editorText()).toContain('Last words before closing.');

    // The outline jumps to a section in the editor.
    await app.page.getByRole('button', { name: 'Project Log' }).click();
    // The jump runs on the next frame (after a switch out of Preview has drawn the editor).
    await expect.poll(() => app!.page.evaluate(() => document.activeElement?.closest('.cm-editor') !== null)).toBe(true);

    // Insert Weekly Highlights names the other sections.
    await app.page.getByRole('button', { name: 'Insert' }).click();
    await app.page.getByRole('menuitem', { name: /^Weekly Highlights/ }).click();
    expect(await j.editorText()).toContain('- Course Progress');
    await j.waitSaved();

    await app.page.getByRole('link', { name: '← Journal' }).click();
    await j.search('zebrafish');
    await expect.poll(() => app!.page.getByTestId('search-hit').count()).toBe(1);
    expect(await app.page.locator('[data-testid="search-hit"] mark').first().textContent()).toMatch(/zebrafish/i);
    await j.search('');
    await app.page.getByRole('combobox', { name: 'Filter by tag' }).selectOption('deep-learning');
    await expect.poll(() => j.rowTitles()).toEqual(['Episode 4']);

    // A second episode for the same week asks first (in the app, not window.confirm).
    await app.page.getByRole('button', { name: /^New episode/ }).click();
    await expect.poll(() => app!.page.getByRole('dialog').count()).toBe(1);
    expect(await app.page.getByRole('dialog').textContent()).toMatch(/already has an episode/);
    await app.page.getByRole('button', { name: 'Cancel' }).click();
    await expect.poll(() => app!.page.getByRole('dialog').count()).toBe(0);
    expect(app.errors).toEqual([]);
  });

  it('starts a new episode with Ctrl+N from any screen', async () => {
    app = await openApp();
    await journal(app).open();
    await app.goto('/dashboard');
    await app.page.keyboard.press('Control+n');
    await expect.poll(() => app!.page.evaluate(() => location.hash), { timeout: 15_000 }).toMatch(/^#\/journal\/[0-9a-f-]{36}$/);
    await app.page.locator('.cm-content').waitFor();
    expect(await app.page.getByLabel('Title').inputValue()).toBe('Episode 4');
    expect(app.errors).toEqual([]);
  });

  it('shows the editor in the dark theme with the outline and section kinds', async () => {
    app = await openApp({ colorScheme: 'dark' });
    const j = journal(app);
    await j.open();
    await app.page.getByTestId('episode-row').first().click();
    await app.page.locator('.cm-content').waitFor();
    await expect.poll(() => app!.page.locator('.outline .kind-select').count()).toBeGreaterThan(2);
    expect(await app.page.locator('.cm-editor').evaluate((el) => getComputedStyle(el).backgroundColor)).not.toBe('rgb(255, 255, 255)');
    // The preview is rendered by its worker (the page would warn if it had to render it itself).
    await expect.poll(() => app!.page.getByTestId('preview').locator('.md-preview h2').count()).toBeGreaterThan(2);
    expect(await app.page.getByTestId('preview').locator('[aria-busy="true"]').count()).toBe(0);
    expect(app.warnings.filter((w) => w.includes('preview renders on the page'))).toEqual([]);
    await app.screenshot('journal-editor-dark');
    await app.page.getByRole('link', { name: '← Journal' }).click();
    await app.page.getByTestId('episode-row').first().waitFor();
    await app.screenshot('journal-timeline-dark');
    expect(app.errors).toEqual([]);
  });
});
