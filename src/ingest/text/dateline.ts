/**
 * A dateline opens a story with where (and often when) it was filed: "Lima, March 3,
 * 2025 – ", "BRUSSELS (AP) — ", "TOKYO, Jan 24 (Reuters) - ". It is not part of what happened:
 * titles drop it, and the agency named in it is not an actor.
 */
// A place and date, or a place in capitals (with an agency), then a dash between spaces:
// "U.S.-Mexico ties" has no dateline.
const DATELINE =
  /^(?:[^–—.!?]{2,60}\d{4}|\p{Lu}{3}[\p{Lu}\s.,'-]{0,40}(?:[\s,]+\p{Lu}\p{Ll}{2,8}\.?\s+\d{1,2})?(?:\s*\([^)]{1,30}\))?)\s+[–—-]\s+/u;

/** How many characters the sentence's dateline takes (0 when it has none). */
export function datelineLength(sentence: string): number {
  return DATELINE.exec(sentence)?.[0].length ?? 0;
}

/**
 * Where a wire credit ends: "(Wire) TOKYO, Jan 24 (AGENCY) -- ", "(Feed- Some Agency (SA))
 * CITY, Jan 24 (SA) -- ". The agencies named in it filed the story; none of them acted in it.
 */
const CREDIT = /^[^.!?]{0,160}?\)\s*(?:--|[–—-])\s+/u;

/** How many characters the sentence's credit and dateline take (0 when it has none). */
/** A date line that opens a saved page ("date 2026-01-05", "Updated: 2026-01-05"): metadata. */
const DATE_LINE = /^\s*(?:(?:date|published|updated|posted)\s*:?\s*)?\d{4}-\d{2}-\d{2}\s+/iu;

export function creditLength(sentence: string): number {
  const line = DATE_LINE.exec(sentence)?.[0].length ?? 0;
  const rest = sentence.slice(line);
  return line + Math.max(datelineLength(rest), CREDIT.exec(rest)?.[0].length ?? 0);
}
