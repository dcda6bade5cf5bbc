// Code-split start-up (issue 25, point 4), before and after in one run: two builds of the web app
// (`--before <a folder holding the other build's dist-web>` and this repo's dist-web), cold-started in
// turn (interleaved, so load on the machine hits both alike) on an empty journal until the dashboard
// shows; for each, the JavaScript fetched before that (bytes on the wire) and Chromium's script time.
// Run (after npm run build:web here and in the other checkout):
//   npx esbuild bench/startup-split-bench.ts --bundle --platform=node --format=esm --packages=external \
//     --outfile=node_modules/.cache/split.mjs && node node_modules/.cache/split.mjs --before ../old --runs 7
import os from 'node:os';
import { resolve } from 'node:path';
import { openSession, serve, type ReadySpec } from './app/browser';
import { median } from './app/figures';

const DASHBOARD: ReadySpec = { all: [{ selector: 'h1', text: 'This week' }], noBusy: true };

async function measure(root: string) {
  const server = await serve(root);
  const session = await openSession(server.url);
  try {
    await session.coldStart('/dashboard', DASHBOARD);
    await session.cdp.send('Network.enable');
    await session.cdp.send('Performance.enable');
    let bytes = 0;
    const scripts = new Set<string>();
    session.cdp.on('Network.loadingFinished', (event: { encodedDataLength: number; requestId: string }) => {
      if (scripts.has(event.requestId)) bytes += event.encodedDataLength;
    });
    session.cdp.on('Network.responseReceived', (event: { requestId: string; type: string }) => {
      if (event.type === 'Script') scripts.add(event.requestId);
    });
    await session.cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
    const timing = await session.coldStart('/dashboard', DASHBOARD);
    const metrics = (await session.cdp.send('Performance.getMetrics')) as { metrics: Array<{ name: string; value: number }> };
    const scriptSeconds = metrics.metrics.find((m) => m.name === 'ScriptDuration')?.value ?? NaN;
    return { frame: timing.frame, bytes, scriptMs: scriptSeconds * 1000 };
  } finally {
    await session.close();
    await server.close();
  }
}

async function main() {
  const at = process.argv.indexOf('--before');
  const before = at > 0 ? resolve(process.argv[at + 1]!) : undefined;
  if (!before) throw new Error('--before <a repo folder whose dist-web is the build to compare with>');
  const after = resolve(process.env.EPISODES_REPO ?? process.cwd());
  const runs = Number(process.argv[process.argv.indexOf('--runs') + 1]) || 7;
  const results = { before: [] as Awaited<ReturnType<typeof measure>>[], after: [] as Awaited<ReturnType<typeof measure>>[] };
  console.log(`Load average ${os.loadavg().map((l) => l.toFixed(1)).join(' ')} on ${os.cpus().length} cores; ${runs} cold starts each, interleaved.`);
  for (let i = 0; i < runs; i += 1) {
    results.before.push(await measure(before));
    results.after.push(await measure(after));
  }
  for (const [name, rows] of Object.entries(results)) {
    console.log(
      `${name.padEnd(6)}  cold start to the dashboard: median ${median(rows.map((r) => r.frame)).toFixed(0)} ms; ` +
        `JS fetched before it: ${(median(rows.map((r) => r.bytes)) / 2 ** 20).toFixed(2)} MB; script time (CDP ScriptDuration): median ${median(rows.map((r) => r.scriptMs)).toFixed(0)} ms`,
    );
  }
  console.log(`Load average at the end ${os.loadavg().map((l) => l.toFixed(1)).join(' ')}.`);
}

void main().catch((error: unknown) => {
  console.error(error);
  process.exit(2);
});
