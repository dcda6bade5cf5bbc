// Page object for the calculator screens.
import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import type { AppSession } from './app';

export function calculatorsPage(app: AppSession) {
  const page: Page = app.page;
  const api = {
    page,
    async open(id: string) {
      await app.goto(`/calculators/${id}`);
      await page.locator('.calc-layout').waitFor({ timeout: 15_000 });
    },
    input(path: string) {
      return page.locator(`[name="${path}"]`);
    },
    async fill(path: string, value: string) {
      await api.input(path).fill(value);
    },
    async choose(group: string, option: string) {
      await page.getByRole('group', { name: group }).getByRole('button', { name: option, exact: true }).click();
    },
    async preset(label: string) {
      await page.getByRole('group', { name: 'Presets' }).getByRole('button', { name: label, exact: true }).click();
    },
    /** The displayed value of a result row, by its label. */
    async stat(label: string): Promise<string> {
      const row = page.locator('[data-testid="result-stats"] .calc-stat').filter({ has: page.locator('dt', { hasText: new RegExp(`^${escape(label)}$`) }) });
      return (await row.locator('dd').textContent()) ?? '';
    },
    async statTitle(label: string): Promise<string | null> {
      const row = page.locator('[data-testid="result-stats"] .calc-stat').filter({ has: page.locator('dt', { hasText: new RegExp(`^${escape(label)}$`) }) });
      return row.locator('dd').getAttribute('title');
    },
    verdict() {
      return page.getByTestId('verdict').textContent();
    },
    async expectStat(label: string, expected: string) {
      await expect.poll(() => api.stat(label), { timeout: 5000 }).toBe(expected);
    },
    bodyText() {
      return page.locator('.calc-page').innerText();
    },
  };
  return api;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
