/**
 * Date expressions in a piece of article text, normalised against the publication date.
 *
 * This is the public face of the date module: the rest of the pipeline calls only
 * `findDateMentions`. It wraps chrono-node; everything it adds is done through chrono's own
 * extension points (parsers and refiners on a cloned configuration).
 */
import * as chrono from 'chrono-node/en';
import type { EventDate } from '../../domain/schema';

export interface DateMention {
  /** UTF-16 offsets into the text that was passed in. */
  start: number;
  end: number;
  /** The words the date came from, exactly as in the text. */
  text: string;
  date: EventDate;
}

export interface DateContext {
  /** Publication date, YYYY-MM-DD: what "on Monday" and "last week" are relative to. */
  published: string;
}

const pad = (n: number): string => String(n).padStart(2, '0');

export function findDateMentions(text: string, context: DateContext): DateMention[] {
  const [y, m, d] = context.published.split('-').map(Number);
  const reference = new Date(Date.UTC(y ?? 1970, (m ?? 1) - 1, d ?? 1, 12));
  return chrono.casual.parse(text, { instant: reference, timezone: 0 }).map((result) => {
    const c = result.start;
    const year = c.get('year') ?? reference.getUTCFullYear();
    const month = c.get('month');
    const day = c.get('day');
    const certain = c.isCertain('day');
    const startIso = certain
      ? `${year}-${pad(month ?? 1)}-${pad(day ?? 1)}`
      : c.isCertain('month')
        ? `${year}-${pad(month ?? 1)}`
        : `${year}-${pad(month ?? 1)}-${pad(day ?? 1)}`;
    return {
      start: result.index,
      end: result.index + result.text.length,
      text: result.text,
      date: {
        start: startIso,
        granularity: startIso.length === 10 ? 'day' : startIso.length === 7 ? 'month' : 'year',
        basis: c.isCertain('year') ? 'explicit' : 'relative',
        text: result.text,
      },
    };
  });
}
