/**
 * Story time: the dates a sentence's events take, read against the tense of the sentence and the
 * dates the story has told so far.
 * - A duration is not a calendar date: "the first in 13 years", "its highest level in 17 years".
 * - A sentence gives one event per distinct date it names ("born in 1961 ... first elected in
 *   1993"); a date inside another one it names ("one year ago, on September 1, 2024") is the same.
 * - Nothing told in the past tense happened after publication: a date the words leave without a
 *   year ("in December", "on January 1") that lands after publication moves back a year; a
 *   weekday in the future tense ("Starting Sunday, drivers will pay") is the next one, not the
 *   last one.
 * Limits: tense is read from the first tensed verb of the sentence, not per clause.
 */
import type { EventDate } from '../../domain/schema';
import type { DateMention } from '../dates';
import type { Token } from '../nlp/tagger';
import { firstFiniteVerb } from '../nlp/clauses';

export type Tense = 'past' | 'present' | 'future';

const PAST_AUX = new Set(['was', 'were', 'had', 'did', "'d", '’d']);
const FUTURE_AUX = new Set(['will', 'shall', "'ll", '’ll']);
/** "is set to", "plans to", "starting Sunday": the sentence looks ahead. */
const LOOKS_AHEAD =
  /\b(?:will|shall|is (?:set|due|expected|scheduled|slated) to|are (?:set|due|expected|scheduled|slated) to|plans? to|planning to|starting|beginning|from next|next)\b/iu;

/** The tokens outside quotation marks: a quote keeps the tense of its speaker, not the report's. */
function outsideQuotes(tokens: readonly Token[]): Token[] {
  const out: Token[] = [];
  let inside = false;
  for (const t of tokens) {
    if (/^[“”"]$/u.test(t.text)) {
      inside = t.text === '“' ? true : t.text === '”' ? false : !inside;
      continue;
    }
    if (!inside) out.push(t);
  }
  return firstFiniteVerb(out) >= 0 ? out : [...tokens];
}

export function tenseOf(tokens: readonly Token[], text: string): Tense {
  const reported = outsideQuotes(tokens);
  const i = firstFiniteVerb(reported);
  const verb = reported[i];
  const word = verb?.text.toLowerCase() ?? '';
  if (FUTURE_AUX.has(word)) return 'future';
  if (verb && PAST_AUX.has(word)) return 'past';
  if (verb && verb.pos === 'VERB' && word !== verb.lemma && !/s$/u.test(word)) return 'past';
  return LOOKS_AHEAD.test(text) ? 'future' : 'present';
}

/** "the first in 13 years", "highest in 17 years", "in the past 10 years": a span of time. */
const DURATION =
  /^(?:in|for|over)\s+(?:the\s+(?:past|last)\s+)?(?:\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|several|many)\s+(?:years?|months?|weeks?|days?|decades?)$/iu;
const RECORD_BEFORE =
  /\b(?:first|last|highest|lowest|biggest|largest|smallest|worst|best|most|least|strongest|weakest|time|ever|record)\b[^.]{0,30}$/iu;

export function isDuration(sentence: string, m: DateMention, offset: number): boolean {
  if (!DURATION.test(m.text.trim())) return false;
  return RECORD_BEFORE.test(sentence.slice(0, m.start - offset)) || /^for|^over/iu.test(m.text);
}

const DAY = 86_400_000;
const toTime = (iso: string): number =>
  Date.parse(`${iso.padEnd(10, '-01').slice(0, 10)}T00:00:00Z`);
const isoDayOf = (t: number): string => new Date(t).toISOString().slice(0, 10);

function shiftYears(iso: string, years: number): string {
  const [y = '0', ...rest] = iso.split('-');
  return [String(Number(y) + years).padStart(4, '0'), ...rest].join('-');
}

/** The date as the tense reads it: the past is not after publication, a coming weekday is ahead. */
export function readInTense(
  date: EventDate,
  tense: Tense,
  published: string,
  words: string,
): EventDate {
  if (date.basis !== 'relative' || date.end !== undefined) return date;
  const start = toTime(date.start);
  const pub = toTime(published);
  if (tense === 'past' && start > pub && !/\b(?:next|coming|tomorrow)\b/iu.test(words)) {
    // A weekday moves back a week; a month or day of the year, a year.
    const weekday = /\b(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?\b/iu.test(
      words,
    );
    if (weekday && date.granularity === 'day' && start - pub <= 7 * DAY)
      return { ...date, start: isoDayOf(start - 7 * DAY) };
    if (date.granularity === 'day' || date.granularity === 'month')
      return { ...date, start: shiftYears(date.start, -1) };
  }
  if (tense === 'future' && date.granularity === 'day' && start < pub && pub - start < 7 * DAY) {
    const weekday = /\b(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?\b/iu.test(
      words,
    );
    if (weekday && !/\blast\b/iu.test(words)) return { ...date, start: isoDayOf(start + 7 * DAY) };
  }
  return date;
}

/** One date of each distinct time: a date inside another named date is told by the finer one. */
export function distinctDates(mentions: readonly DateMention[]): DateMention[] {
  const kept: DateMention[] = [];
  for (const m of mentions) {
    const same = kept.findIndex(
      (k) => k.date.start.startsWith(m.date.start) || m.date.start.startsWith(k.date.start),
    );
    if (same < 0) kept.push(m);
    else {
      const other = kept[same];
      // The finer of the two (a day over its year) tells the time.
      if (other && m.date.start.length > other.date.start.length) kept[same] = m;
    }
  }
  return kept;
}
