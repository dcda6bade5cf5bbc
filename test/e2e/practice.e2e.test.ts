import { afterEach, describe, expect, it } from 'vitest';
import { generateProblem, type NumericProblem } from '../../src/domain/practice/generators';
import { planSession, type SessionItem } from '../../src/domain/practice/session';
import { openApp, type AppSession } from './support/app';
import { practice } from './support/practice-page';

let app: AppSession | undefined;
afterEach(async () => {
  await app?.close();
  app = undefined;
});

/** The problems the app will show for these URL parameters: the same pure planner and generators. */
function planned(topics: string[], n: number, seed: number) {
  const items = planSession({ mode: 'topics', count: n, topics, seed, due: [], conceptIds: [] });
  return items.map((item: SessionItem) => {
    if (item.kind !== 'generator') throw new Error('expected generated problems');
    return generateProblem(item.topic, item.seed);
  });
}

/** A seed whose two relative-lift problems have lifts clearly away from zero (so a sign flip is wrong). */
function liftSeed(): number {
  for (let seed = 1; ; seed++) {
    const problems = planned(['relative-lift'], 2, seed) as NumericProblem[];
    if (problems.every((p) => Math.abs(p.answer) > 0.5)) return seed;
  }
}

describe('practice', () => {
  it('answers one problem right and one wrong with the keyboard, shows the feedback and moves the due date', async () => {
    app = await openApp();
    const p = practice(app);
    await p.openHome();
    expect(await app.page.getByText('Nothing due yet', { exact: true }).count()).toBe(1);
    await app.screenshot('practice-home-empty-light');

    const seed = liftSeed();
    const [first, second] = planned(['relative-lift'], 2, seed) as [NumericProblem, NumericProblem];
    await p.openSession(`?mode=topics&topics=relative-lift&n=2&seed=${seed}`);
    expect(await app.page.locator('.question-prompt').textContent()).toContain(`${first.prompt.split('**')[1]}`);
    await app.screenshot('practice-problem-light');

    // Right: the engine's answer, typed with a % sign.
    await p.answer(`${first.answer.toFixed(2)}%`);
    expect(await p.verdict()).toBe('Correct');
    const firstDue = await p.dueAfter();
    expect(firstDue).toBeGreaterThan(Date.now());
    expect(await app.page.getByRole('region', { name: 'Worked solution' }).count()).toBe(1);
    await app.screenshot('practice-feedback-right-light');

    // Wrong: the sign flipped, which the mistake detector names.
    await p.next();
    await expect.poll(() => app!.page.getByText('Problem 2 of 2').count()).toBe(1);
    await p.answer((-second.answer).toFixed(2));
    expect(await p.verdict()).toContain('Not quite');
    expect(await p.mistake()).toContain('The sign is flipped');
    // The worked solution gives the right answer, and it matches the engine's.
    expect(await p.solutionAnswer()).toBe(second.answerText);
    const secondDue = await p.dueAfter();
    expect(await p.dueMoveText()).toContain('moved from');
    // A miss brings the topic back sooner than the earlier correct answer had scheduled it.
    expect(secondDue).toBeLessThan(firstDue);
    expect(await app.page.locator('.katex').count()).toBeGreaterThan(2);
    await app.screenshot('practice-feedback-wrong-light');

    await p.next();
    await expect.poll(() => app!.page.getByTestId('session-score').textContent()).toContain('1 of 2 correct');

    // Back home, the topic shows in the progress table with its next review.
    await app.page.getByRole('link', { name: 'Back to practice' }).click();
    await expect.poll(() => app!.page.getByTestId('topic-table').textContent()).toContain('Relative lift');
    expect(await app.page.getByTestId('topic-table').textContent()).toContain('50%');

    // The topic's review history: both answers, newest first, with the grade and the due date set.
    await app.page.getByRole('button', { name: 'Show the review history of Relative lift' }).click();
    const history = app.page.getByRole('table', { name: 'Review history: Relative lift' });
    await expect.poll(() => history.locator('tbody tr').count()).toBe(2);
    const rows = await history.locator('tbody tr').allTextContents();
    expect(rows[0]).toContain('Wrong');
    expect(rows[0]).toContain('The sign is flipped');
    expect(rows[0]).toContain('Again');
    expect(rows[1]).toContain('Right');
    expect(rows[1]).not.toContain('Again');
    await history.scrollIntoViewIfNeeded();
    await app.screenshot('practice-review-history-light');
    expect(app.errors).toEqual([]);
  });

  it('picks a multiple-choice option with the number keys', async () => {
    app = await openApp();
    const p = practice(app);
    const [problem] = planned(['p-value-meaning'], 1, 11);
    if (problem?.kind !== 'choice') throw new Error('expected a choice problem');
    await p.openSession('?mode=topics&topics=p-value-meaning&n=1&seed=11');
    await app.page.keyboard.press(String(problem.answer + 1));
    expect(await app.page.getByRole('radio', { checked: true }).textContent()).toContain(problem.options[problem.answer]);
    await app.page.keyboard.press('Enter');
    await expect.poll(() => p.verdict()).toBe('Correct');
    await p.next();
    await expect.poll(() => app!.page.getByTestId('session-score').textContent()).toContain('1 of 1 correct');
    expect(app.errors).toEqual([]);
  });

  for (const colorScheme of ['light', 'dark'] as const) {
    it(`shows progress charts from a history of attempts (${colorScheme})`, async () => {
      app = await openApp({ colorScheme });
      const p = practice(app);
      await p.openHome();
      await app.page.evaluate(seedHistory, Date.now());
      await app.page.reload();
      await app.page.waitForLoadState('networkidle');
      await app.page.getByTestId('accuracy-chart').locator('svg').first().waitFor();
      expect(await app.page.getByTestId('streak').textContent()).toMatch(/^[1-9]\d* day/);
      // Weakest first: the topic seeded with the lowest accuracy heads the table.
      expect(await app.page.locator('[data-testid="topic-table"] tbody tr').first().textContent()).toContain('Power at a given n');
      await app.screenshot(`practice-progress-${colorScheme}`);
      await app.page.getByTestId('topic-table').scrollIntoViewIfNeeded();
      await app.screenshot(`practice-progress-table-${colorScheme}`);
      if (colorScheme === 'dark') {
        await p.openSession('?mode=topics&topics=z-test-p-value&n=1&seed=3');
        await app.screenshot('practice-problem-dark');
        await p.answer('0.5');
        await app.screenshot('practice-feedback-wrong-dark');
      }
      expect(app.errors).toEqual([]);
    });
  }
});

/** Runs in the page: writes ten weeks of attempts straight into the app's IndexedDB. */
async function seedHistory(now: number): Promise<void> {
  const topics: [string, number][] = [
    ['power', 0.45],
    ['sample-size', 0.6],
    ['z-test-p-value', 0.75],
    ['relative-lift', 0.9],
    ['srm-check', 0.8],
  ];
  const db = await new Promise<IDBDatabase>((resolve, reject) => {
    const req = indexedDB.open('episodes');
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });
  const tx = db.transaction('practiceAttempts', 'readwrite');
  const store = tx.objectStore('practiceAttempts');
  let i = 0;
  for (let day = 70; day >= 0; day--) {
    if (day % 3 === 1 && day > 5) continue;
    for (let k = 0; k < 4; k++) {
      const [topic, acc] = topics[(day + k) % topics.length]!;
      const growth = Math.min(0.15, (70 - day) / 400);
      const correct = ((i * 7919) % 100) / 100 < acc + growth;
      const at = now - day * 86_400_000 - k * 600_000;
      store.put({ id: `seed-${i++}`, cardId: `gen:${topic}`, kind: 'generator', topic, seed: i, questionId: null, answer: '0', correct, seconds: Math.max(5, 40 + ((i * 31) % 140) - (70 - day)), answeredAt: at, rating: correct ? 3 : 1, dueAfter: at + 86_400_000, mistake: null });
    }
  }
  await new Promise<void>((resolve, reject) => {
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(tx.error);
  });
  db.close();
}
