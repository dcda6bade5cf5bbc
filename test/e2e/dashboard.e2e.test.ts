import { afterEach, describe, expect, it } from 'vitest';
import { openApp, type AppSession } from './support/app';

let app: AppSession | undefined;
afterEach(async () => {
  await app?.close();
  app = undefined;
});

describe('dashboard', () => {
  it('welcomes a new user, starts this week’s episode, then publishes it and exports the blog post', async () => {
    app = await openApp();
    await app.goto('/dashboard');
    const welcome = app.page.getByRole('region', { name: 'Welcome' });
    await expect.poll(() => welcome.count()).toBe(1);
    expect(await app.page.getByText('Not started.', { exact: false }).count()).toBe(1);
    await app.screenshot('dashboard-first-run-light');

    await welcome.getByRole('button', { name: "Start this week's episode" }).click();
    await expect.poll(() => app!.page.evaluate(() => location.hash)).toMatch(/^#\/journal\/[\w-]+$/);
    await app.goto('/dashboard');
    const week = app.page.getByRole('region', { name: "This week's episode" });
    await expect.poll(() => week.getByText('Draft').count()).toBe(1);
    // The streak counts this week once it has an episode.
    await expect.poll(() => app!.page.getByRole('region', { name: 'Writing streak' }).textContent()).toMatch(/This week is written/);

    await week.getByRole('button', { name: 'Publish' }).click();
    await expect.poll(() => week.getByText('Published').count()).toBe(1);
    const [download] = await Promise.all([app.page.waitForEvent('download'), week.getByRole('button', { name: 'Export blog post' }).click()]);
    expect(download.suggestedFilename()).toMatch(/\.md$/);
    await app.screenshot('dashboard-published-light');
    expect(app.errors).toEqual([]);
  });

  it('looks right in the dark theme', async () => {
    app = await openApp({ colorScheme: 'dark' });
    await app.goto('/dashboard');
    await expect.poll(() => app!.page.getByRole('region', { name: 'Writing streak' }).count()).toBe(1);
    await app.screenshot('dashboard-dark');
    expect(app.errors).toEqual([]);
  });
});
