// File names every desktop OS (and every sync engine between them) can hold: what the app names a
// file, and what main agrees to create. Shared by the episode module and the shell.

/**
 * The longest file or folder name, in UTF-8 bytes, the app creates: file systems allow 255, and the
 * temp file of an atomic write (`.<name>.<pid>.<random>.episodes-tmp`) needs ~35 more.
 */
export const MAX_WRITTEN_NAME_BYTES = 200;

/** Names Windows reserves in every folder, with any extension (`con.md`, `aux`, `lpt1.txt`). */
const WINDOWS_RESERVED = /^(con|prn|aux|nul|com[0-9\u00b9\u00b2\u00b3]|lpt[0-9\u00b9\u00b2\u00b3])(\..*)?$/i;

export function isWindowsReservedName(segment: string): boolean {
  return WINDOWS_RESERVED.test(segment);
}

export function utf8Length(text: string): number {
  return new TextEncoder().encode(text).length;
}

/** `text` cut at a character boundary to at most `maxBytes` of UTF-8. */
export function cutToBytes(text: string, maxBytes: number): string {
  if (utf8Length(text) <= maxBytes) return text;
  let bytes = 0;
  let end = 0;
  for (const char of text) {
    const size = utf8Length(char);
    if (bytes + size > maxBytes) break;
    bytes += size;
    end += char.length;
  }
  return text.slice(0, end);
}
