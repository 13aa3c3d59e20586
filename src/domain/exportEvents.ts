/**
 * The filtered events as files a reader can take away: CSV (one row per event, with its passages)
 * and JSON in the timeline.json format (only the documents, actors and countries those events
 * use), which Newsline itself can load again.
 *
 * CSV cells that a spreadsheet would run as a formula are prefixed with an apostrophe: article
 * text is untrusted. Spreadsheets skip leading spaces, line breaks, control and zero-width
 * characters before they look for a formula, and some read the full-width ＝＋－＠ as their ASCII
 * forms, so the first character after those is what is checked. The file opens with a UTF-8 byte
 * order mark, without which Excel reads it in the machine's legacy code page.
 */
import { formatEventDate } from './dates';
import { SCHEMA_VERSION, type Timeline, type TimelineEvent } from './schema';
import { actorName, countryName, documentTitle, type TimelineIndex } from './timelineIndex';

const CSV_COLUMNS = [
  'id',
  'date',
  'start',
  'end',
  'granularity',
  'basis',
  'date_text',
  'title',
  'type',
  'actors',
  'countries',
  'sources',
  'passages',
] as const;

/** Marks the text as UTF-8 for spreadsheets that would otherwise guess another encoding. */
export const UTF8_BOM = '\uFEFF';

/**
 * What a spreadsheet may pass over before the first character it reads: white space (tab, line
 * feed, carriage return, space, no-break and other Unicode spaces), control characters, and the
 * zero-width and direction marks.
 */
const SKIPPED_LEAD = /^[\s\p{Cc}\p{Cf}]*/u;

/** Characters that start a formula, ASCII and full-width (U+FF1D ＝, U+FF0B ＋, U+FF0D －, U+FF20 ＠). */
const FORMULA_START = /^[=+\-@\uFF1D\uFF0B\uFF0D\uFF20]/;

/** True when a spreadsheet could read the cell as a formula. */
export function looksLikeFormula(value: string): boolean {
  const rest = value.replace(SKIPPED_LEAD, '');
  // A cell of nothing but tabs and line breaks is harmless; one that opens with them is not.
  return FORMULA_START.test(rest) || /^[\t\r\n]/.test(value);
}

/** One quoted CSV cell, its text unchanged but for the apostrophe a formula-like cell gets. */
export function csvCell(value: string): string {
  const safe = looksLikeFormula(value) ? `'${value}` : value;
  return `"${safe.replace(/"/g, '""')}"`;
}

function passages(index: TimelineIndex, event: TimelineEvent): string[] {
  return event.sources.map(
    (s) => index.documentById.get(s.documentId)?.text.slice(s.start, s.end) ?? '',
  );
}

export function eventsToCsv(index: TimelineIndex, events: readonly TimelineEvent[]): string {
  const rows = events.map((event) => {
    const cells: Record<(typeof CSV_COLUMNS)[number], string> = {
      id: event.id,
      date: formatEventDate(event.date),
      start: event.date.start,
      end: event.date.end ?? '',
      granularity: event.date.granularity,
      basis: event.date.basis,
      date_text: event.date.text ?? '',
      title: event.title,
      type: event.type,
      actors: event.actors.map((id) => actorName(index, id)).join('; '),
      countries: event.countries.map((code) => countryName(index, code)).join('; '),
      sources: event.sources.map((s) => documentTitle(index, s.documentId)).join('; '),
      passages: passages(index, event).join('\n\n'),
    };
    return CSV_COLUMNS.map((column) => csvCell(cells[column])).join(',');
  });
  // CRLF rows, as RFC 4180 has them; line breaks inside quoted cells stay as they are.
  return UTF8_BOM + [CSV_COLUMNS.join(','), ...rows].join('\r\n') + '\r\n';
}

export function eventsToTimeline(index: TimelineIndex, events: readonly TimelineEvent[]): Timeline {
  const documentIds = new Set(events.flatMap((e) => e.sources.map((s) => s.documentId)));
  const actorIds = new Set(events.flatMap((e) => e.actors));
  const codes = new Set(events.flatMap((e) => e.countries));
  const { timeline } = index;
  return {
    schemaVersion: SCHEMA_VERSION,
    documents: timeline.documents.filter((d) => documentIds.has(d.id)),
    actors: timeline.actors.filter((a) => actorIds.has(a.id)),
    countries: timeline.countries.filter((c) => codes.has(c.code)),
    events: [...events],
  };
}
