/**
 * Document metadata read from the page itself: the headline, the byline and the publication
 * date ("Updated: March 3, 2025", "Mon, 03/03/2025 - 09:15", a dateline "CITY, Month D, YYYY –").
 * A sidecar file can override each of them; this module only reads what the text says.
 * Limits: numeric dates are read month-first, as English-language US pages print them.
 */
import { findDateMentions } from './dates';
import type { Block } from './text/layout';

export interface TextMetadata {
  title: string;
  byline?: string;
  published?: string;
}

const NAME = String.raw`\p{Lu}[\p{L}'’.-]+(?:\s+(?:\p{Lu}[\p{L}'’.-]+|de|da|del|van|von|la|le|bin|al|and|AND))*`;
const BY = new RegExp(String.raw`(?:^|\s)[Bb]y\s+(${NAME})`, 'u');
const LEADING_NAME = new RegExp(String.raw`^(${NAME})\s*(?:[·|•,]|\sin\s|$)`, 'u');

/** A year no reader would date a modern article to. */
const DUMMY_REFERENCE = '2000-01-01';

/** The first day written out with its year in `text` ("March 3, 2025", "3 Mar 2025 09:15 GMT"). */
export function explicitDay(text: string): string | undefined {
  // Only a date that writes its year counts: a text with no four digits is not given to chrono.
  if (!/\d{4}/u.test(text)) return undefined;
  for (const m of findDateMentions(text, { published: DUMMY_REFERENCE })) {
    if (m.date.granularity === 'day' && m.date.basis === 'explicit' && /\d{4}/u.test(m.text)) {
      return m.date.start;
    }
  }
  return undefined;
}

/** "MARIA SANCHEZ and TOM BAKER" reads "Maria Sanchez and Tom Baker". */
function nameCase(name: string): string {
  const bare = name.replace(/\band\b/gu, '');
  if (bare !== bare.toUpperCase()) return name;
  return name
    .toLowerCase()
    .replace(/(^|[\s'’-])(\p{L})/gu, (_m, sep: string, c: string) => `${sep}${c.toUpperCase()}`)
    .replace(/\bAnd\b/u, 'and');
}

function bylineOf(text: string): string | undefined {
  const by = BY.exec(text);
  if (by?.[1]) return nameCase(by[1].trim());
  const lead = LEADING_NAME.exec(text);
  if (lead?.[1] && !/^(?:Updated|Published|Posted)/u.test(lead[1])) return lead[1].trim();
  return undefined;
}

export function readMetadata(blocks: readonly Block[]): TextMetadata {
  const headline =
    blocks.find((b) => b.kind === 'headline') ?? blocks.find((b) => b.kind === 'body');
  const firstBody = blocks.findIndex((b) => b.kind === 'body');
  const header = firstBody < 0 ? blocks : blocks.slice(0, firstBody);
  let byline: string | undefined;
  let published: string | undefined;
  for (const block of header) {
    if (block.kind !== 'byline') continue;
    byline ??= bylineOf(block.text);
    published ??= explicitDay(block.text);
  }
  // A dateline opens the first paragraph: "Lima, March 3, 2025 – ...".
  const lead = firstBody >= 0 ? blocks[firstBody] : undefined;
  if (published === undefined && lead) {
    const dash = /\s[–—-]\s/u.exec(lead.text.slice(0, 80));
    if (dash) published = explicitDay(lead.text.slice(0, dash.index));
  }
  for (const block of header) published ??= explicitDay(block.text);
  // A headline taken for body text (one ending in "&gt;;", or broken over two lines) ends the
  // header early; a time-stamp line just below it still dates the page.
  for (const block of blocks.slice(0, firstBody + 8)) {
    if (block.kind === 'byline') published ??= explicitDay(block.text);
  }
  return {
    title: headline?.text ?? '',
    ...(byline !== undefined ? { byline } : {}),
    ...(published !== undefined ? { published } : {}),
  };
}
