// The import rules of docs/architecture.md are lint rules: a wrong import fails `npm run lint` and CI.
import { ESLint } from 'eslint';
import { resolve } from 'node:path';
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
});
