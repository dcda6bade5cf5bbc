// The README a newcomer reads: what the app is and how to set it up first, the Node version the
// project states, how to open the built web app (on the port Vite really uses), the example
// episodes, and the current benchmark table without the story of earlier runs.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { resolveConfig } from 'vite';
import { describe, expect, it } from 'vitest';

const root = join(__dirname, '../../..');
const read = (path: string) => readFileSync(join(root, path), 'utf8');
const readme = read('README.md');
const pkg = JSON.parse(read('package.json')) as { engines?: { node?: string }; scripts: Record<string, string> };
const headings = [...readme.matchAll(/^## (.+)$/gm)].map((m) => m[1]);

/** '^20.19.0' holds 20.x.y from 20.19.0 up. */
function satisfiesCaret(range: string, version: string): boolean {
  const [rMajor, rMinor, rPatch] = range.replace(/^\^/, '').split('.').map(Number);
  const [major, minor = 0, patch = 0] = version.replace(/^v/, '').split('.').map(Number);
  if (major !== rMajor) return false;
  return minor! > rMinor! || (minor === rMinor && patch >= (rPatch ?? 0));
}

describe('README for a newcomer', () => {
  it('says what the app is, then how to set it up, before anything about the code or its speed', () => {
    expect(readme.indexOf('Episodes is an offline desktop app')).toBeLessThan(readme.indexOf('## Setup'));
    expect(headings[0]).toBe('Setup');
    for (const later of ['Scripts', 'Code layout', 'Security', 'Performance']) expect(headings.indexOf(later)).toBeGreaterThan(0);
  });

  it('states the Node version in engines and .nvmrc, and they agree (as does the Node running this)', () => {
    const range = pkg.engines?.node;
    expect(range).toMatch(/^\^20\.\d+\.\d+$/);
    const nvmrc = read('.nvmrc').trim();
    expect(satisfiesCaret(range!, nvmrc)).toBe(true);
    expect(satisfiesCaret(range!, process.version)).toBe(true);
    expect(readme).toContain('.nvmrc');
    expect(readme).toContain('Node.js 20');
  });

  it('shows how to open the built web app, on the port `npm run preview:web` serves', async () => {
    expect(pkg.scripts['preview:web']).toContain('vite preview --config vite.web.config.ts');
    const config = await resolveConfig({ configFile: join(root, 'vite.web.config.ts'), logLevel: 'silent' }, 'serve', 'production');
    expect(readme).toContain('npm run preview:web');
    expect(readme).toContain(`http://${config.preview.host}:${config.preview.port}`);
  });

  it('mentions the example episodes and where they come from', () => {
    expect(readme).toMatch(/example episodes/i);
    expect(readme).toContain('content/episodes/');
  });

  it('keeps the current benchmark table and leaves the story of earlier runs to bench/README.md', () => {
    expect(readme).toMatch(/^\| Figure \| Value \| Baseline \(same run\) \| Budget \| Result \|$/m);
    expect(readme).not.toMatch(/session \d/i);
    for (const story of ['Since that run', 'What made the passing rows pass', 'Changes behind the search and typing figures']) {
      expect(readme).not.toContain(story);
      expect(read('bench/README.md')).toContain(story);
    }
    expect(read('bench/README.md')).not.toMatch(/session \d/i);
  });
});
