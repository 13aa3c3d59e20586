/**
 * Date expressions in a piece of article text, normalised against the publication date.
 *
 * This is the public face of the date module: the rest of the pipeline calls only
 * `findDateMentions`. It runs one chrono-node instance extended through chrono's own parsers
 * and refiners (see `newsChrono`). Each mention carries exact UTF-16 offsets into the text
 * given, the words, an `EventDate` (basis `explicit` when the year is in the words, else
 * `relative`), a `role` (point, period, after "since", before "by") and, for dates counted
 * from an occasion ("two days later", "the next day"), `offsetFrom`. Mentions never overlap
 * and come in text order. Limits: English only; a text may be a sentence, a paragraph or a
 * whole article (long texts are read in pieces that end at line breaks).
 */
import type { ParsedResult } from 'chrono-node';
import { parseIsoDay } from './calendarDay';
import { mayHoldDate } from './mayHoldDate';
import { newsChrono } from './newsChrono';
import { textPieces } from './textPieces';
import { readDate, toDateMention, type DateMention, type ReadDate } from './toDateMention';

export type { DateMention } from './toDateMention';
export type { DateRole } from './data/yearCues';

export interface DateContext {
  /** Publication date, YYYY-MM-DD: what "on Monday" and "last week" are relative to. */
  published: string;
  /**
   * Date of the occasion the text belongs to, YYYY-MM-DD, when the caller knows it: what
   * "two days later", "the next day" and "that evening" count from. Without it they count from
   * the publication date and are marked `offsetFrom: 'publication'`.
   */
  anchor?: string;
}

function parseSafely(text: string, instant: Date): ParsedResult[] {
  try {
    return newsChrono.parse(text, { instant });
  } catch {
    // Article text is untrusted; a parser failure means no dates, not a failed article.
    return [];
  }
}

/**
 * chrono's own range patterns know only the hyphen, so "March 3–5, 2025" lost its second day
 * and its year. Each dash is one UTF-16 unit, as is the hyphen that replaces it, so offsets
 * into the replaced text are offsets into the original.
 */
const DASHES = /[\u2010\u2011\u2012\u2013\u2014\u2212]/g;

/**
 * chrono removes overlapping matches before its last refiners, one of which (the year-suffix
 * refiner) can extend a match over the next one ("March 1800" over "1800s"). The longer of two
 * overlapping mentions is kept, as chrono's own overlap removal does.
 */
function withoutOverlaps(mentions: DateMention[]): DateMention[] {
  const sorted = [...mentions].sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: DateMention[] = [];
  for (const m of sorted) {
    const last = kept[kept.length - 1];
    if (last === undefined || m.start >= last.end) kept.push(m);
    else if (m.end - m.start > last.end - last.start) kept[kept.length - 1] = m;
  }
  return kept;
}

/** Reference used when the publication date is unusable: only explicit dates are then kept. */
const FALLBACK_DAY = { year: 2000, month: 1, day: 1 };

/**
 * What chrono read in a text against one publication day, as plain data: it depends on nothing
 * else, so it can be read ahead (on another thread) and turned into mentions by findDateMentions
 * with the caller's anchor. Only the pieces that may hold a date are listed.
 */
export interface ReadDates {
  published: string;
  pieces: { offset: number; length: number; dates: ReadDate[] }[];
}

/** The instant chrono reads dates against: noon of the publication day, or of FALLBACK_DAY. */
function instantOf(published: string): Date {
  const reference = parseIsoDay(published) ?? FALLBACK_DAY;
  // chrono computes in the host's local time, and some of its refiners drop a time zone given
  // to it ("two days before Christmas" came out a day late east of UTC+12); local noon of the
  // publication day keeps every computation on the right calendar day in any zone.
  const instant = new Date(reference.year, reference.month - 1, reference.day, 12);
  // new Date reads years 0–99 as 1900–1999; set the year again so that they stay themselves.
  instant.setFullYear(reference.year);
  return instant;
}

export function readDates(text: string, published: string): ReadDates {
  const read: ReadDates = { published, pieces: [] };
  if (typeof text !== 'string' || text.length === 0) return read;
  const instant = instantOf(published);
  for (const piece of textPieces(text)) {
    if (!mayHoldDate(piece.text)) continue;
    read.pieces.push({
      offset: piece.offset,
      length: piece.text.length,
      dates: parseSafely(piece.text.replace(DASHES, '-'), instant).map(readDate),
    });
  }
  return read;
}

/**
 * The date mentions of `text`, from what chrono read in it: `read` when it was read ahead
 * against the same publication day, else read now.
 */
export function findDateMentions(
  text: string,
  context: DateContext,
  read?: ReadDates,
): DateMention[] {
  if (typeof text !== 'string' || text.length === 0) return [];
  const dates = read?.published === context.published ? read : readDates(text, context.published);
  const published = parseIsoDay(context.published);
  const reference = published ?? FALLBACK_DAY;
  const anchor = context.anchor === undefined ? null : parseIsoDay(context.anchor);
  const mentions: DateMention[] = [];
  for (const piece of dates.pieces) {
    const pieceText = text.slice(piece.offset, piece.offset + piece.length);
    const found: DateMention[] = [];
    for (const result of piece.dates) {
      const mention = toDateMention(pieceText, result, { published: reference, anchor });
      if (mention === null) continue;
      if (published === null && mention.date.basis !== 'explicit') continue;
      found.push(
        piece.offset === 0
          ? mention
          : { ...mention, start: mention.start + piece.offset, end: mention.end + piece.offset },
      );
    }
    for (const mention of withoutOverlaps(found)) mentions.push(mention);
  }
  return mentions;
}
