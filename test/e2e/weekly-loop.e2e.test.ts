// The whole week as a new user lives it: first run, a certification, study time, practice, an
// inspiration, this week's episode pre-filled with all of it, publish and export.
import { afterEach, describe, expect, it } from 'vitest';
import { generateProblem, type NumericProblem } from '../../src/domain/practice/generators';
import { planSession } from '../../src/domain/practice/session';
import { openApp, type AppSession } from './support/app';
import { CertificationsScreen } from './support/certifications-page';
import { practice } from './support/practice-page';

let app: AppSession | undefined;
afterEach(async () => {
  await app?.close();
  app = undefined;
});

const hash = () => app!.page.evaluate(() => location.hash);

describe('the weekly loop', () => {
  it('takes a new user from the welcome to a published, exported episode with the week’s rollups', async () => {
    app = await openApp();
    const page = app.page;

    // First run: the welcome offers a certification from a template.
    await app.goto('/dashboard');
    const welcome = page.getByRole('region', { name: 'Welcome' });
    await welcome.getByRole('button', { name: 'Choose a learning path…' }).click();
    await welcome.getByRole('button', { name: /Google Cloud Professional Machine Learning Engineer/ }).click();
    await expect.poll(hash).toMatch(/^#\/certifications\/[\w-]+$/);
    await app.screenshot('loop-1-certification');

    // Log study time.
    await new CertificationsScreen(page).logSession({ minutes: '90', note: 'Feature engineering labs' });
    await expect.poll(() => page.getByText('Feature engineering labs').count()).toBeGreaterThan(0);

    // Practise one problem and get it right.
    const seed = 7;
    const [item] = planSession({ mode: 'topics', count: 1, topics: ['relative-lift'], seed, due: [], conceptIds: [] });
    if (!item || item.kind !== 'generator') throw new Error('expected a generated problem');
    const problem = generateProblem(item.topic, item.seed) as NumericProblem;
    const p = practice(app);
    await p.openSession(`?mode=topics&topics=relative-lift&n=1&seed=${seed}`);
    await p.answer(`${problem.answer.toFixed(2)}%`);
    expect(await p.verdict()).toBe('Correct');
    await app.screenshot('loop-2-practice');

    // Note who inspired the week.
    await app.goto('/inspirations');
    const form = page.getByRole('form', { name: 'Add an inspiration' });
    await form.getByLabel('Who or what').fill('Chip Huyen');
    await form.getByLabel('Why it mattered').fill('Her post on feature stores');
    await form.getByLabel('Why it mattered').press('Enter');
    await expect.poll(() => page.locator('.inspiration-item').count()).toBe(1);

    // Start this week's episode: the template arrives filled with the week.
    await app.goto('/dashboard');
    await page.getByRole('region', { name: "This week's episode" }).getByRole('button', { name: "Start this week's episode" }).click();
    await expect.poll(hash).toMatch(/^#\/journal\/[\w-]+$/);
    const preview = page.getByTestId('preview');
    if ((await preview.count()) === 0) await page.getByRole('button', { name: 'Split' }).click();
    // The preview draws its sections one after another: wait for the last one.
    await expect.poll(() => preview.textContent()).toContain('Chip Huyen');
    const text = (await preview.textContent()) ?? '';
    expect(text).toContain('1.5 hours studied');
    expect(text).toContain('This week: 1 problem, 100% correct');
    await app.screenshot('loop-3-episode');

    // Publish from the dashboard and export the blog post.
    await app.goto('/dashboard');
    const week = page.getByRole('region', { name: "This week's episode" });
    await week.getByRole('button', { name: 'Publish' }).click();
    await expect.poll(() => week.getByText('Published').count()).toBe(1);
    const [download] = await Promise.all([page.waitForEvent('download'), week.getByRole('button', { name: 'Export blog post' }).click()]);
    const path = await download.path();
    const { readFileSync } = await import('node:fs');
    const blog = readFileSync(path, 'utf8');
    expect(blog).not.toMatch(/^---/);
    expect(blog).toContain('1.5 hours studied');
    // The dashboard now shows the certification's pace and this week's practice.
    await expect.poll(() => page.getByRole('region', { name: 'Certifications' }).textContent()).toContain('Google Cloud');
    expect(await page.getByRole('region', { name: 'Practice' }).textContent()).toContain('1 problem, 100% correct');
    await app.screenshot('loop-4-dashboard');
    expect(app.errors).toEqual([]);
  });
});
