/**
 * The filtered events as files a reader can take away: CSV (one row per event, with its passages)
 * and JSON in the timeline.json format (only the documents, actors and countries those events
 * use), which Newsline itself can load again.
 *
 * CSV cells that a spreadsheet would run as a formula (starting with =, +, -, @, tab or carriage
 * return) are prefixed with an apostrophe: article text is untrusted.
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

function csvCell(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
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
  return [CSV_COLUMNS.join(','), ...rows].join('\r\n') + '\r\n';
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
