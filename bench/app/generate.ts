// The benchmark journal: 1,000 episodes (one of 20,000 words), 10 certifications (20 to 200 modules),
// 20,000 study sessions, 10,000 practice attempts with their review cards, and 500 saved
// calculations. Every row goes through the app's own builders and restore steps (parseEpisode +
// toRecords, restoreCertification, restoreSession, reviewCard + restoreAttempt), so the backup holds
// exactly what the app would have stored. Content is seeded; dates count back from today so the
// certification forecasts and practice due dates look like a live journal.
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { BACKUP_FORMAT, type BackupFile } from '../../src/data/backup';
import { practiceRowOf } from '../../src/data/derived/practice-row';
import { studyRowOf } from '../../src/data/derived/study-row';
import { LATEST_SCHEMA_VERSION, type Row } from '../../src/data/db';
import { toRecords } from '../../src/data/episode-record';
import { episodeFileName, parseEpisode } from '../../src/domain/episode';
import { generatorTopicIds } from '../../src/domain/practice/generators';
import { restoreAttempt, type PracticeAttempt } from '../../src/domain/practice/records';
import { cardIdFor, gradeAttempt, newReviewCard, reviewCard, type ReviewCardRecord } from '../../src/domain/practice/scheduling';
import { restoreCertification, restoreSession, type Certification, type Module, type StudySession } from '../../src/domain/progress';
import { calculatorIds, defaultInput } from '../../src/domain/stats';
import { isoWeekString } from '../../src/domain/week';
import { bullets, courses, int, pick, prose, rng, tagPool, type Random } from './text';

export const GENERATOR_VERSION = 5;
const DAY = 86_400_000;

export interface BenchMeta {
  version: number;
  seed: number;
  today: string;
  episodes: number;
  words: number;
  largest: { id: string; title: string; words: number; firstLine: string };
  typical: { id: string; title: string; words: number; firstLine: string };
  newestTitle: string;
  bigCertification: { id: string; name: string; modules: number; sessions: number };
  rows: Record<string, number>;
  backupBytes: number;
  importFiles: number;
}

const iso = (ms: number) => {
  const d = new Date(ms);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
};

function uuid(r: Random): string {
  const hex = Array.from({ length: 32 }, () => Math.floor(r() * 16).toString(16)).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-a${hex.slice(17, 20)}-${hex.slice(20)}`;
}

const abtestBlock = (r: Random) => {
  const visitors = int(r, 5, 50) * 1000;
  const base = int(r, 20, 80) / 1000;
  const conv = Math.round(visitors * base);
  return [
    '```abtest',
    'calculator: two-proportion-z-test',
    'input:',
    `  control: { visitors: ${visitors}, conversions: ${conv} }`,
    `  treatment: { visitors: ${visitors}, conversions: ${conv + int(r, -20, 80)} }`,
    '  alpha: 0.05',
    '  alternative: two-sided',
    '```',
  ].join('\n');
};

function episodeMarkdown(r: Random, number: number, week: string, words: number, withAbtest: boolean, title: string): string {
  const tags = [...new Set(Array.from({ length: int(r, 2, 5) }, () => pick(r, tagPool)))];
  const body = [
    '## Weekly Highlights',
    bullets(r, 'course', 1),
    bullets(r, 'project', 2),
    bullets(r, 'interview', 1),
    '',
    '## Course Progress',
    prose(r, 'course', Math.round(words * 0.28)),
    '',
    '## Project Log',
    prose(r, 'project', Math.round(words * 0.34)),
    ...(withAbtest ? ['', abtestBlock(r), '', prose(r, 'project', 40)] : []),
    '',
    '## Interview Prep',
    prose(r, 'interview', Math.round(words * 0.24)),
    '',
    '## People Who Inspired Me',
    bullets(r, 'inspiration', Math.max(2, Math.round((words * 0.08) / 16))),
    '',
  ].join('\n');
  return `---\ntitle: "${title}"\nepisode: ${number}\nweek: ${week}\nstatus: ${r() < 0.7 ? 'published' : 'draft'}\ntags: [${tags.join(', ')}]\n---\n${body}`;
}

function buildJournal(r: Random, todayMs: number, importDir: string) {
  const episodes: Record<string, unknown>[] = [];
  const bodies: Record<string, unknown>[] = [];
  let words = 0;
  let largest: BenchMeta['largest'] | undefined;
  let typical: BenchMeta['typical'] | undefined;
  let newestTitle = '';
  const ids: string[] = [];
  for (let i = 0; i < 1000; i++) {
    const number = 1000 - i;
    const monday = todayMs - ((new Date(todayMs).getDay() + 6) % 7) * DAY - i * 7 * DAY;
    const huge = i === 500;
    // Triangular 600..2,400 around 1,500 words; one 20,000-word year-in-review.
    const target = huge ? 21_300 : Math.round(600 + ((r() + r()) / 2) * 1800);
    const title = huge ? `Episode ${number}: A year in review, every model, test and interview` : `Episode ${number}: ${pick(r, ['Notes on', 'A week of', 'Learning', 'Shipping', 'Debugging', 'Revisiting'])} ${pick(r, ['churn', 'A/B tests', 'calibration', 'feature stores', 'interviews', 'the cloud ML exam', 'sequential testing', 'MLOps'])}`;
    const text = episodeMarkdown(r, number, isoWeekString(new Date(monday)), target, i % 40 === 7 || huge, title);
    const draft = parseEpisode(text);
    const id = uuid(r);
    ids.push(id);
    const created = monday + int(r, 8, 20) * 3_600_000;
    const { meta, body } = toRecords(id, draft, { createdAt: created, updatedAt: created + int(r, 0, 5) * DAY });
    episodes.push(meta as unknown as Record<string, unknown>);
    bodies.push(body as unknown as Record<string, unknown>);
    words += meta.wordCount;
    const firstLine = draft.body.split('\n').find((l) => l.startsWith('- '))!.slice(2, 50);
    if (huge) largest = { id, title, words: meta.wordCount, firstLine };
    if (i === 10) typical = { id, title, words: meta.wordCount, firstLine };
    if (i === 0) newestTitle = title;
    writeFileSync(join(importDir, episodeFileName(draft).replace(/^.*\//, '')), text);
  }
  return { episodes, bodies, ids, words, largest: largest!, typical: typical!, newestTitle };
}

function buildCertifications(r: Random, todayMs: number, episodeIds: string[]) {
  const today = iso(todayMs);
  const moduleCounts = [200, 20, 40, 60, 80, 100, 120, 150, 180, 30];
  const sessionCounts = [5000, 600, 1000, 1200, 1400, 1800, 2000, 2200, 3500, 1300];
  const providers = ['Google Cloud', 'AWS', 'Coursera', 'Microsoft', 'DeepLearning.AI', 'Databricks'];
  const certRows: Record<string, unknown>[] = [];
  const moduleRows: Record<string, unknown>[] = [];
  const sessionRows: Record<string, unknown>[] = [];
  let big: BenchMeta['bigCertification'] | undefined;
  moduleCounts.forEach((count, c) => {
    const startMs = todayMs - (c === 0 ? 5 * 365 : int(r, 200, 1500)) * DAY;
    const span = todayMs - 3 * DAY - startMs;
    const doneShare = c === 0 ? 0.75 : 0.2 + r() * 0.7;
    const done = Math.floor(count * doneShare);
    const modules: Module[] = Array.from({ length: count }, (_, m) => {
      const isDone = m < done;
      const inProgress = !isDone && m < done + 5;
      const completed = startMs + Math.round(((m + 1) / Math.max(done, 1)) * span);
      return {
        id: uuid(r),
        title: `Module ${m + 1}: ${pick(r, ['Foundations of', 'Hands-on', 'Deep dive:', 'Lab:', 'Case study:'])} ${pick(r, ['feature engineering', 'Vertex AI pipelines', 'model monitoring', 'responsible AI', 'data preparation', 'hyperparameter tuning', 'serving at scale', 'experiment design'])}`,
        course: `Course ${Math.floor(m / 10) + 1}: ${pick(r, ['Foundations', 'Data', 'Modeling', 'MLOps', 'Serving'])}`,
        estimatedHours: int(r, 2, 10) / 2,
        status: isDone ? 'done' : inProgress ? 'in-progress' : 'not-started',
        percent: isDone ? 100 : inProgress ? int(r, 1, 9) * 10 : 0,
        ...(isDone ? { startedOn: iso(completed - 4 * DAY), completedOn: iso(completed) } : inProgress ? { startedOn: iso(todayMs - 10 * DAY) } : {}),
        notes: r() < 0.2 ? 'Re-read the lab notes before the exam.' : '',
      };
    });
    const name = c === 0 ? 'Google Cloud Professional Machine Learning Engineer, the long way round' : `${pick(r, courses)} (${pick(r, ['2022', '2023', '2024', '2025', '2026'])} track ${c})`;
    const raw: Certification = {
      id: uuid(r),
      name,
      provider: pick(r, providers),
      archived: c === 9,
      createdAt: iso(startMs),
      startDate: iso(startMs),
      targetDate: iso(todayMs + int(r, 30, 300) * DAY),
      examDate: iso(todayMs + int(r, 320, 400) * DAY),
      modules,
    };
    const restored = restoreCertification(raw, { today });
    if (!restored.ok) throw new Error(`Generated certification ${c} does not restore: ${JSON.stringify(restored.errors)}`);
    const { modules: kept, ...row } = restored.value;
    certRows.push(row as unknown as Record<string, unknown>);
    kept.forEach((m, order) => moduleRows.push({ ...m, certificationId: row.id, order }));
    const active = kept.slice(0, Math.min(count, done + 5));
    for (let s = 0; s < sessionCounts[c]!; s++) {
      const at = startMs + Math.floor((s / sessionCounts[c]!) * (todayMs - startMs));
      const session: StudySession = {
        id: uuid(r),
        date: iso(at),
        certificationId: row.id,
        moduleId: active[Math.min(active.length - 1, Math.floor((s / sessionCounts[c]!) * active.length))]!.id,
        minutes: int(r, 3, 36) * 5,
        note: r() < 0.3 ? pick(r, ['Lab and notes', 'Quiz review', 'Rewatched the lecture', 'Practice exam']) : '',
        ...(r() < 0.05 ? { episodeId: pick(r, episodeIds) } : {}),
      };
      const ok = restoreSession(session);
      if (!ok.ok) throw new Error(`Generated session does not restore: ${JSON.stringify(ok.errors)}`);
      sessionRows.push(ok.value as unknown as Record<string, unknown>);
    }
    if (c === 0) big = { id: row.id, name, modules: count, sessions: sessionCounts[c]! };
  });
  return { certRows, moduleRows, sessionRows, big: big! };
}

function buildPractice(r: Random, todayMs: number, repo: string) {
  const concepts: { id: string; topic: string }[] = [];
  for (const file of readdirSync(join(repo, 'content/practice')).filter((f) => f.endsWith('.json')).sort()) {
    for (const q of JSON.parse(readFileSync(join(repo, 'content/practice', file), 'utf8')) as { id: string; topic: string }[]) concepts.push({ id: q.id, topic: q.topic });
  }
  const cards = new Map<string, ReviewCardRecord>();
  const attempts: PracticeAttempt[] = [];
  const startMs = todayMs - 730 * DAY;
  for (let i = 0; i < 10_000; i++) {
    const now = startMs + Math.floor((i / 10_000) * 730 * DAY) + int(r, 0, 3_600_000);
    const concept = r() < 0.25 && concepts.length > 0;
    const q = concept ? pick(r, concepts) : null;
    const topic = q ? q.topic : pick(r, generatorTopicIds);
    const kind = concept ? 'concept' : 'generator';
    const ref = q ? q.id : topic;
    const correct = r() < 0.72;
    const seconds = int(r, 8, 400);
    const rating = gradeAttempt({ correct, seconds, kind });
    const id = cardIdFor(kind, ref);
    const card = reviewCard(cards.get(id) ?? newReviewCard(kind, ref, topic, now), rating, now);
    cards.set(id, card);
    attempts.push(
      restoreAttempt({
        id: uuid(r),
        cardId: id,
        kind,
        topic,
        seed: q ? null : int(r, 1, 2 ** 30),
        questionId: q ? q.id : null,
        answer: q ? String(int(r, 0, 3)) : String(int(r, 1, 999) / 10),
        correct,
        seconds,
        answeredAt: now,
        rating,
        dueAfter: card.due,
        mistake: !correct && r() < 0.4 ? 'used a one-sided alternative' : null,
      }),
    );
  }
  return { attempts, cards: [...cards.values()] };
}

/** Writes backup.json, import/*.md and meta.json into `dir`, or reuses them when already there. */
export function generate(dir: string, repo: string, seed: number, todayMs: number): BenchMeta {
  const metaPath = join(dir, 'meta.json');
  try {
    const cached = JSON.parse(readFileSync(metaPath, 'utf8')) as BenchMeta;
    if (cached.version === GENERATOR_VERSION && cached.seed === seed && cached.today === iso(todayMs)) return cached;
  } catch {
    // not generated yet
  }
  rmSync(dir, { recursive: true, force: true });
  const importDir = join(dir, 'import');
  mkdirSync(importDir, { recursive: true });
  const r = rng(seed);
  const journal = buildJournal(r, todayMs, importDir);
  const certs = buildCertifications(r, todayMs, journal.ids);
  const practice = buildPractice(r, todayMs, repo);
  const savedCalculations = Array.from({ length: 500 }, (_, i) => {
    const calculatorId = pick(r, calculatorIds);
    return { id: uuid(r), calculatorId, input: defaultInput(calculatorId), createdAt: todayMs - (500 - i) * DAY + int(r, 0, DAY), episodeId: pick(r, journal.ids) };
  });
  const tables: BackupFile['tables'] = {
    episodes: journal.episodes,
    episodeBodies: journal.bodies,
    tags: [],
    certifications: certs.certRows,
    modules: certs.moduleRows,
    studySessions: certs.sessionRows,
    practiceAttempts: practice.attempts as unknown as Record<string, unknown>[],
    reviewCards: practice.cards as unknown as Record<string, unknown>[],
    savedCalculations,
    inspirations: [],
    // The journal is not a first run: no starter episodes on top of it.
    settings: [
      { key: 'starter-episodes-loaded', value: true },
      { key: 'starter-episode-ids', value: [] },
    ],
    fileLinks: [],
    // What the repositories keep as they write; --seed-with idb stores these rows as they are,
    // while a restore (--seed-with ui) ignores them and rebuilds its own.
    aggregates: [
      ...certs.certRows.map((c) => studyRowOf(String(c.id), certs.sessionRows.filter((row) => row.certificationId === c.id) as Row[])),
      practiceRowOf(practice.attempts),
    ] as unknown as Record<string, unknown>[],
  };
  const backup: BackupFile = { format: BACKUP_FORMAT, schemaVersion: LATEST_SCHEMA_VERSION, exportedAt: new Date(todayMs).toISOString(), appVersion: 'bench', tables };
  const json = JSON.stringify(backup);
  writeFileSync(join(dir, 'backup.json'), json);
  const meta: BenchMeta = {
    version: GENERATOR_VERSION,
    seed,
    today: iso(todayMs),
    episodes: journal.episodes.length,
    words: journal.words,
    largest: journal.largest,
    typical: journal.typical,
    newestTitle: journal.newestTitle,
    bigCertification: certs.big,
    rows: Object.fromEntries(Object.entries(tables).map(([k, v]) => [k, v.length])),
    backupBytes: Buffer.byteLength(json),
    importFiles: readdirSync(importDir).length,
  };
  writeFileSync(metaPath, JSON.stringify(meta, null, 2));
  return meta;
}
