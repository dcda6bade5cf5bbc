import { afterEach, describe, expect, it } from 'vitest';
import { openApp, type AppSession } from './support/app';

let app: AppSession | undefined;
afterEach(async () => {
  await app?.close();
  app = undefined;
});

describe('inspirations', () => {
  it('adds an inspiration with a quick form, refuses a bad link, and removes with undo', async () => {
    app = await openApp();
    await app.goto('/inspirations');
    const form = app.page.getByRole('form', { name: 'Add an inspiration' });
    await form.getByLabel('Who or what').fill('Trustworthy Online Controlled Experiments');
    await form.getByLabel('Kind').selectOption('article');
    await form.getByLabel('Link').fill('javascript:alert(1)');
    await form.getByLabel('Who or what').press('Enter');
    await expect.poll(() => app!.page.getByText('A link must start with http:// or https://.').count()).toBe(1);

    await form.getByLabel('Link').fill('https://experimentguide.com/');
    await form.getByLabel('Why it mattered').fill('Chapter 21 on sample ratio mismatch finally made SRM click.');
    await form.getByLabel('Tags').fill('Experimentation, SRM');
    await form.getByLabel('Why it mattered').press('Enter');
    const item = app.page.locator('.inspiration-item');
    await expect.poll(() => item.count()).toBe(1);
    expect(await item.first().textContent()).toContain('#experimentation');
    expect(await app.page.getByText('A link must start with http:// or https://.').count()).toBe(0);
    await app.screenshot('inspirations-light');

    await item.first().getByRole('button', { name: /Remove/ }).click();
    await expect.poll(() => item.count()).toBe(0);
    await app.page.getByRole('button', { name: 'Undo' }).click();
    await expect.poll(() => item.count()).toBe(1);
    await app.page.reload();
    await expect.poll(() => item.count()).toBe(1);
    expect(app.errors).toEqual([]);
  });
});
