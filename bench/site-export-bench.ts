// The static site of 1,000 published episodes (~400 words each, the starter episodes varied) with
// 2,000 images (two per episode, 200 KB each), built as the app builds it (the preview's sanitized
// renderer, the feed, the sitemap) and zipped; issue 20's budget is under 30 s. Then the desktop's
// other way: the same site written into a temp folder through main's SiteFolder (atomic writes), once
// into an empty folder and once more unchanged (the incremental rewrite). Node, no browser:
//   npx esbuild bench/site-export-bench.ts --bundle --platform=node --format=cjs --log-level=warning | node --input-type=commonjs
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadavg } from 'node:os';
import { strToU8, zipSync } from 'fflate';
import { parseEpisode } from '../src/domain/episode';
import { buildSite, type SiteEntry } from '../src/domain/publish';
import { renderHtml } from '../src/features/preview/preview-data';
import { median } from './bench-timing';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { SiteFolder } from '../electron/site-folder';
import { siteBatches } from '../src/features/publish/site-folder-export';

const dir = join(process.cwd(), 'content/episodes');
const bodies = readdirSync(dir).map((name) => readFileSync(join(dir, name), 'utf8').replace(/^---\n[\s\S]*?\n---\n/, ''));
const hex = (n: number) => n.toString(16).padStart(16, '0');

function journal(): { entries: SiteEntry[]; attachments: Map<string, Uint8Array> } {
  const attachments = new Map<string, Uint8Array>();
  const image = new Uint8Array(200 * 1024).map((_, i) => (i * 31) & 0xff);
  const entries = Array.from({ length: 1000 }, (_, i) => {
    const paths = [0, 1].map((k) => `attachments/2026/${hex(i * 2 + k)}.png`);
    for (const path of paths) attachments.set(path, image);
    const monday = new Date(Date.UTC(2007, 0, 1 + 7 * i)).toISOString().slice(0, 10);
    const body = `${bodies[i % bodies.length]}\n\n![Chart ${i}](../${paths[0]})\n\n![Screenshot ${i}](../${paths[1]})\n`;
    const draft = parseEpisode(`---\ntitle: "Episode ${i + 1}: week ${i}"\nepisode: ${i + 1}\nstatus: published\ntags: [t${i % 40}, gcp]\n---\n${body}`);
    return { draft: { ...draft, weekOf: monday }, path: `${monday.slice(0, 4)}/${monday}-episode-${i + 1}.md`, updatedAt: i };
  });
  return { entries, attachments };
}

async function main() {
  const { entries, attachments } = journal();
  const builds: number[] = [];
  const zips: number[] = [];
  let files = 0;
  let bytes = 0;
  let lastSite: Awaited<ReturnType<typeof buildSite>> | undefined;
  for (let round = 0; round < 3; round++) {
    const t0 = performance.now();
    const site = await buildSite(entries, {
      title: 'Learning in public',
      siteUrl: 'https://ana.example',
      render: (markdown, rewrite) => renderHtml(markdown, { rewriteAddress: rewrite }),
      attachments,
      now: new Date('2026-12-02T10:00:00Z'),
      pause: () => new Promise((resolve) => setTimeout(resolve, 0)),
    });
    const t1 = performance.now();
    const zipped: Record<string, [Uint8Array, { mtime: Date; level?: 0 }]> = {};
    for (const [path, content] of site.files) zipped[path] = typeof content === 'string' ? [strToU8(content), { mtime: new Date() }] : [content, { mtime: new Date(), level: 0 }];
    const zip = zipSync(zipped, { level: 6 });
    const t2 = performance.now();
    builds.push(t1 - t0);
    zips.push(t2 - t1);
    files = site.files.size;
    bytes = zip.length;
    lastSite = site;
  }
  const total = median(builds) + median(zips);
  console.log(
    `site of 1,000 episodes + 2,000 images: pages ${(median(builds) / 1000).toFixed(1)} s, zip ${(median(zips) / 1000).toFixed(1)} s, total ${(total / 1000).toFixed(1)} s (budget 30 s); ` +
      `${files} files, ${(bytes / 1024 / 1024).toFixed(0)} MB zipped; medians of 3; load average ${loadavg()[0]!.toFixed(2)}`,
  );
  // The folder: an empty one, then the same site again (nothing changed: every file read and compared, none written).
  const folder = mkdtempSync(join(tmpdir(), 'episodes-site-bench-'));
  const site = new SiteFolder(folder, { showOpenDialog: async () => ({ canceled: false, filePaths: [folder] }) }, folder);
  await site.choose();
  const writeAll = async () => {
    const t0 = performance.now();
    let written = 0;
    for (const batch of siteBatches(lastSite!.files)) written += (await site.write(batch)).written;
    await site.finish([...lastSite!.files.keys()]);
    return { ms: performance.now() - t0, written };
  };
  const first = await writeAll();
  const again = await writeAll();
  rmSync(folder, { recursive: true, force: true });
  console.log(`into a folder: first write ${(first.ms / 1000).toFixed(1)} s (${first.written} files), unchanged rewrite ${(again.ms / 1000).toFixed(1)} s (${again.written} files written); load average ${loadavg()[0]!.toFixed(2)}`);
  if (total > 30_000 || total + first.ms - median(zips) > 30_000) process.exitCode = 1;
}

void main();
