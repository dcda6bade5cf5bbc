// `npm run bench`: bundles bench/app/main.ts (TypeScript, importing the app's own domain code) with
// esbuild and runs it. Dependencies stay external and load from node_modules. Arguments pass through:
//   npm run bench -- --only search,journal --runs 3 --seed-with idb --profile
import { buildSync } from 'esbuild';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const repo = resolve(import.meta.dirname, '..');
if (!existsSync(join(repo, 'dist-web/index.html'))) {
  console.error('dist-web/ is missing: the benchmark measures the built web app. Run `npm run build:web` first, then `npm run bench`.');
  process.exit(2);
}
const outfile = join(repo, 'node_modules/.cache/episodes-bench/main.mjs');
buildSync({
  entryPoints: [join(repo, 'bench/app/main.ts')],
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  packages: 'external',
  outfile,
  logLevel: 'warning',
});
process.env.EPISODES_REPO = repo;
await import(pathToFileURL(outfile).href);
