import { existsSync } from 'node:fs';

/** The browser for end-to-end tests: $CHROME_PATH, else Debian's /usr/bin/chromium. */
export function findChromium(): string {
  const candidates = [process.env.CHROME_PATH, '/usr/bin/chromium'].filter((p): p is string => Boolean(p));
  const found = candidates.find((path) => existsSync(path));
  if (!found) {
    throw new Error(
      'No Chromium found for the browser tests. Install one with `sudo apt-get install -y chromium fonts-liberation`, ' +
        'or set CHROME_PATH to a Chrome or Chromium executable.',
    );
  }
  return found;
}

export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
