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
import { NUMBER_WORDS } from '../dates/data/relativePeriods';
import { firstFiniteVerb, outsideQuotes } from '../nlp/clauses';

export type Tense = 'past' | 'present' | 'future';

const PAST_AUX = new Set(['was', 'were', 'had', 'did', "'d", '’d']);
const FUTURE_AUX = new Set(['will', 'shall', "'ll", '’ll']);
/** "is set to", "plans to", "starting Sunday": the sentence looks ahead. */
const LOOKS_AHEAD =
  /\b(?:will|shall|is (?:set|due|expected|scheduled|slated) to|are (?:set|due|expected|scheduled|slated) to|plans? to|planning to|starting|beginning|from next|next)\b/iu;

/** A quote keeps the tense of its speaker, not the report's: read outside it when there is a verb there. */
function reportedTokens(tokens: readonly Token[]): readonly Token[] {
  const out = outsideQuotes(tokens);
  return firstFiniteVerb(out) >= 0 ? out : tokens;
}

/**
 * Verbs whose past is spelled as their base ("The bank cut rates", "A storm hit the coast"):
 * English's closed class of such irregular verbs. News tells the past, so they read as past.
 */
const SAME_FORM_PAST = new Set([
  'cut',
  'hit',
  'set',
  'beat',
  'spread',
  'quit',
  'put',
  'let',
  'shut',
  'hurt',
  'cost',
  'burst',
  'split',
  'cast',
  'bet',
  'bid',
  'broadcast',
  'forecast',
  'upset',
  'shed',
  'thrust',
  'slit',
  'spit',
  'offset',
  'outbid',
  'overcast',
  'reset',
  'recast',
  'undercut',
  'withset',
]);

export function tenseOf(tokens: readonly Token[], text: string): Tense {
  const reported = reportedTokens(tokens);
  const i = firstFiniteVerb(reported);
  const verb = reported[i];
  const word = verb?.text.toLowerCase() ?? '';
  if (FUTURE_AUX.has(word)) return 'future';
  if (verb && PAST_AUX.has(word)) return 'past';
  if (verb && verb.pos === 'VERB' && word !== verb.lemma && !/s$/u.test(word)) return 'past';
  if (verb && verb.pos === 'VERB' && SAME_FORM_PAST.has(word)) return 'past';
  return LOOKS_AHEAD.test(text) ? 'future' : 'present';
}

/** "the first in 13 years", "highest in 17 years", "in the past 10 years": a span of time. */
const DURATION =
  /^(?:in|for|over)\s+(?:the\s+(?:past|last)\s+)?(?:\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|several|many)\s+(?:years?|months?|weeks?|days?|decades?)$/iu;
const RECORD_BEFORE =
  /\b(?:first|last|highest|lowest|biggest|largest|smallest|worst|best|most|least|strongest|weakest|time|ever|record)\b[^.]{0,30}$/iu;

export function isDuration(sentence: string, m: DateMention, offset: number): boolean {
  if (!DURATION.test(m.text.trim())) return false;
  const before = sentence.slice(Math.max(0, m.start - offset - 60), m.start - offset);
  return RECORD_BEFORE.test(before) || /^(?:for|over|within)\b/iu.test(m.text);
}

const DAY = 86_400_000;
const WEEKDAY = /\b(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?\b/iu;
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
    const weekday = WEEKDAY.test(words);
    if (weekday && date.granularity === 'day' && start - pub <= 7 * DAY)
      return { ...date, start: isoDayOf(start - 7 * DAY) };
    if (date.granularity === 'day' || date.granularity === 'month')
      return { ...date, start: shiftYears(date.start, -1) };
  }
  if (tense === 'future' && start < pub && !/\b(?:last|ago|previous)\b/iu.test(words)) {
    // "will open in December", said in March: the coming December.
    if (date.granularity === 'month' || (date.granularity === 'day' && pub - start >= 7 * DAY))
      return { ...date, start: shiftYears(date.start, 1) };
  }
  if (tense === 'future' && date.granularity === 'day' && start < pub && pub - start < 7 * DAY) {
    const weekday = WEEKDAY.test(words);
    if (weekday && !/\blast\b/iu.test(words)) return { ...date, start: isoDayOf(start + 7 * DAY) };
  }
  return date;
}

/** "said on Tuesday that tariffs would rise from April": the clause before a date looks ahead. */
const AHEAD_BEFORE =
  /\b(?:will|would|shall|'ll|to be|set to|plans? to|planning to|expected to|due to|scheduled to|going to|aims? to)\b[^.;,]{0,60}$/iu;

/** The tense of the clause that holds a date: the sentence's, unless the words before it look ahead. */
export function tenseAt(sentence: string, offset: number, m: DateMention, tense: Tense): Tense {
  const before = sentence.slice(Math.max(0, m.start - offset - 70), m.start - offset);
  return AHEAD_BEFORE.test(before) ? 'future' : tense;
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

const MONTHS_OF_PART: Readonly<Record<string, readonly [number, number]>> = {
  early: [1, 4],
  mid: [5, 8],
  late: [9, 12],
};
const DAYS_OF_PART: Readonly<Record<string, readonly [number, number]>> = {
  early: [1, 10],
  mid: [11, 20],
  late: [21, 31],
};
/** "late last year", "the end of August", "mid-2024", "early in the year". */
const PART_BEFORE =
  /\b(early|earlier|mid|middle|late|later|end|beginning|start)(?:\s+(?:of|in))?(?:\s+the)?[\s-]*$/iu;
const PART_KEY: Readonly<Record<string, string>> = {
  early: 'early',
  earlier: 'early',
  beginning: 'early',
  start: 'early',
  mid: 'mid',
  middle: 'mid',
  late: 'late',
  later: 'late',
  end: 'late',
};
const YEARS_AGO =
  /^(?:about\s+|nearly\s+|almost\s+|some\s+)?(\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten)\s+years?\s+ago$/iu;

const pad = (n: number): string => String(n).padStart(2, '0');

/**
 * A part of a period keeps its part: "late last year" is its last third, "the end of August"
 * its last ten days; "a year ago" is the month of publication a year back, not the whole year.
 */
export function withPart(
  m: DateMention,
  sentence: string,
  offset: number,
  published: string,
): DateMention {
  const ago = YEARS_AGO.exec(m.text.trim());
  if (ago?.[1]) {
    const n = NUMBER_WORDS[ago[1].toLowerCase()] ?? Number(ago[1]);
    const [y = 0, mo = 1] = published.split('-').map(Number);
    return {
      ...m,
      date: {
        ...m.date,
        start: `${String(y - n).padStart(4, '0')}-${pad(mo)}`,
        granularity: 'month',
      },
    };
  }
  const before = sentence.slice(Math.max(0, m.start - offset - 24), m.start - offset);
  const word = PART_BEFORE.exec(before)?.[1] ?? /^(early|mid|late)[\s-]/iu.exec(m.text)?.[1];
  const part = word ? PART_KEY[word.toLowerCase()] : undefined;
  if (part === undefined || m.date.end !== undefined) return m;
  const [y, mo] = m.date.start.split('-');
  if (m.date.granularity === 'year' && y) {
    const [from, to] = MONTHS_OF_PART[part] ?? [1, 12];
    return {
      ...m,
      date: { ...m.date, start: `${y}-${pad(from)}`, end: `${y}-${pad(to)}`, granularity: 'range' },
    };
  }
  if (m.date.granularity === 'month' && y && mo) {
    const [from, to] = DAYS_OF_PART[part] ?? [1, 28];
    const last = new Date(Date.UTC(Number(y), Number(mo), 0)).getUTCDate();
    return {
      ...m,
      date: {
        ...m.date,
        start: `${y}-${mo}-${pad(from)}`,
        end: `${y}-${mo}-${pad(Math.min(to, last))}`,
        granularity: 'range',
      },
    };
  }
  return m;
}

/** "for the next five years", "over the past decade": a span, not a date. */
const SPAN =
  /^(?:the\s+)?(?:next|past|last|coming|following)\s+(?:\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|several|many|few)\s+(?:years?|months?|weeks?|days?|decades?)$/iu;
export const isSpan = (m: DateMention): boolean => SPAN.test(m.text.trim());

/** A date written as part of a thing ("the 2022 deal", "a 19th-century tiara"), not a time. */
const ATTACHED_BEFORE =
  /\b(?:in|on|at|since|from|during|until|till|of|between|and|to|by|before|after|around|as of)\s+(?:the\s+|early\s+|late\s+|mid-?|last\s+|next\s+|this\s+|that\s+)?$/iu;
const RELATIVE_WORDS =
  /\b(?:ago|yesterday|today|tomorrow|tonight|last|next|this|earlier|later|previous|following)\b|day$/iu;

/** Whether a date the sentence names tells when something happened (and so is an event's). */
export function tellsWhen(m: DateMention, sentence: string, offset: number): boolean {
  if (/century|centuries/iu.test(m.text)) return false;
  if (RELATIVE_WORDS.test(m.text)) return true;
  if (/^(?:in|on|at|since|from|during|until|by)\s/iu.test(m.text)) return true;
  const before = sentence.slice(Math.max(0, m.start - offset - 16), m.start - offset);
  return ATTACHED_BEFORE.test(before) || /,\s*$/u.test(before);
}

/** "After the vote on Monday, the party ...": a leading clause dates itself, not the main one. */
const LEADING_CLAUSE =
  /^\s*(?:after|following|before|since|when|while|as|despite|amid|ahead of|prior to)\b[^,]{0,160},/iu;
const SUBORDINATE =
  /\s(?:after|before|because|since|when|while|although|as|until|once|following)\s|,\s+(?:which|who|where)\s/u;

/**
 * The dates of the sentence's main clause: not those of a leading "After ..." clause, nor those
 * after a subordinating word that follows the main verb ("vowed to act after figures showed a
 * fall in July"). `verbEnd` is where the main verb ends (absolute), when known.
 */
export function mainClauseDates(
  sentence: string,
  offset: number,
  verbEnd: number | undefined,
  dates: readonly DateMention[],
): DateMention[] {
  const lead = LEADING_CLAUSE.exec(sentence);
  const from = lead ? offset + lead[0].length : offset;
  let limit = offset + sentence.length;
  if (verbEnd !== undefined && verbEnd >= from) {
    const cut = SUBORDINATE.exec(sentence.slice(verbEnd - offset));
    if (cut) limit = verbEnd + cut.index;
  }
  // "Lekhak, who took office on July 15, 2024, had informed": a relative clause between the
  // subject and its verb dates itself.
  const enclosed: [number, number][] = [];
  for (const m of sentence.matchAll(RELATIVE_CLAUSE))
    enclosed.push([offset + m.index, offset + m.index + m[0].length]);
  return dates.filter(
    (d) =>
      d.start >= from &&
      d.start < limit &&
      d.role !== 'after' &&
      !/century|centuries/iu.test(d.text) &&
      !enclosed.some(([a, b]) => d.start >= a && d.end <= b),
  );
}

/** ", who took office on July 15, 2024," (the comma of a date does not close the clause). */
const RELATIVE_CLAUSE = /,\s+(?:who|which|whose|where)\s(?:[^,]|,\s*\d{4}\b){1,120},/gu;
