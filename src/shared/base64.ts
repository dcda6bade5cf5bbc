// Bytes to base64 and back. Where the engine has them (Chromium 140+: the desktop app and the
// browser) the native Uint8Array.prototype.toBase64 / Uint8Array.fromBase64 do it in one call, a
// few milliseconds for a 5 MB screenshot; elsewhere (Node 20 in the unit tests) in chunks (a
// spread of millions of bytes overflows the call stack).
const CHUNK = 0x8000;

interface NativeBase64 {
  toBase64?: (this: Uint8Array) => string;
}
interface NativeFromBase64 {
  fromBase64?: (text: string) => Uint8Array;
}
const nativeTo = (Uint8Array.prototype as NativeBase64).toBase64;
const nativeFrom = (Uint8Array as unknown as NativeFromBase64).fromBase64;

export function bytesToBase64(bytes: Uint8Array): string {
  if (nativeTo) return nativeTo.call(bytes);
  let binary = '';
  for (let i = 0; i < bytes.length; i += CHUNK) binary += String.fromCharCode(...bytes.subarray(i, i + CHUNK));
  return btoa(binary);
}

/** undefined when `text` is not base64. */
export function base64ToBytes(text: string): Uint8Array | undefined {
  if (nativeFrom) {
    try {
      return nativeFrom(text);
    } catch {
      return undefined;
    }
  }
  let binary: string;
  try {
    binary = atob(text);
  } catch {
    return undefined;
  }
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i += 1) bytes[i] = binary.charCodeAt(i);
  return bytes;
}
