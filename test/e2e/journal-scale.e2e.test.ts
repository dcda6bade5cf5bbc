import { afterEach, describe, expect, it } from 'vitest';
import { openApp, type AppSession } from './support/app';
import { journal } from './support/journal-page';

let app: AppSession | undefined;
afterEach(async () => {
  await app?.close();
  app = undefined;
});

/** 1,000 weekly episodes going back from November 2026, as stored rows. */
function seedRows(count: number) {
  const day = 24 * 60 * 60 * 1000;
  const start = Date.UTC(2026, 10, 9);
  return Array.from({ length: count }, (_, i) => {
    const weekOf = new Date(start - i * 7 * day).toISOString().slice(0, 10);
    const id = `seed-${String(i).padStart(4, '0')}`;
    const body = `## Weekly Highlights\n- Week ${count - i} of study\n\n## Project Log\nScaled episode number ${count - i} about gradient boosting and #scale-test.\n`;
    return {
      meta: {
        id,
        title: `Episode ${count - i}: A week of steady practice with a deliberately long title that has to be ellipsized in the timeline row`,
        number: count - i,
        weekOf,
        status: i % 3 === 0 ? 'published' : 'draft',
        tags: ['scale-test', i % 2 ? 'odd' : 'even'],
        listTags: [i % 2 ? 'odd' : 'even'],
        sectionKinds: ['highlights', 'project'],
        headings: [
          { heading: 'Weekly Highlights', kind: 'highlights' },
          { heading: 'Project Log', kind: 'project' },
        ],
        excerpt: `Week ${count - i} of study. Scaled episode number ${count - i} about gradient boosting.`,
        wordCount: 14,
        createdAt: start - i * 7 * day,
        updatedAt: start - i * 7 * day,
        deletedAt: 0,
      },
      body: { id, body, frontmatter: {}, sections: [] },
    };
  });
}

describe('a journal of 1,000 episodes', () => {
  it('renders the timeline of 1,000 with only the visible rows in the page, and scrolls to the oldest', async () => {
    app = await openApp();
    const j = journal(app);
    await j.open();
    const rows = seedRows(1000);
    await app.page.evaluate(async (seed) => {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const request = indexedDB.open('episodes');
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
      await new Promise<void>((resolve, reject) => {
        const tx = db.transaction(['episodes', 'episodeBodies'], 'readwrite');
        for (const row of seed) {
          tx.objectStore('episodes').put(row.meta);
          tx.objectStore('episodeBodies').put(row.body);
        }
        tx.oncomplete = () => resolve();
        tx.onerror = () => reject(tx.error);
      });
      db.close();
    }, rows);

    // How fast is the bench's to measure (npm run bench: the journal screen); here, what it shows.
    await app.page.reload();
    await app.page.getByText('Episode 1000: A week', { exact: false }).first().waitFor({ timeout: 15_000 });
    expect(await app.page.getByTestId('episode-row').count()).toBeLessThan(40);
    await app.screenshot('journal-timeline-1000');

    await app.page.evaluate(() => document.querySelector('.content')!.scrollTo(0, 1e9));
    await app.page.getByText('Episode 1: A week', { exact: false }).first().waitFor({ timeout: 10_000 });
    expect(await app.page.getByTestId('episode-row').count()).toBeLessThan(40);

    await app.page.evaluate(() => document.querySelector('.content')!.scrollTo(0, 0));
    await j.search('gradient boosting');
    await expect.poll(() => app!.page.getByTestId('search-hit').count(), { timeout: 15_000 }).toBe(50);
    // The index lives in the search worker: it started, and search did not fall back to the page.
    expect(app.page.workers().some((w) => w.url().includes('search.worker'))).toBe(true);
    expect(app.warnings.filter((w) => w.includes('Search runs on the page'))).toEqual([]);
    expect(app.errors).toEqual([]);
  });
});
