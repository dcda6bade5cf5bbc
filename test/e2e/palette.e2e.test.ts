import { afterEach, describe, expect, it } from 'vitest';
import { openApp, type AppSession } from './support/app';
import { CertificationsScreen } from './support/certifications-page';

let app: AppSession | undefined;
afterEach(async () => {
  await app?.close();
  app = undefined;
});

const hash = () => app!.page.evaluate(() => location.hash);

describe('command palette and shortcuts help', () => {
  it('goes to a screen, opens an episode by title, and closes with Escape', async () => {
    app = await openApp();
    await app.goto('/journal');
    await expect.poll(() => app!.page.getByText('Episode 3: Feature stores and a mock interview').count()).toBeGreaterThan(0);

    await app.page.keyboard.press('Control+k');
    const palette = app.page.getByRole('dialog', { name: 'Command palette' });
    await expect.poll(() => palette.count()).toBe(1);
    await app.page.keyboard.type('settings');
    await app.screenshot('palette-light');
    await app.page.keyboard.press('Enter');
    await expect.poll(hash).toBe('#/settings');
    expect(await palette.count()).toBe(0);

    await app.page.keyboard.press('Control+k');
    await app.page.keyboard.type('feature stores mock');
    await app.page.keyboard.press('Enter');
    await expect.poll(hash).toMatch(/^#\/journal\/[\w-]+$/);

    await app.page.keyboard.press('Control+k');
    await expect.poll(() => palette.count()).toBe(1);
    await app.page.keyboard.press('Escape');
    await expect.poll(() => palette.count()).toBe(0);
    expect(app.errors).toEqual([]);
  });

  it('"Log study time" lands in the certification\'s quick-add with the cursor in Minutes', async () => {
    app = await openApp();
    await app.goto('/certifications');
    const certs = new CertificationsScreen(app.page);
    await certs.startFromTemplate(/Google Cloud Professional Machine Learning Engineer/);
    const certHash = await hash();
    await app.goto('/dashboard');
    await app.page.getByRole('region', { name: 'Writing streak' }).waitFor();

    await app.page.keyboard.press('Control+k');
    await app.page.keyboard.type('log study time');
    await app.page.keyboard.press('Enter');
    await expect.poll(hash).toBe(certHash); // the one-time ?log=1 is dropped once used
    const minutes = app.page.getByRole('form', { name: 'Log session' }).getByLabel('Minutes');
    await expect.poll(() => minutes.evaluate((el) => el === document.activeElement)).toBe(true);
    await app.page.keyboard.type('40');
    await app.page.keyboard.press('Enter');
    await expect.poll(() => app!.page.getByText('40 min').count()).toBeGreaterThan(0);
    await app.screenshot('palette-log-study-time');
    // Again from the same page: the field gets the cursor back.
    await minutes.evaluate((el) => (el as HTMLElement).blur());
    await app.page.keyboard.press('Control+k');
    await app.page.keyboard.type('log study time');
    await app.page.keyboard.press('Enter');
    await expect.poll(() => minutes.evaluate((el) => el === document.activeElement)).toBe(true);
    expect(await hash()).toBe(certHash);
    expect(app.errors).toEqual([]);
  });

  it('lists every shortcut when ? is pressed outside a text field', async () => {
    app = await openApp({ colorScheme: 'dark' });
    await app.goto('/dashboard');
    // As a person would: once the home screen is there.
    await app.page.getByRole('region', { name: 'Writing streak' }).waitFor();
    await app.page.keyboard.press('Shift+?');
    const help = app.page.getByRole('dialog', { name: 'Keyboard shortcuts' });
    await expect.poll(() => help.count()).toBe(1);
    expect(await help.getByText('Open the command palette').count()).toBe(1);
    await app.screenshot('shortcuts-dark');
    await app.page.keyboard.press('Escape');
    await expect.poll(() => help.count()).toBe(0);
    expect(app.errors).toEqual([]);
  });
});
