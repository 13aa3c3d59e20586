/**
 * Words of a sentence with their offsets: the unit that name, title and verb rules look at.
 * "U.S." and "Ortiz-Blanco" are one word each; a trailing "'s" is cut off and remembered.
 */
export interface Word {
  start: number;
  end: number;
  text: string;
  /** Starts with a capital letter. */
  capitalised: boolean;
  /** Was followed by 's or ’s (not part of text/end). */
  possessive: boolean;
}

const WORD =
  /\p{L}[\p{L}\p{M}\p{N}]*(?:[.'’-]\p{L}[\p{L}\p{M}\p{N}]*)*\.?|\p{N}[\p{N},.]*\p{N}|\p{N}/gu;
/** Words whose final full stop is theirs (titles, initials), not the sentence's. */
const KEEPS_DOT =
  /^(?:\p{L}\.)+$|^(?:\p{L}\.)+\p{L}\.$|^(?:Mr|Mrs|Ms|Dr|Gen|Sen|Rep|Gov|Lt|Col|Maj|Capt|Adm|Sgt|St|Jr|Sr|Pres|Amb|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.$/u;

const CAPITALISED = /^\p{Lu}/u;

/** Whether the word starts with a capital: an ASCII letter by its code, any other by \p{Lu}. */
function isCapitalised(w: string): boolean {
  const first = w.charCodeAt(0);
  if (first >= 65 && first <= 90) return true;
  if (first < 128) return false;
  return CAPITALISED.test(w);
}

export function wordsOf(text: string, offset = 0): Word[] {
  const out: Word[] = [];
  WORD.lastIndex = 0;
  for (let m = WORD.exec(text); m; m = WORD.exec(text)) {
    let w = m[0];
    if (w.endsWith('.') && !KEEPS_DOT.test(w)) w = w.slice(0, -1);
    // Read for every word of every sentence, so without a regular expression where a comparison
    // does: a trailing 's or ’s.
    const possessive = w.length > 2 && (w.endsWith("'s") || w.endsWith('’s'));
    if (possessive) w = w.slice(0, -2);
    const start = offset + m.index;
    out.push({
      start,
      end: start + w.length,
      text: w,
      capitalised: isCapitalised(w),
      possessive,
    });
  }
  return out;
}
