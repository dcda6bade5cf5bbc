// Each speed workaround of the pure code against the reference it stands in for, in the same run:
// the certification restore's canonical-module fast path against the zod schema, the episode
// line scanner against the markdown AST, the inline-tag scanner against the AST. If a ratio falls
// near 1, the workaround no longer pays and can go. Run with installed tools only:
//   npx esbuild bench/workarounds-bench.ts --bundle --platform=node --format=cjs --log-level=warning | node --input-type=commonjs
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { scanStructure, structureFromAst } from '../src/domain/episode/block-scan';
import { restoreCertification, restoreCertificationThroughSchema } from '../src/domain/progress/restore';
import { inlineTagsFromAst } from '../src/domain/tags/inline';
import { scanInlineTags } from '../src/domain/tags/tag-scan';
import { timeCalls } from './bench-timing';

z.config({ jitless: true }); // as in the app: the CSP forbids eval

const cert = {
  id: 'big',
  name: 'Big',
  provider: 'Google Cloud',
  archived: false,
  createdAt: '2021-11-26',
  startDate: '2021-11-26',
  targetDate: '2027-03-26',
  modules: Array.from({ length: 200 }, (_, i) => ({
    id: `m${i}`,
    title: `Module ${i + 1}`,
    course: `Course ${Math.floor(i / 10) + 1}`,
    estimatedHours: 1 + (i % 5) * 0.5,
    status: i < 150 ? 'done' : 'not-started',
    percent: i < 150 ? 100 : 0,
    ...(i < 150 ? { startedOn: '2022-01-03', completedOn: '2022-01-10' } : {}),
    notes: '',
  })),
};

// The starter episodes joined: a long body of the shapes people write (~1,600 words each).
const dir = join(process.cwd(), 'content/episodes');
const episodes = readdirSync(dir).map((name) => readFileSync(join(dir, name), 'utf8').replace(/^---\n[\s\S]*?\n---\n/, ''));
const body = episodes.join('\n\n');
// The tag scanner answers only for shapes it fully understands (else the AST does): the episodes it answers for.
const tagBody = episodes.filter((text) => scanInlineTags(text) !== undefined).join('\n\n');

const rows: [string, () => unknown, () => unknown, number][] = [
  ['restore a 200-module certification: canonical path vs zod schema', () => restoreCertification(cert, { today: '2026-12-02' }), () => restoreCertificationThroughSchema(cert, { today: '2026-12-02' }), 200],
  [`top-level headings of ${body.split(/\s+/).length} words: line scanner vs markdown AST`, () => scanStructure(body), () => structureFromAst(body), 40],
  [`inline #tags of ${tagBody.split(/\s+/).length} words: scanner vs markdown AST`, () => scanInlineTags(tagBody), () => inlineTagsFromAst(tagBody), 40],
];

for (const [label, fast, reference, runs] of rows) {
  if (fast() === undefined) throw new Error(`${label}: the fast path deferred to the reference, so there is nothing to compare`);
  // Interleaved: fast, reference, fast, reference, so load on the machine falls on both alike.
  const a: number[] = [];
  const b: number[] = [];
  for (let round = 0; round < 5; round++) {
    a.push(timeCalls(fast, runs / 5).median);
    b.push(timeCalls(reference, runs / 5).median);
  }
  const med = (xs: number[]) => [...xs].sort((x, y) => x - y)[xs.length >> 1]!;
  console.log(`${label}: ${med(a).toFixed(3)} ms vs ${med(b).toFixed(3)} ms (${(med(b) / med(a)).toFixed(1)}x)`);
}
