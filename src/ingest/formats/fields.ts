/**
 * Metadata values as a page or a front matter gives them, cleaned into ArticleMeta's form: text
 * on one line, a publication day as YYYY-MM-DD, a web address that is http or https. A value
 * that cannot be read is left out (undefined), never thrown: a file's metadata is untrusted.
 */
import { isIsoDay } from '../checks';
import { explicitDay } from '../metadata';
import type { ArticleMeta } from '../types';

/** What reading one file gives, before the file's name and format are added. */
export type FormatReading =
  { text: string; meta: ArticleMeta; warnings: string[] } | { error: string };

/** The fields whose value is known, for a type whose optional fields may not hold undefined. */
export function defined<T extends object>(fields: T): { [K in keyof T]: Exclude<T[K], undefined> } {
  return Object.fromEntries(Object.entries(fields).filter(([, v]) => v !== undefined)) as {
    [K in keyof T]: Exclude<T[K], undefined>;
  };
}

/** The longest metadata value kept; anything longer is page text, not a title or a name. */
const LONGEST_VALUE = 300;

/** A value's text on one line with its spaces collapsed, or undefined when there is none. */
export function oneLine(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const text = value.replace(/\s+/gu, ' ').trim();
  return text.length > 0 && text.length <= LONGEST_VALUE ? text : undefined;
}

/** Whether two texts say the same words, whatever their case and spacing. */
export function sameWords(a: string, b: string): boolean {
  const key = (s: string): string => s.replace(/\s+/gu, ' ').trim().toLowerCase();
  return key(a) === key(b);
}

/**
 * A byline as the names it gives: without its leading "By", and without what a page prints after
 * a separator ("By Ana Ruiz · 5 March 2024", "Ana Ruiz | Energy correspondent").
 */
export function personName(value: unknown): string | undefined {
  const text = oneLine(value)
    ?.replace(/^by\s+/iu, '')
    .split(/\s[·•|—–]\s/u)[0]
    ?.trim();
  return text === undefined || text.length === 0 ? undefined : text;
}

/** An absolute http or https address; `javascript:`, `data:` and relative ones are dropped. */
export function webAddress(value: unknown): string | undefined {
  if (typeof value !== 'string' || value.length > 2000) return undefined;
  let url: URL;
  try {
    url = new URL(value.trim());
  } catch {
    return undefined;
  }
  return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : undefined;
}

// The day as the publisher wrote it: "2024-03-05T23:30:00-05:00" was published on March 5 where
// it was written, though it was March 6 in UTC.
const ISO_DAY_FIRST = /^(\d{4})-(\d{2})-(\d{2})(?=$|[T\s])/u;
const SLASHED_DAY_FIRST = /^(\d{4})[/.](\d{1,2})[/.](\d{1,2})(?=$|[T\s])/u;
const COMPACT_DAY = /^(\d{4})(\d{2})(\d{2})(?=$|T)/u;

/** A publication date in any common form as YYYY-MM-DD, or undefined when it is not one. */
export function publishedDay(value: unknown): string | undefined {
  if (value instanceof Date) {
    return Number.isNaN(value.getTime()) ? undefined : value.toISOString().slice(0, 10);
  }
  if (typeof value === 'number' && Number.isInteger(value)) return publishedDay(String(value));
  const text = oneLine(value);
  if (text === undefined) return undefined;
  const parts = ISO_DAY_FIRST.exec(text) ?? SLASHED_DAY_FIRST.exec(text) ?? COMPACT_DAY.exec(text);
  if (parts) {
    const [, year = '', month = '', day = ''] = parts;
    const iso = `${year}-${month.padStart(2, '0')}-${day.padStart(2, '0')}`;
    return isIsoDay(iso) ? iso : undefined;
  }
  return explicitDay(text);
}
