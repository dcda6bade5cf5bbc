// Issue 20, point 6: pasting a 5 MB screenshot keeps typing smooth. In one session and one episode:
// typing alone (the baseline), then the same keys typed the moment "Add the image" is clicked for a
// 5 MB PNG, while the app checks, hashes, encodes and stores it. Also: how long the store took
// (the app's 'attachments:store' measure) and the longest main-thread task in that window.
import type { Session } from './browser';
import { percentile, typeTimed } from './figures';
import type { Row } from './report';

const TEXT = ' typing on while the screenshot is stored';

export async function pasteWhileTyping(s: Session): Promise<Row[]> {
  const { page } = s;
  await page.goto(`${s.base}#/journal`);
  await page.getByRole('button', { name: /^New episode/ }).click();
  await page.locator('.cm-content').waitFor();
  await page.waitForTimeout(1500);
  const alone = await typeTimed(s, TEXT, 40);

  // A 5 MB PNG: noise does not compress, so 1,600 × 1,000 pixels of it is about 5 MB.
  const size = await page.evaluate(async () => {
    const canvas = document.createElement('canvas');
    canvas.width = 1600;
    canvas.height = 1000;
    const g = canvas.getContext('2d')!;
    const image = g.createImageData(1600, 1000);
    let x = 20261202;
    for (let i = 0; i < image.data.length; i += 1) {
      x = (Math.imul(x, 1103515245) + 12345) >>> 0;
      image.data[i] = i % 4 === 3 ? 255 : x >>> 24;
    }
    g.putImageData(image, 0, 0);
    const blob = await new Promise<Blob>((resolve) => canvas.toBlob((b) => resolve(b!), 'image/png'));
    (window as unknown as { __png: Blob }).__png = blob;
    return blob.size;
  });
  await page.locator('.cm-content').click();
  await page.keyboard.press('Control+End');
  await page.evaluate(() => {
    const data = new DataTransfer();
    data.items.add(new File([(window as unknown as { __png: Blob }).__png], 'screenshot.png', { type: 'image/png' }));
    document.querySelector('.cm-content')!.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
  });
  const dialog = page.getByRole('dialog', { name: 'Add the image' });
  await dialog.getByLabel('Alt text').fill('A 5 MB screenshot');
  await page.evaluate(() => {
    const w = window as unknown as { __long: number[] };
    w.__long = [];
    new PerformanceObserver((list) => list.getEntries().forEach((entry) => w.__long.push(entry.duration))).observe({ type: 'longtask' });
    performance.clearMeasures('attachments:store');
  });
  await dialog.getByRole('button', { name: 'Add the image' }).click();
  await page.locator('.cm-content').focus();
  const during = await typeTimed(s, TEXT, 40, { settle: false });
  await page.waitForFunction(() => performance.getEntriesByName('attachments:store').length > 0, undefined, { timeout: 30_000 });
  const store = await page.evaluate(() => performance.getEntriesByName('attachments:store')[0]!.duration);
  const longest = await page.evaluate(() => Math.max(0, ...(window as unknown as { __long: number[] }).__long));
  const mb = (size / 2 ** 20).toFixed(1);
  return [
    {
      id: 'paste-typing-p95',
      group: 'paste',
      name: `Typing while a ${mb} MB screenshot is stored: keydown → handled, p95 (${during.handled.length} keys)`,
      unit: 'ms',
      value: percentile(during.handled, 95),
      baseline: percentile(alone.handled, 95),
      baselineName: 'the same keys, no paste',
      samples: during.handled,
    },
    { id: 'paste-typing-max', group: 'paste', name: 'Typing while it is stored: the slowest key', unit: 'ms', value: Math.max(...during.handled), baseline: Math.max(...alone.handled), baselineName: 'the same keys, no paste' },
    { id: 'paste-store', group: 'paste', name: `Storing the ${mb} MB screenshot: Add clicked → stored (check, SHA-256, encode, IndexedDB)`, unit: 'ms', value: store },
    { id: 'paste-longest-task', group: 'paste', name: 'The longest main-thread task while it is stored', unit: 'ms', value: longest },
  ];
}
