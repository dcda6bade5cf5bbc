// Runs electronegativity over the built .vite/ bundles and fails on any MEDIUM or higher finding
// that scripts/electronegativity-allow.json does not list with its reason.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const allowFile = join(root, 'scripts/electronegativity-allow.json');
const severityRank = { INFORMATIONAL: 0, LOW: 1, MEDIUM: 2, HIGH: 3, CRITICAL: 4 };

if (!existsSync(join(root, '.vite/build/main.js'))) {
  console.error('security: .vite/ is missing. Run `npm run build` first.');
  process.exit(1);
}

/** Splits one CSV line, honouring double-quoted fields. */
export function parseCsvLine(line) {
  const fields = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i];
    if (quoted) {
      if (ch === '"' && line[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      fields.push(field);
      field = '';
    } else field += ch;
  }
  fields.push(field);
  return fields;
}

const outDir = mkdtempSync(join(tmpdir(), 'electronegativity-'));
const csv = join(outDir, 'out.csv');
const run = spawnSync(
  'npx',
  ['--yes', '--package=@doyensec/electronegativity@1.10.3', '--', 'electronegativity', '-i', '.vite', '-r', '-e', '41.7.1', '-o', csv],
  { cwd: root, encoding: 'utf8' },
);
if (!existsSync(csv)) {
  console.error(run.stdout, run.stderr);
  console.error('security: electronegativity produced no report.');
  process.exit(1);
}

const [header, ...rows] = readFileSync(csv, 'utf8').split(/\r?\n/).filter(Boolean).map(parseCsvLine);
const col = (name) => header.findIndex((h) => h.trim() === name);
const findings = rows.map((row) => row.map((v) => v.trim())).map((r) => ({
  issue: r[col('issue')],
  severity: r[col('severity')],
  confidence: r[col('confidence')],
  filename: r[col('filename')],
  location: r[col('location')],
  description: r[col('description')],
}));
rmSync(outDir, { recursive: true, force: true });

const allowed = JSON.parse(readFileSync(allowFile, 'utf8'));
const isAllowed = (f) => allowed.some((a) => a.issue === f.issue && (!a.file || f.filename.includes(a.file)) && a.reason?.length > 10);
const serious = findings.filter((f) => (severityRank[f.severity?.toUpperCase()] ?? 4) >= severityRank.MEDIUM);
const blocking = serious.filter((f) => !isAllowed(f));

console.log(`electronegativity: ${findings.length} findings, ${serious.length} MEDIUM or higher, ${serious.length - blocking.length} allowed with a reason.`);
for (const f of serious) {
  console.log(`${isAllowed(f) ? 'allowed ' : 'BLOCKING'}  ${String(f.severity).padEnd(8)} ${f.issue}  ${f.filename}:${f.location}`);
}
if (blocking.length > 0) {
  console.error(`security: ${blocking.length} unlisted MEDIUM or higher finding(s). Fix them, or list each in scripts/electronegativity-allow.json with its reason.`);
  process.exit(1);
}
