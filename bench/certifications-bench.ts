// Timing of the certification detail view's pure work for a large path: 200 modules and 2,000
// sessions over five years. Run with installed tools only:
//   npx esbuild bench/certifications-bench.ts --bundle --platform=node --format=cjs --log-level=warning | node --input-type=commonjs
// Prints the median of each step. The browser figure (navigation to all charts drawn) is printed
// by test/e2e/certifications.e2e.test.ts.
import { z } from 'zod';
import { progressCharts, restoreCertification, restoreSession } from '../src/domain/progress';
import type { StudySession } from '../src/domain/progress';
import { burnUpChart, heatmapLayout, moduleBars, weekBars } from '../src/features/certifications/chart-data';
import { groupByCourse } from '../src/features/certifications/certification-data';

z.config({ jitless: true }); // as in the app: the CSP forbids eval

const today = '2026-11-26';
const day = (offset: number) => {
  const d = new Date(Date.UTC(2026, 10, 26 + offset));
  return d.toISOString().slice(0, 10);
};
const start = -5 * 365;
const rawCert = {
  id: 'big',
  name: 'Big',
  provider: 'Google Cloud',
  archived: false,
  createdAt: day(start),
  startDate: day(start),
  targetDate: day(120),
  modules: Array.from({ length: 200 }, (_, i) => {
    const done = i < 150;
    const at = start + Math.round(((i + 1) / 150) * (5 * 365 - 10));
    return {
      id: `m${i}`,
      title: `Module ${i + 1}`,
      course: `Course ${Math.floor(i / 10) + 1}`,
      estimatedHours: 1 + (i % 5) * 0.5,
      status: done ? 'done' : i < 160 ? 'in-progress' : 'not-started',
      percent: done ? 100 : i < 160 ? 40 : 0,
      ...(done ? { startedOn: day(at - 5), completedOn: day(at) } : {}),
      notes: '',
    };
  }),
};
const rawSessions = Array.from({ length: 2000 }, (_, i) => ({
  id: `s${i}`,
  certificationId: 'big',
  moduleId: `m${Math.min(159, Math.floor((i / 2000) * 160))}`,
  date: day(start + Math.floor((i * 5 * 365) / 2000)),
  minutes: 20 + ((i * 37) % 100),
  note: i % 3 === 0 ? 'Lab and notes' : '',
}));

function median(fn: () => unknown, runs = 25): number {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    fn();
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)]!;
}

const restored = restoreCertification(rawCert);
if (!restored.ok) throw new Error(JSON.stringify(restored.errors));
const cert = restored.value;
const sessions = rawSessions.map((s) => restoreSession(s)).flatMap((r) => (r.ok ? [r.value] : [])) as StudySession[];
const charts = progressCharts(cert, sessions, today);

const rows: [string, number][] = [
  ['restoreCertification (200 modules)', median(() => restoreCertification(rawCert))],
  ['restoreSession x 2,000', median(() => rawSessions.forEach((s) => restoreSession(s)))],
  ['progressCharts', median(() => progressCharts(cert, sessions, today))],
  ['chart series (burn-up, weeks, modules, heatmap)', median(() => [burnUpChart(charts.burnUp, today), weekBars(charts.weeks), moduleBars(charts.modules), heatmapLayout(charts.heatmap)])],
  ['groupByCourse', median(() => groupByCourse(cert.modules))],
];
for (const [name, ms] of rows) console.log(`${name.padEnd(50)} ${ms.toFixed(2)} ms`);
console.log(`burn-up points ${charts.burnUp.actual.length}, weeks ${charts.weeks.length}, heatmap cells ${charts.heatmap.cells.length}`);
