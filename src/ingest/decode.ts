/**
 * An article's bytes to its text. UTF-8 is judged on the bytes with a fatal decoder, so valid
 * UTF-8 that holds U+FFFD itself is read like any other character. Bytes that are not UTF-8 but
 * read as Latin-1 (Windows-1252) are decoded as such with a warning, so nothing is lost; anything
 * else that is not UTF-8 is refused. Web APIs only: the browser can decode a dropped file alike.
 */

export type DecodedArticle =
  { readonly text: string; readonly warning?: string } | { readonly error: string };

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
const windows1252 = new TextDecoder('windows-1252');

/** Windows-1252 at 0x80–0x9F; `undefined` for its five unassigned bytes. */
// prettier-ignore
const WINDOWS_1252_C1: readonly (string | undefined)[] = [
  '€', undefined, '‚', 'ƒ', '„', '…', '†', '‡', 'ˆ', '‰', 'Š', '‹', 'Œ', undefined, 'Ž', undefined,
  undefined, '‘', '’', '“', '”', '•', '–', '—', '˜', '™', 'š', '›', 'œ', undefined, 'ž', 'Ÿ',
];

export const LATIN1_WARNING =
  'the file is not UTF-8 but looks like Latin-1 (Windows-1252); it was read as such, save it as UTF-8 to be sure';

/** The article text exactly as the file holds it (a BOM and CRLF kept), or why it cannot be. */
export function decodeArticle(bytes: Uint8Array): DecodedArticle {
  if (bytes.includes(0)) return { error: 'the file is binary (it contains NUL bytes)' };
  try {
    return { text: utf8.decode(bytes) };
  } catch {
    if (looksLikeWindows1252(bytes))
      return { text: decodeWindows1252(bytes), warning: LATIN1_WARNING };
    return { error: 'the file is not valid UTF-8' };
  }
}

/**
 * Text that is not UTF-8 reads as Windows-1252 when it holds no well-formed UTF-8 multi-byte
 * sequence: a UTF-8 article cut inside a character ("caf\xC3\xA9 … \xE2\x80") holds some and
 * stays refused, while "caf\xE9" holds none.
 */
function looksLikeWindows1252(bytes: Uint8Array): boolean {
  for (let i = 0; i < bytes.length; i++) {
    const byte = bytes[i] ?? 0;
    if (byte < 0x80) continue;
    if (byte <= 0x9f && WINDOWS_1252_C1[byte - 0x80] === undefined) return false;
    if (utf8SequenceAt(bytes, i)) return false;
  }
  return true;
}

/** Whether a well-formed UTF-8 multi-byte sequence starts at `i` (RFC 3629, table 3-7). */
function utf8SequenceAt(bytes: Uint8Array, i: number): boolean {
  const lead = bytes[i] ?? 0;
  const length = lead >= 0xf5 ? 0 : lead >= 0xf0 ? 4 : lead >= 0xe0 ? 3 : lead >= 0xc2 ? 2 : 0;
  if (length === 0) return false;
  // The second byte's range is narrower after these leads (no overlong forms, no surrogates).
  const low = lead === 0xe0 ? 0xa0 : lead === 0xf0 ? 0x90 : 0x80;
  const high = lead === 0xed ? 0x9f : lead === 0xf4 ? 0x8f : 0xbf;
  for (let k = 1; k < length; k++) {
    const next = bytes[i + k];
    if (next === undefined) return false;
    if (k === 1 ? next < low || next > high : next < 0x80 || next > 0xbf) return false;
  }
  return true;
}

/**
 * Latin-1 for most bytes, then 0x80–0x9F mapped by hand: Node 20's TextDecoder('windows-1252')
 * reads them as Latin-1 control characters (0x80 becomes U+0080, not '€').
 */
function decodeWindows1252(bytes: Uint8Array): string {
  return windows1252
    .decode(bytes)
    .replace(/[\u0080-\u009F]/gu, (c) => WINDOWS_1252_C1[c.charCodeAt(0) - 0x80] ?? c);
}
