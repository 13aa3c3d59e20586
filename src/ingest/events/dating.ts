/**
 * Which of a sentence's date expressions dates its event, and what an undated event inherits.
 * Skipped: a year that qualifies a thing the actor owns ("his 2020 campaign"), the "now" of "now
 * in his second term", and a dateline or wire credit ("Lima, March 3, 2025 –", "TOKYO, Oct 22
 * (Wire) –"), which is used only when the sentence has no other date. An undated sentence takes the date of the statement it
 * continues (same paragraph, same speaker) or else the publication date, marked inferred.
 */
import type { DateFrom, EventDate } from '../../domain/schema';
import { findDateMentions, type DateMention } from '../dates';
import { creditLength } from '../text/dateline';

const OWNED = /(?:\b(?:his|her|their|its|our|my|your)|\p{L}['’]s)\s+$/iu;
/** The date module may keep the determiner in its match ("his 2020"). */
const OWNED_IN_MATCH = /^(?:his|her|their|its|our|my|your)\s/iu;
const NOT_A_DATE = /^(?:now|right now|by now|currently|these days)$/iu;

export interface DatePick {
  date: EventDate;
  /** Absolute offsets of the words it came from. */
  start: number;
  end: number;
}

/** The usable date mentions of a sentence, in text order; offsets absolute. */
export function usableDates(
  sentence: string,
  offset: number,
  mentions: readonly DateMention[],
): DateMention[] {
  const datelineEnd = creditLength(sentence) || -1;
  const usable = mentions.filter((m) => {
    if (NOT_A_DATE.test(m.text.trim())) return false;
    if (OWNED.test(sentence.slice(Math.max(0, m.start - 12), m.start))) return false;
    if (OWNED_IN_MATCH.test(m.text)) return false;
    // "vowed to end it by 2030": a deadline, not when the event happened.
    if (m.role === 'before') return false;
    return true;
  });
  const body = usable.filter((m) => m.start >= datelineEnd);
  const chosen = body.length > 0 ? body : usable;
  return chosen.map((m) => ({ ...m, start: m.start + offset, end: m.end + offset }));
}

export function publicationDate(published: string): EventDate {
  return { start: published, granularity: 'day', basis: 'inferred', from: { date: published } };
}

/** An earlier date of the article as what a later one was counted or taken from. */
export function asOrigin(date: EventDate): DateFrom {
  const words = date.text ?? date.from?.words;
  return words === undefined ? { date: date.start } : { date: date.start, words };
}

/**
 * A date read from words, with what it was worked out from when the words do not write it in
 * full: the publication day, or the earlier date a "two days later" counts from.
 */
export function countedFrom(date: EventDate, origin: DateFrom): EventDate {
  return date.basis === 'explicit' ? date : { ...date, from: origin };
}

/** The same date, told as inferred from the sentence it was taken from. */
export function inherited(date: EventDate): EventDate {
  return {
    start: date.start,
    ...(date.end !== undefined ? { end: date.end } : {}),
    granularity: date.granularity,
    basis: 'inferred',
    from: asOrigin(date),
  };
}

/**
 * Some time in the month before a date's first day: what "Following the raid, ..." says of the
 * raid when no date is given (a range, inferred, never a single invented day).
 */
export function monthBefore(date: EventDate): EventDate {
  const [y = 1970, m = 1, d = 1] = date.start.split('-').map(Number);
  const last = Date.UTC(y, m - 1, d) - 86_400_000;
  const iso = (t: number): string => new Date(t).toISOString().slice(0, 10);
  return {
    start: iso(last - 29 * 86_400_000),
    end: iso(last),
    granularity: 'range',
    basis: 'inferred',
    from: asOrigin(date),
  };
}

/**
 * The day a wire dateline gives ("TOKYO, Oct 22 (Wire) –"), read in the first body sentence: the
 * day the story was filed. Only a full day no later than publication counts.
 */
export function datelineDay(
  sentences: readonly { text: string; heading: boolean }[],
  published: string,
): string | undefined {
  const first = sentences.find((s) => !s.heading);
  if (!first) return undefined;
  const credit = creditLength(first.text);
  if (credit === 0) return undefined;
  const day = findDateMentions(first.text.slice(0, credit), { published }).find(
    (m) => m.date.granularity === 'day',
  );
  const start = day?.date.start;
  return start !== undefined && start <= published ? start : undefined;
}
