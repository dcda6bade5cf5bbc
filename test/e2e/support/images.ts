// Pictures for the image tests, drawn on a canvas in the page: pasted as the clipboard delivers a
// screenshot, or returned as PNG bytes for a file another tool puts in the journal folder.
import type { Page } from 'playwright-core';
import type { AppSession } from './app';

/** A width×height PNG (a blue field with three white bars), drawn by the page's canvas. */
export async function pngBytes(page: Page, width = 320, height = 180): Promise<Uint8Array> {
  const numbers = await page.evaluate(
    async ([w, h]) => {
      const canvas = document.createElement('canvas');
      canvas.width = w;
      canvas.height = h;
      const g = canvas.getContext('2d')!;
      g.fillStyle = '#3b5bdb';
      g.fillRect(0, 0, w, h);
      g.fillStyle = '#ffffff';
      for (let i = 0; i < 3; i += 1) g.fillRect(((20 + 80 * i) / 320) * w, ((120 - 40 * i) / 180) * h, (60 / 320) * w, ((40 + 40 * i) / 180) * h);
      const blob = await new Promise<Blob>((resolve) => canvas.toBlob((b) => resolve(b!), 'image/png'));
      return [...new Uint8Array(await blob.arrayBuffer())];
    },
    [width, height] as const,
  );
  return Uint8Array.from(numbers);
}

/** Pastes a 320×180 PNG at the end of the editor, as the clipboard delivers a screenshot. */
export async function pasteScreenshot(session: AppSession): Promise<void> {
  await session.page.locator('.cm-content').click();
  await session.page.keyboard.press('Control+End');
  const bytes = [...(await pngBytes(session.page))];
  await session.page.evaluate((numbers) => {
    const data = new DataTransfer();
    data.items.add(new File([Uint8Array.from(numbers)], 'image.png', { type: 'image/png' }));
    document.querySelector('.cm-content')!.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
  }, bytes);
}
