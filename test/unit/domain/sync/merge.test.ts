// Two devices' logs, delivered in any order, give the same rows; FSRS state replayed from the
// merged reviews equals ts-fsrs run over the same answers in time order.
import fc from 'fast-check';
import { createEmptyCard, fsrs, type Grade } from 'ts-fsrs';
import { describe, expect, it } from 'vitest';
import { cardsFromReviews, logFileName, mergeRecords, mergeSettings, parseLog, serializeLog, type LogRecord } from '../../../../src/domain/sync';

const put = (device: string, seq: number, at: number, id: string, fields: Record<string, unknown>): LogRecord => ({ table: 'studySessions', id, op: 'put', fields, at, device, seq });
const del = (device: string, seq: number, at: number, id: string): LogRecord => ({ table: 'studySessions', id, op: 'delete', at, device, seq });
const rows = (records: LogRecord[]) => Object.fromEntries(mergeRecords(records).get('studySessions')?.rows ?? []);

describe('the logs between devices', () => {
  it('name one file per table, device and month, so two devices never write the same file', () => {
    expect(logFileName('studySessions', 'laptop-1', Date.UTC(2026, 11, 31, 23, 59))).toBe('.episodes/logs/studySessions/2026-12.laptop-1.jsonl');
    expect(logFileName('studySessions', 'desktop', Date.UTC(2027, 0, 1))).toBe('.episodes/logs/studySessions/2027-01.desktop.jsonl');
    expect(() => logFileName('studySessions', '../x', 0)).toThrow(/device id/);
  });

  it('read back what was written, skip a damaged line and git’s merge markers, and keep both sides of a merge', () => {
    const a = put('laptop', 1, 10, 's1', { minutes: 30 });
    const b = put('desktop', 1, 11, 's2', { minutes: 45 });
    const text = `${serializeLog([a])}<<<<<<< HEAD\n${serializeLog([b])}=======\n{"broken\n>>>>>>> theirs\n`;
    const parsed = parseLog(text);
    expect(parsed.records).toEqual([a, b]);
    expect(parsed.unreadable).toEqual([5]);
  });

  it('merge field by field: the latest change of each field wins, with the device breaking a tie in time', () => {
    const merged = rows([
      put('laptop', 1, 100, 's1', { minutes: 30, note: 'first' }),
      put('desktop', 1, 200, 's1', { minutes: 45 }),
      put('laptop', 2, 200, 's1', { note: 'same ms' }),
    ]);
    // minutes from the desktop (t=200); the note from the laptop's t=200 change ('laptop' > 'desktop').
    expect(merged).toEqual({ s1: { id: 's1', minutes: 45, note: 'same ms' } });
  });

  it('keep a deletion unless a later change brings the record back, whole', () => {
    expect(rows([put('laptop', 1, 100, 's1', { minutes: 30 }), del('desktop', 1, 150, 's1')])).toEqual({});
    // Edited on a device that had not heard of the deletion: back, with every field it had.
    expect(rows([put('laptop', 1, 100, 's1', { minutes: 30, note: 'a' }), del('desktop', 1, 150, 's1'), put('laptop', 2, 160, 's1', { note: 'b' })])).toEqual({
      s1: { id: 's1', minutes: 30, note: 'b' },
    });
  });

  it('give the same rows whatever order the files and their lines arrive in, and count a record copied twice once', () => {
    const record = fc.oneof(
      fc.record({ device: fc.constantFrom('laptop', 'desktop'), seq: fc.nat(3), at: fc.integer({ min: 0, max: 5 }), id: fc.constantFrom('s1', 's2', 's3'), minutes: fc.nat(120) }).map((r) => put(r.device, r.seq, r.at, r.id, { minutes: r.minutes, by: r.device })),
      fc.record({ device: fc.constantFrom('laptop', 'desktop'), seq: fc.nat(3), at: fc.integer({ min: 0, max: 5 }), id: fc.constantFrom('s1', 's2', 's3') }).map((r) => del(r.device, r.seq, r.at, r.id)),
    );
    fc.assert(
      fc.property(fc.array(record, { maxLength: 30 }), fc.func(fc.integer()), (records, key) => {
        const shuffled = [...records, ...records.slice(0, 5)].map((r, i) => ({ r, k: key(i) })).sort((x, y) => x.k - y.k).map((x) => x.r);
        expect(JSON.stringify([...mergeRecords(shuffled)].map(([t, m]) => [t, [...m.rows], [...m.deleted].sort()]))).toBe(
          JSON.stringify([...mergeRecords(records)].map(([t, m]) => [t, [...m.rows], [...m.deleted].sort()])),
        );
      }),
      { numRuns: 300 },
    );
  });

  it('merge the settings that follow the person key by key, the latest write winning', () => {
    const laptop = { defaultAlpha: { value: 0.01, at: 300, device: 'laptop' }, weekStartsOn: { value: 1, at: 100, device: 'laptop' } };
    const desktop = { defaultAlpha: { value: 0.05, at: 200, device: 'desktop' }, weekStartsOn: { value: 0, at: 250, device: 'desktop' } };
    expect(mergeSettings(laptop, desktop)).toEqual({ defaultAlpha: laptop.defaultAlpha, weekStartsOn: desktop.weekStartsOn });
    expect(mergeSettings(desktop, laptop)).toEqual(mergeSettings(laptop, desktop));
  });
});

describe('review cards from the merged review log', () => {
  const day = 86_400_000;
  const t0 = Date.UTC(2026, 10, 2, 9);
  const attempt = (id: string, at: number, rating: 1 | 2 | 3 | 4) => ({ id, cardId: 'gen:power', kind: 'generator' as const, topic: 'power', questionId: null, answeredAt: at, rating });

  it('two devices practising offline end with the card ts-fsrs gives for the same answers in time order', () => {
    const laptop = [attempt('a1', t0, 3), attempt('a3', t0 + 4 * day, 1)];
    const desktop = [attempt('a2', t0 + 2 * day, 4), attempt('a4', t0 + 9 * day, 3)];
    const card = cardsFromReviews([...desktop, ...laptop]).get('gen:power')!;
    // The reference: ts-fsrs itself (no fuzz, as the app), the four answers in time order.
    const scheduler = fsrs({ enable_fuzz: false });
    let reference = createEmptyCard(new Date(t0));
    for (const a of [...laptop, ...desktop].sort((x, y) => x.answeredAt - y.answeredAt)) reference = scheduler.next(reference, new Date(a.answeredAt), a.rating as Grade).card;
    expect(card.due).toBe(reference.due.getTime());
    expect(card.stability).toBeCloseTo(reference.stability, 10);
    expect(card.difficulty).toBeCloseTo(reference.difficulty, 10);
    expect(card.reps).toBe(4);
    expect(card.lapses).toBe(1);
    expect(cardsFromReviews([...laptop, ...desktop]).get('gen:power')).toEqual(card);
  });
});
