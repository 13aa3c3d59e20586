/**
 * A country's flag as an emoji, made from its ISO 3166-1 alpha-2 code (two regional indicator
 * letters). Systems without flag glyphs show the two letters, which still read as the code.
 */
const REGIONAL_INDICATOR_A = 0x1f1e6;

export function flagEmoji(code: string): string {
  if (!/^[A-Z]{2}$/.test(code)) return '';
  return String.fromCodePoint(
    ...[...code].map((letter) => REGIONAL_INDICATOR_A + letter.charCodeAt(0) - 65),
  );
}
