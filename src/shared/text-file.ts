// Bytes of a markdown or text file to a string, the same way for the journal folder (main) and
// for Import (the page): UTF-8 with or without a byte-order mark, UTF-16 with one; anything else
// that is not valid UTF-8, or holds NUL characters, is refused with a reason a person can act on.

export type DecodedText = { text: string; encoding: 'utf-8' | 'utf-16le' | 'utf-16be' } | { error: string };

function bomEncoding(bytes: Uint8Array): { encoding: 'utf-8' | 'utf-16le' | 'utf-16be'; skip: number } | undefined {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { encoding: 'utf-8', skip: 3 };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { encoding: 'utf-16le', skip: 2 };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { encoding: 'utf-16be', skip: 2 };
  return undefined;
}

/** `name` is only used in messages ("notes.md is not UTF-8 text"). */
export function decodeTextFile(bytes: Uint8Array, name: string): DecodedText {
  const bom = bomEncoding(bytes);
  const encoding = bom?.encoding ?? 'utf-8';
  // UTF-16 holds zero bytes in every ASCII character; UTF-8 text never does.
  if (encoding === 'utf-8' && bytes.includes(0)) return { error: `${name} looks like a binary file, not text.` };
  let text: string;
  try {
    text = new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(bom ? bytes.subarray(bom.skip) : bytes);
  } catch {
    return { error: `${name} is not UTF-8 text. Save it as UTF-8 (or UTF-16 with a byte-order mark) and try again.` };
  }
  if (text.includes('\0')) return { error: `${name} looks like a binary file, not text.` };
  return { text, encoding };
}

/** A file with nothing but white space: not an episode yet (the folder scan and Import both skip it). */
export function isBlankText(text: string): boolean {
  return text.trim() === '';
}
