import { describe, expect, it } from 'vitest';
import {
  addModule,
  archiveCertification,
  moveModule,
  removeModule,
  renameCertification,
  setModulePercent,
  setModuleStatus,
  updateModule,
} from '../../../../src/domain/progress';
import type { Module } from '../../../../src/domain/progress';
import { cert, done, mod } from './builders';

const today = '2026-03-02';

describe('setModuleStatus', () => {
  it.each<{ name: string; from: Module; to: Module['status']; expected: Partial<Module>; absent: (keyof Module)[] }>([
    { name: 'start', from: mod('a', 4), to: 'in-progress', expected: { status: 'in-progress', percent: 0, startedOn: today }, absent: ['completedOn'] },
    {
      name: 'finish an in-progress module',
      from: mod('a', 4, { status: 'in-progress', percent: 40, startedOn: '2026-02-01' }),
      to: 'done',
      expected: { status: 'done', percent: 100, startedOn: '2026-02-01', completedOn: today },
      absent: [],
    },
    {
      name: 'reopen a done module: percent back to 0, completion cleared',
      from: done('a', 4, '2026-02-20', { startedOn: '2026-02-01' }),
      to: 'in-progress',
      expected: { status: 'in-progress', percent: 0, startedOn: '2026-02-01' },
      absent: ['completedOn'],
    },
    {
      name: 'reset to not started',
      from: done('a', 4, '2026-02-20', { startedOn: '2026-02-01' }),
      to: 'not-started',
      expected: { status: 'not-started', percent: 0 },
      absent: ['completedOn', 'startedOn'],
    },
  ])('$name', ({ from, to, expected, absent }) => {
    const result = setModuleStatus(cert([from]), 'a', to, today).modules[0]!;
    expect(result).toMatchObject(expected);
    for (const key of absent) expect(result[key]).toBeUndefined();
  });

  it('leaves the input untouched and ignores unknown ids', () => {
    const c = cert([mod('a', 4)]);
    const copy = structuredClone(c);
    setModuleStatus(c, 'a', 'done', today);
    expect(c).toEqual(copy);
    expect(setModuleStatus(c, 'zzz', 'done', today)).toBe(c);
  });
});

describe('setModulePercent', () => {
  it.each<{ name: string; from: Module; percent: number; expected: Partial<Module> }>([
    { name: '100 marks done', from: mod('a', 4, { status: 'in-progress', percent: 60 }), percent: 100, expected: { status: 'done', percent: 100, completedOn: today } },
    { name: '40 starts a module', from: mod('a', 4), percent: 40, expected: { status: 'in-progress', percent: 40, startedOn: today } },
    { name: '70 reopens a done module', from: done('a', 4, '2026-02-01'), percent: 70, expected: { status: 'in-progress', percent: 70 } },
    { name: '0 keeps an in-progress module in progress', from: mod('a', 4, { status: 'in-progress', percent: 30 }), percent: 0, expected: { status: 'in-progress', percent: 0 } },
    { name: '0 on a done module: not started', from: done('a', 4, '2026-02-01'), percent: 0, expected: { status: 'not-started', percent: 0 } },
  ])('$name', ({ from, percent, expected }) => {
    const r = setModulePercent(cert([from]), 'a', percent, today);
    expect(r.ok && r.value.modules[0]).toMatchObject(expected);
    if (r.ok && r.value.modules[0]!.status !== 'done') expect(r.value.modules[0]!.completedOn).toBeUndefined();
  });

  it.each([101, -1, Number.NaN])('rejects %s', (percent) => {
    expect(setModulePercent(cert([mod('a', 4)]), 'a', percent, today).ok).toBe(false);
  });
});

describe('moveModule', () => {
  const c = cert([mod('a', 1), mod('b', 1), mod('c', 1), mod('d', 1)]);
  it.each([
    { from: 0, to: 2, expected: 'bcad' },
    { from: 3, to: 0, expected: 'dabc' },
    { from: 1, to: 1, expected: 'abcd' },
    { from: 1, to: 99, expected: 'acdb' }, // clamped to the end
    { from: 2, to: -5, expected: 'cabd' }, // clamped to the start
    { from: 7, to: 0, expected: 'abcd' }, // bad source: unchanged
  ])('$from -> $to gives $expected', ({ from, to, expected }) => {
    expect(moveModule(c, from, to).modules.map((m) => m.id).join('')).toBe(expected);
  });
});

describe('addModule / removeModule / updateModule', () => {
  it('appends a not-started module with a trimmed course', () => {
    const r = addModule(cert([mod('a', 1)]), { id: 'b', title: ' Responsible AI ', course: ' Ethics ', estimatedHours: 2 });
    expect(r.ok && r.value.modules[1]).toEqual({ id: 'b', title: 'Responsible AI', course: 'Ethics', estimatedHours: 2, status: 'not-started', percent: 0, notes: '' });
  });

  it('inserts at an index and makes an id when none is given', () => {
    const r = addModule(cert([mod('a', 1), mod('b', 1)]), { title: 'New', estimatedHours: 1 }, 1);
    expect(r.ok && r.value.modules.map((m) => m.title)).toEqual(['Module a', 'New', 'Module b']);
    expect(r.ok && r.value.modules[1]!.id.length).toBeGreaterThan(0);
  });

  it.each([
    { draft: { title: '', estimatedHours: 1 }, errors: { title: 'Title cannot be empty.' } },
    { draft: { title: 'X', estimatedHours: -3 }, errors: { estimatedHours: 'Estimated hours cannot be negative.' } },
    { draft: { id: 'a', title: 'X', estimatedHours: 1 }, errors: { id: 'Module id "a" is already used.' } },
  ])('rejects $draft', ({ draft, errors }) => {
    expect(addModule(cert([mod('a', 1)]), draft)).toEqual({ ok: false, errors });
  });

  it('removes by id', () => {
    expect(removeModule(cert([mod('a', 1), mod('b', 1)]), 'a').modules.map((m) => m.id)).toEqual(['b']);
  });

  it('updates a module through validation', () => {
    const c = cert([mod('a', 1)]);
    const r = updateModule(c, { ...c.modules[0], title: 'Renamed', estimatedHours: 3 }, today);
    expect(r.ok && r.value.modules[0]).toMatchObject({ title: 'Renamed', estimatedHours: 3 });
    expect(updateModule(c, { ...c.modules[0], percent: 120 }, today)).toEqual({ ok: false, errors: { percent: 'Percent must be between 0 and 100.' } });
  });
});

describe('renameCertification / archiveCertification', () => {
  it.each([
    { name: '  AWS MLA-C01 ', expected: { ok: true, name: 'AWS MLA-C01' } },
    { name: '   ', expected: { ok: false, message: 'Name cannot be empty.' } },
  ])('rename to "$name"', ({ name, expected }) => {
    const r = renameCertification(cert([]), name);
    expect(r.ok ? { ok: true, name: r.value.name } : { ok: false, message: r.errors.name }).toEqual(expected);
  });

  it('archives and unarchives', () => {
    const archived = archiveCertification(cert([]));
    expect(archived.archived).toBe(true);
    expect(archiveCertification(archived, false).archived).toBe(false);
  });
});
