// The import rules of docs/architecture.md are lint rules: a wrong import fails `npm run lint` and CI.
import { ESLint } from 'eslint';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, relative, resolve, sep } from 'node:path';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint({ cwd: resolve(import.meta.dirname, '../../..') });

async function ruleIds(code: string, filePath: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: resolve(import.meta.dirname, '../../..', filePath) });
  return (result?.messages ?? []).map((m) => m.ruleId ?? m.message);
}

describe('architecture lint rules', () => {
  it.each([
    ['React inside src/domain', "import { useState } from 'react';\nexport const x = useState;\n", 'src/domain/episode/wrong.ts'],
    ['Dexie inside src/domain', "import Dexie from 'dexie';\nexport const x = Dexie;\n", 'src/domain/stats/wrong.ts'],
    ['Electron inside src/domain', "import { app } from 'electron';\nexport const x = app;\n", 'src/domain/week/wrong.ts'],
    ['the data layer inside src/domain', "import { getDatabase } from '../../data/db';\nexport const x = getDatabase;\n", 'src/domain/tags/wrong.ts'],
    ['a screen inside src/data', "import { JournalPage } from '../features/journal/JournalPage';\nexport const x = JournalPage;\n", 'src/data/wrong.ts'],
    ['the app inside a feature', "import { App } from '../../app/App';\nexport const x = App;\n", 'src/features/journal/wrong.ts'],
    ['the database inside a feature (repositories only)', "import { getDatabase } from '../../data/db';\nexport const x = getDatabase;\n", 'src/features/settings/wrong.ts'],
    ['a table type inside a feature', "import type { EpisodesDatabase } from '../../data/db';\nexport type X = EpisodesDatabase;\n", 'src/features/journal/wrong.ts'],
    ['Electron inside a screen', "import { shell } from 'electron';\nexport const x = shell;\n", 'src/features/journal/wrong.ts'],
    ['renderer code inside electron/', "import { getDatabase } from '../src/data/db';\nexport const x = getDatabase;\n", 'electron/wrong.ts'],
  ])('rejects %s', async (_label, code, file) => {
    expect(await ruleIds(code, file)).toContain('no-restricted-imports');
  });

  it.each([
    ['a deep import into another feature', "import { renderHtml } from '../preview/preview-data';\nexport const x = renderHtml;\n", 'src/features/journal/wrong.ts'],
    ['a deep import from a nested folder', "import { rememberedCursor } from '../../editor/cursor-memory';\nexport const x = rememberedCursor;\n", 'src/features/calculators/views/wrong.ts'],
    ['a re-export of another feature’s insides', "export { ensureJournalReady } from '../journal/journal-start';\n", 'src/features/editor/wrong.ts'],
  ])('rejects %s', async (_label, code, file) => {
    expect(await ruleIds(code, file)).toContain('episodes/feature-boundaries');
  });

  it.each([
    ['another feature through its index', "import { renderHtml } from '../preview';\nexport const x = renderHtml;\n", 'src/features/journal/ok.ts'],
    ['another feature through index by name', "import { renderHtml } from '../preview/index';\nexport const x = renderHtml;\n", 'src/features/journal/ok.ts'],
    ['a feature’s own files', "import { exportFileName } from './export-data';\nexport const x = exportFileName;\n", 'src/features/journal/ok.ts'],
    ['the app reaching into a feature', "import { JournalPage } from '../features/journal/JournalPage';\nexport const x = JournalPage;\n", 'src/app/ok.ts'],
  ])('allows %s', async (_label, code, file) => {
    expect(await ruleIds(code, file)).not.toContain('episodes/feature-boundaries');
  });

  it('rejects the DOM inside src/domain', async () => {
    expect(await ruleIds('export const title = () => document.title;\n', 'src/domain/episode/wrong.ts')).toContain('no-restricted-globals');
  });

  it.each([
    ['date-fns in src/domain', "import { format } from 'date-fns';\nexport const x = format;\n", 'src/domain/week/ok.ts'],
    ['the bridge contract in electron/', "import { bridgeContract } from '../src/shared/bridge';\nexport const x = bridgeContract;\n", 'electron/ok.ts'],
    ['a repository in a feature', "import { getSettingsRepo } from '../../data/settings-store';\nexport const x = getSettingsRepo;\n", 'src/features/settings/ok.ts'],
    ['the domain in src/data', "import { x as y } from '../domain/week/ok';\nexport const x = y;\n", 'src/data/ok.ts'],
  ])('allows %s', async (_label, code, file) => {
    expect(await ruleIds(code, file)).not.toContain('no-restricted-imports');
  });

  it('features import each other without cycles (the editor and the journal no longer import each other)', () => {
    const features = resolve(import.meta.dirname, '../../../src/features');
    const featureOf = (file: string) => relative(features, file).split(sep)[0];
    const edges = new Map<string, Set<string>>();
    for (const entry of readdirSync(features, { recursive: true, encoding: 'utf8' })) {
      if (!/\.tsx?$/.test(entry)) continue;
      const file = resolve(features, entry);
      const from = featureOf(file)!;
      for (const [, source] of readFileSync(file, 'utf8').matchAll(/from '(\.[^']+)'/g)) {
        const to = featureOf(resolve(dirname(file), source!));
        if (to && to !== from && !to.startsWith('..')) edges.set(from, (edges.get(from) ?? new Set()).add(to));
      }
    }
    const cycles: string[] = [];
    const visit = (node: string, path: string[]) => {
      if (path.includes(node)) return void cycles.push([...path.slice(path.indexOf(node)), node].join(' -> '));
      for (const next of edges.get(node) ?? []) visit(next, [...path, node]);
    };
    for (const node of edges.keys()) visit(node, []);
    expect(edges.get('journal')?.has('editor') ?? false).toBe(false);
    expect(cycles).toEqual([]);
  });
});
