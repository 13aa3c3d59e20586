/**
 * Sentence boundaries inside one paragraph, as exact offsets into the raw text.
 * A sentence ends at . ! ? (and any closing quotes or brackets after it) followed by white space
 * and a capital, a digit or an opening quote, unless the full stop belongs to an abbreviation
 * (titles such as Gen. or Sen., months such as Jan., initials, "U.S." before a name).
 * Hand-written rather than wink-nlp: once paragraphs are split on line breaks it finds every
 * sentence of the seed benchmark, its offsets need no re-alignment, and it adds no model to the
 * browser bundle.
 * A "sentence" longer than LONGEST_SENTENCE is read in pieces.
 * Limits: an abbreviation that really ends a sentence ("... moved to the U.S. The next day")
 * is split only when the next word is a usual sentence opener.
 */
import { cutPoint as safeCut } from '../../domain/utf16';
import { trimSpan, type Span } from './span';

/** Abbreviations whose full stop does not end a sentence. */
const ABBREVIATIONS = new Set([
  'mr',
  'mrs',
  'ms',
  'dr',
  'prof',
  'gen',
  'lt',
  'col',
  'maj',
  'capt',
  'cmdr',
  'adm',
  'sgt',
  'cpl',
  'pvt',
  'sen',
  'rep',
  'gov',
  'pres',
  'amb',
  'sec',
  'atty',
  'supt',
  'rev',
  'fr',
  'hon',
  'st',
  'mt',
  'ft',
  'jr',
  'sr',
  'no',
  'nos',
  'vs',
  'etc',
  'inc',
  'corp',
  'ltd',
  'co',
  'bros',
  'dept',
  'est',
  'approx',
  'fig',
  'vol',
  'ed',
  'al',
  'jan',
  'feb',
  'mar',
  'apr',
  'jun',
  'jul',
  'aug',
  'sep',
  'sept',
  'oct',
  'nov',
  'dec',
  'mon',
  'tue',
  'tues',
  'wed',
  'thu',
  'thur',
  'thurs',
  'fri',
  'sat',
  'sun',
]);

/** Words that open a new sentence after a dotted acronym ("... to the U.S. The ..."). */
const OPENERS = new Set([
  'the',
  'a',
  'an',
  'he',
  'she',
  'it',
  'they',
  'we',
  'i',
  'you',
  'this',
  'that',
  'these',
  'those',
  'in',
  'on',
  'at',
  'but',
  'and',
  'however',
  'meanwhile',
  'there',
  'his',
  'her',
  'their',
  'its',
  'our',
  'after',
  'before',
  'while',
  'when',
  'as',
  'if',
  'yet',
  'still',
]);

// The run of stops and closing quotes is taken whole (a lookahead captures it, \1 consumes it)
// and only from its first character: backtracking into it made a line of 50,000 dots take 6 s.
const CANDIDATE = /(?<![.!?…])(?=([.!?…]+["”’')\]]*))\1(?=\s+["“‘'([]?[\p{Lu}\d])/gu;

function wordBefore(text: string, end: number): string {
  const m = /([\p{L}.]+)$/u.exec(text.slice(Math.max(0, end - 24), end));
  return m?.[1] ?? '';
}

function wordAfter(text: string, from: number): string {
  const m = /^\s+["“‘'([]?([\p{L}]+)/u.exec(text.slice(from, from + 40));
  return m?.[1] ?? '';
}

function isBoundary(text: string, dot: number, after: number): boolean {
  if (text.charAt(dot) !== '.') return true;
  const word = wordBefore(text, dot);
  if (/^(?:\p{L}\.)+\p{L}$/u.test(word)) {
    // A dotted acronym: U.S., U.N., E.U.
    return OPENERS.has(wordAfter(text, after).toLowerCase());
  }
  if (/^\p{Lu}$/u.test(word)) return false; // an initial: "John F. Kennedy"
  const lower = word.toLowerCase();
  // "No. 5" and "Nos. 3-4" abbreviate "number"; "No." before a word is the answer "No."
  if (lower === 'no' || lower === 'nos') return !/^\s+\d/u.test(text.slice(after, after + 3));
  return !ABBREVIATIONS.has(lower);
}

/**
 * The longest stretch read as one sentence. Text with no sentence punctuation (a transcript, a
 * list run together, a line of one word repeated) is read in pieces of at most this many
 * characters, each ended at the last clause break (a comma, semicolon, colon or dash) or else
 * the last space before the limit, so that every later reading of a sentence stays bounded.
 */
export const LONGEST_SENTENCE = 2_000;

/** A sentence's offsets; `cut` when the length limit, not punctuation, ended it. */
export interface SentenceSpan extends Span {
  cut?: true;
}

const CLAUSE_BREAK = /[,;:]\s|\s[—–-]\s/gu;

/** Where a piece of text[from, end) that is too long is cut: after a clause break or a space. */
function cutPoint(text: string, from: number): number {
  const limit = from + LONGEST_SENTENCE;
  const window = text.slice(from + LONGEST_SENTENCE / 2, limit);
  let clause = -1;
  CLAUSE_BREAK.lastIndex = 0;
  for (let m = CLAUSE_BREAK.exec(window); m; m = CLAUSE_BREAK.exec(window))
    clause = m.index + m[0].length;
  if (clause > 0) return from + LONGEST_SENTENCE / 2 + clause;
  const space = window.lastIndexOf(' ');
  if (space >= 0) return from + LONGEST_SENTENCE / 2 + space + 1;
  // No break at all: cut anywhere but inside a surrogate pair.
  return safeCut(text, limit);
}

/** The span, or its pieces when it is longer than LONGEST_SENTENCE. */
function pushBounded(text: string, span: Span, out: SentenceSpan[]): void {
  let from = span.start;
  while (span.end - from > LONGEST_SENTENCE) {
    const cut = cutPoint(text, from);
    const piece = trimSpan(text, { start: from, end: cut });
    if (piece.end > piece.start) out.push({ ...piece, cut: true });
    from = cut;
  }
  const rest = trimSpan(text, { start: from, end: span.end });
  if (rest.end > rest.start) out.push(from === span.start ? rest : { ...rest, cut: true });
}

export function splitSentences(text: string, block: Span): SentenceSpan[] {
  const out: SentenceSpan[] = [];
  const slice = text.slice(block.start, block.end);
  let from = 0;
  CANDIDATE.lastIndex = 0;
  for (let m = CANDIDATE.exec(slice); m; m = CANDIDATE.exec(slice)) {
    const end = m.index + m[0].length;
    if (!isBoundary(slice, m.index, end)) continue;
    const span = trimSpan(text, { start: block.start + from, end: block.start + end });
    if (span.end > span.start) pushBounded(text, span, out);
    from = end;
  }
  const last = trimSpan(text, { start: block.start + from, end: block.end });
  if (last.end > last.start) pushBounded(text, last, out);
  return out;
}
