// Checks what scripts/build-electron.mjs produced in .vite/ (it reaches into Forge plugin-vite's internals).
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '../..');
const read = (path: string) => readFileSync(join(root, path), 'utf8');

describe('the Electron build in .vite/', () => {
  it('has the main process, the preload and the renderer where package.json and main.ts expect them', () => {
    expect(JSON.parse(read('package.json')).main).toBe('.vite/build/main.js');
    for (const path of ['.vite/build/main.js', '.vite/build/preload.js', '.vite/renderer/main_window/index.html']) {
      expect(existsSync(join(root, path)), path).toBe(true);
    }
    expect(readdirSync(join(root, '.vite/renderer/main_window/assets')).some((f) => f.endsWith('.js'))).toBe(true);
  });

  it('bundles the sandboxed preload so that it requires nothing but electron', () => {
    const requires = [...read('.vite/build/preload.js').matchAll(/require\("([^"]+)"\)/g)].map((m) => m[1]);
    expect(new Set(requires)).toEqual(new Set(['electron']));
    expect(read('.vite/build/preload.js')).toContain('exposeInMainWorld("episodes"');
  });

  it('creates the window with isolation, sandbox and web security switched on', () => {
    const main = read('.vite/build/main.js');
    expect(main).toMatch(/contextIsolation:(!0|true)/);
    expect(main).toMatch(/sandbox:(!0|true)/);
    expect(main).toMatch(/nodeIntegration:(!1|false)/);
    expect(main).toMatch(/webSecurity:(!0|true)/);
    expect(main).toContain('requestSingleInstanceLock');
  });

  it.each(['search', 'preview'])('bundles a %s worker that touches no DOM (a worker has none; it would die and the work would fall back to the page)', (name) => {
    for (const dir of ['.vite/renderer/main_window/assets', 'dist-web/assets']) {
      const workers = readdirSync(join(root, dir)).filter((f) => f.startsWith(`${name}.worker-`) && f.endsWith('.js'));
      expect(workers, dir).toHaveLength(1);
      const code = read(join(dir, workers[0]!));
      expect(code.match(/(?<![\w$.'"`])(document|window)\.\w+/g) ?? [], dir).toEqual([]);
    }
  });

  it('ships the renderer with a Content-Security-Policy that forbids remote and inline script', () => {
    for (const html of [read('.vite/renderer/main_window/index.html'), read('dist-web/index.html')]) {
      const csp = html.match(/http-equiv="Content-Security-Policy" content="([^"]+)"/)?.[1] ?? '';
      expect(csp).toContain("script-src 'self';");
      expect(csp).not.toContain('unsafe-eval');
      expect(html).not.toMatch(/<script(?![^>]*src=)/);
    }
  });
});
