// Pictures and the desktop's journal folder: the built app with the real main-process handlers
// behind window.episodes over a temp folder. A pasted screenshot lands in attachments/yyyy/ beside
// the episodes; a picture another tool put there shows once an episode links it; an edit made to it
// in another tool shows in the preview without a restart.
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openApp, type AppSession } from './support/app';
import type { DesktopSide } from './support/desktop';
import { pasteScreenshot, pngBytes } from './support/images';
import { journal } from './support/journal-page';

let app: (AppSession & { desktop?: DesktopSide }) | undefined;
afterEach(async () => {
  await app?.close();
  app = undefined;
});

function filesUnder(root: string, dir: string): string[] {
  const out: string[] = [];
  const walk = (rel: string) => {
    let names: string[];
    try {
      names = readdirSync(join(root, rel));
    } catch {
      return;
    }
    for (const name of names) {
      const path = `${rel}/${name}`;
      if (name.includes('.')) out.push(path);
      else walk(path);
    }
  };
  walk(dir);
  return out.sort();
}

function put(root: string, path: string, bytes: Uint8Array) {
  const full = join(root, ...path.split('/'));
  mkdirSync(dirname(full), { recursive: true });
  writeFileSync(full, bytes);
}

describe('pictures in the desktop journal folder', () => {
  it('writes a pasted screenshot beside the episodes, shows a picture another tool put there, and redraws it when edited there', async () => {
    const base = mkdtempSync(join(tmpdir(), 'episodes-desktop-img-'));
    const dirs = { root: join(base, 'journal'), userData: join(base, 'userdata') };
    app = await openApp({ desktop: dirs, viewport: { width: 1280, height: 860 } });
    const page = app.page;
    const j = journal(app);
    await j.open();
    await j.newEpisode();
    await page.getByLabel('Title').fill('Pictures from the folder');
    await j.typeInEditor('\n\n## Charts\n\n');
    await pasteScreenshot(app);
    const dialog = page.getByRole('dialog', { name: 'Add the image' });
    await dialog.getByLabel('Alt text').fill('Burn-up chart: three bars rising');
    await dialog.getByRole('button', { name: 'Add the image' }).click();
    await j.waitSaved();

    // The screenshot is a file of the folder, and the episode's file links it relatively.
    await expect.poll(() => filesUnder(dirs.root, 'attachments'), { timeout: 15_000 }).toEqual([expect.stringMatching(/^attachments\/\d{4}\/[0-9a-f]{16}\.png$/)]);
    const [pasted] = filesUnder(dirs.root, 'attachments');
    expect([...readFileSync(join(dirs.root, pasted!)).subarray(0, 4)]).toEqual([0x89, 0x50, 0x4e, 0x47]);
    await expect
      .poll(() => filesUnder(dirs.root, '2026').map((path) => readFileSync(join(dirs.root, path), 'utf8')).find((text) => text.includes('Pictures from the folder')) ?? '', { timeout: 15_000 })
      .toContain(`![Burn-up chart: three bars rising](../${pasted})`);

    // A diagram drawn in another tool, saved into the folder under its own name, then linked.
    put(dirs.root, 'attachments/diagrams/pipeline.png', await pngBytes(page, 200, 100));
    await j.typeInEditor('\n\n![The pipeline](../attachments/diagrams/pipeline.png)\n');
    const diagram = page.getByTestId('preview').getByRole('img', { name: 'The pipeline' });
    await expect.poll(() => diagram.evaluate((img: HTMLImageElement) => (img.src.startsWith('blob:') ? img.naturalWidth : -1)), { timeout: 15_000 }).toBe(200);
    await app.screenshot('desktop-editor-folder-image');

    // Edited in the other tool (now 240 px wide): the watcher's news redraws the preview.
    put(dirs.root, 'attachments/diagrams/pipeline.png', await pngBytes(page, 240, 100));
    await app.desktop!.send({ reason: 'watch', paths: ['attachments/diagrams/pipeline.png'] });
    await expect.poll(() => diagram.evaluate((img: HTMLImageElement) => (img.src.startsWith('blob:') ? img.naturalWidth : -1)), { timeout: 15_000 }).toBe(240);
    expect(app.errors).toEqual([]);
  });
});
