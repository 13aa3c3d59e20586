/**
 * Whether an article's text can be read at all: not empty, not binary. Whether its bytes were
 * UTF-8 is judged on the bytes (decode.ts): U+FFFD in the text is a character like any other.
 */

/** Why the text cannot be ingested, or undefined when it can. */
export function unreadableReason(text: string): string | undefined {
  if (text.replace(/^\uFEFF/u, '').trim().length === 0) return 'the file is empty';
  if (text.includes('\u0000')) return 'the file is binary (it contains NUL bytes)';
  // eslint-disable-next-line no-control-regex
  const control = (text.match(/[\u0001-\u0008\u000E-\u001F]/gu) ?? []).length;
  if (control > text.length / 100) return 'the file is binary (too many control characters)';
  return undefined;
}

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/u;

export function isIsoDay(s: string): boolean {
  if (!ISO_DAY.test(s)) return false;
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
}
