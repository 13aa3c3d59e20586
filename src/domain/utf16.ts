/**
 * Cutting text without splitting a character that takes two UTF-16 units (an emoji, a rare
 * ideograph): the one rule every cut of untrusted text uses.
 */

/** `at`, or one before it when `at` falls between the two halves of a surrogate pair. */
export function cutPoint(text: string, at: number): number {
  const code = text.charCodeAt(at - 1);
  return code >= 0xd800 && code <= 0xdbff ? at - 1 : at;
}
