// The fast path for stored modules (canonicalModule) must never disagree with the schema: whatever
// it accepts, moduleSchema accepts and gives back unchanged, and a certification restored with it
// equals one restored with every module through the schema.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { canonicalModule, moduleSchema, restoreCertification, restoreCertificationThroughSchema } from '../../../../src/domain/progress/restore';

// Mostly well-formed values, with every field now and then replaced by one on or around a rule:
// blank and padded text, the ends of each range, NaN, days that do not exist, statuses and
// percents that disagree, old field names, unknown and undefined fields, missing fields.
const mostly = <T, U>(good: fc.Arbitrary<T>, edge: fc.Arbitrary<U>) => fc.oneof({ arbitrary: good, weight: 5 }, { arbitrary: edge, weight: 1 });
const text = mostly(fc.constantFrom('Intro', 'A', 'Ünïcode ✓'), fc.constantFrom(' Intro', 'Intro ', '', '   ', 42, null, undefined));
const hours = mostly(fc.constantFrom(0, 0.5, 6, 1000), fc.constantFrom(-0, 1000.5, -1, Number.NaN, Number.POSITIVE_INFINITY, '6', null, undefined));
const percent = mostly(fc.constantFrom(0, 40, 99.9, 100), fc.constantFrom(-0, 100.1, -1, Number.NaN, '50', null, undefined));
const status = mostly(fc.constantFrom('not-started', 'in-progress', 'done'), fc.constantFrom('Done', '', null, undefined));
const date = mostly(fc.constantFrom('2026-01-05', '2025-12-31', '2026-06-30', '2028-02-29'), fc.constantFrom('2026-02-29', '2026-13-01', '2026-1-5', '', null, undefined));
const notes = mostly(fc.constantFrom('', ' ', 'Watched twice'), fc.constantFrom(null, undefined, 3));

const FIELDS = ['id', 'title', 'course', 'estimatedHours', 'status', 'percent', 'startedOn', 'completedOn', 'notes'] as const;
const moduleLike = fc
  .tuple(
    fc.record({
      id: mostly(fc.constantFrom('m1', 'm2'), fc.constantFrom(' m1', '', 7)),
      title: text,
      course: text,
      estimatedHours: hours,
      status,
      percent,
      startedOn: date,
      completedOn: date,
      notes,
    }, { requiredKeys: ['id', 'title', 'estimatedHours', 'status', 'percent', 'notes'] }),
    fc.subarray([...FIELDS]),
    fc.option(fc.record({ hours, name: text, extra: fc.constantFrom('x', undefined) }, { requiredKeys: [] }), { freq: 6 }),
  )
  .map(([fields, dropped, extra]) => {
    const raw: Record<string, unknown> = { ...fields, ...(extra ?? {}) };
    // The optional fields are each absent half the time; now and then a required one goes too.
    for (const key of dropped.slice(0, dropped.length > 6 ? 2 : 0)) delete raw[key];
    return raw;
  });

/** Modules in the form a save writes them: built through the schema, so the fast path must take them. */
const storedModule = moduleLike.chain((raw) => {
  const parsed = moduleSchema.safeParse(raw);
  return parsed.success ? fc.constant(parsed.data) : fc.constant(null);
});

describe('canonicalModule', () => {
  it('accepts only what moduleSchema accepts, and gives back exactly what moduleSchema would', () => {
    fc.assert(
      fc.property(moduleLike, (raw) => {
        const fast = canonicalModule(raw);
        if (fast === null) return;
        const parsed = moduleSchema.safeParse(raw);
        expect(parsed.success).toBe(true);
        expect(fast).toStrictEqual(parsed.data);
      }),
      { numRuns: 20_000 },
    );
  });

  it('takes every module in the form the schema writes (so stored paths do use the fast path)', () => {
    fc.assert(
      fc.property(storedModule, (stored) => {
        if (stored === null) return;
        expect(canonicalModule(stored)).toStrictEqual(stored);
      }),
      { numRuns: 5_000 },
    );
  });

  it.each([
    ['a status that disagrees with the percent', { status: 'done', percent: 80 }],
    ['progress on a module not started', { status: 'not-started', percent: 10 }],
    ['a completion date on a module not done', { status: 'in-progress', percent: 50, completedOn: '2026-01-05' }],
    ['a completion before the start', { status: 'done', percent: 100, startedOn: '2026-02-01', completedOn: '2026-01-05' }],
    ['a padded title', { title: ' Intro ' }],
    ['an old field name', { hours: 3 }],
    ['an optional field present but undefined', { course: undefined }],
    ['hours over the limit', { estimatedHours: 1001 }],
  ])('sends %s to the schema', (_name, change) => {
    const module = { id: 'm1', title: 'Intro', estimatedHours: 6, status: 'in-progress', percent: 40, notes: '', ...change };
    expect(canonicalModule(module)).toBeNull();
  });
});

describe('restoreCertification with stored modules', () => {
  const cert = fc.record(
    {
      id: fc.constantFrom('c1', '', ' c1'),
      name: fc.constantFrom('GCP PMLE', '', '  '),
      provider: fc.constantFrom('Google', '', undefined, null),
      startDate: date,
      targetDate: date,
      examDate: date,
      archived: fc.constantFrom(true, false, undefined, 'no'),
      createdAt: fc.constantFrom('2026-01-05', '2026-01-05T08:30:00.000Z', undefined, ''),
      modules: fc.oneof(fc.array(fc.oneof(moduleLike, storedModule), { maxLength: 6 }), fc.constantFrom(undefined, null, 'none')),
    },
    { requiredKeys: [] },
  );

  it('equals the certification restored with every module through the schema, errors included', () => {
    fc.assert(
      fc.property(cert, (raw) => {
        expect(restoreCertification(raw, { today: '2026-03-01' })).toStrictEqual(restoreCertificationThroughSchema(raw, { today: '2026-03-01' }));
      }),
      { numRuns: 10_000 },
    );
  });
});
