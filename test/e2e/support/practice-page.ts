// Page object for the practice screens.
import type { AppSession } from './app';

export function practice(app: AppSession) {
  const { page } = app;
  return {
    async openHome() {
      await app.goto('/practice');
      await page.getByRole('heading', { name: 'Start a session' }).waitFor();
    },
    async openSession(search: string) {
      await app.goto(`/practice/session${search}`);
      await page.getByRole('article', { name: 'Problem' }).waitFor();
    },
    async answer(text: string) {
      const input = page.locator('#practice-answer');
      await input.fill(text);
      await input.press('Enter');
      await page.getByTestId('verdict').waitFor();
    },
    verdict: () => page.getByTestId('verdict').textContent(),
    mistake: () => page.getByTestId('mistake').textContent(),
    solutionAnswer: () => page.getByTestId('solution-answer').textContent(),
    async dueAfter(): Promise<number> {
      const time = page.getByTestId('due-after');
      await time.waitFor();
      return Date.parse((await time.getAttribute('datetime')) ?? '');
    },
    dueMoveText: () => page.getByTestId('due-move').textContent(),
    async next() {
      await page.keyboard.press('n');
    },
  };
}
