import { describe, expect, it } from 'vitest';
import { eventsToCsv, eventsToTimeline } from '../../src/domain/exportEvents';
import { visibleEvents } from '../../src/domain/facetTable';
import { NO_FILTERS } from '../../src/domain/filters';
import { parseTimelineJson } from '../../src/domain/loadTimeline';
import { indexTimeline } from '../../src/domain/timelineIndex';
import { smallTimeline } from '../fixtures/smallTimeline';
import { parseCsv } from '../support/csv';

const index = indexTimeline(smallTimeline);

describe('eventsToCsv', () => {
  const events = visibleEvents(index, { ...NO_FILTERS, country: ['GL', 'VE'] });
  const rows = parseCsv(eventsToCsv(index, events));
  const header = rows[0] ?? [];
  const column = (row: string[] | undefined, name: string): string | undefined =>
    row?.[header.indexOf(name)];

  it('has a header and one row per event', () => {
    expect(header).toContain('passages');
    expect(rows).toHaveLength(1 + events.length);
  });

  it('keeps each passage exactly, quotes and markup included', () => {
    const greenland = rows.find((r) => column(r, 'id') === 'greenland-remarks');
    expect(column(greenland, 'passages')).toBe(
      'Trump also spoke about Greenland in January 2026. <script>alert(1)</script> <img src=x onerror="alert(2)">',
    );
    expect(column(greenland, 'actors')).toBe('Donald Trump');
    expect(column(greenland, 'countries')).toBe('Greenland; United States');
    expect(column(greenland, 'date')).toBe('January 2026');
  });

  it('defuses cells a spreadsheet would run as formulas', () => {
    const risky = {
      ...smallTimeline.events[0],
      id: 'f',
      title: '=HYPERLINK("x")',
    } as (typeof smallTimeline.events)[0];
    const [, row] = parseCsv(eventsToCsv(index, [risky]));
    expect(column(row, 'title')).toBe('\'=HYPERLINK("x")');
  });

  const titled = (title: string): string => {
    const event = {
      ...smallTimeline.events[0],
      id: 'f',
      title,
    } as (typeof smallTimeline.events)[0];
    const [, row] = parseCsv(eventsToCsv(index, [event]));
    return column(row, 'title') ?? '';
  };

  it.each([
    ['a leading line feed', '\n=1+2'],
    ['a leading tab', '\t=1+2'],
    ['a leading carriage return', '\r=1+2'],
    ['a leading space', ' =1+2'],
    ['leading spaces and a no-break space', '  \u00A0+1'],
    ['a full-width equals sign', '\uFF1DHYPERLINK("http://example.test")'],
    ['a full-width plus sign', '\uFF0B1'],
    ['a full-width minus sign', '\uFF0D1'],
    ['a full-width at sign', '\uFF20SUM(A1)'],
    ['a zero-width space before =', '\u200B=1+2'],
    ['a zero-width joiner and a space before @', '\u200D @SUM(A1)'],
    ['a control character before -', '\u0007-1'],
    ['a byte order mark before +', '\uFEFF+1'],
  ])('defuses a formula behind %s, keeping the text', (_reason, title) => {
    expect(titled(title)).toBe(`'${title}`);
  });

  it.each([
    ['plain words', 'Ministers met in Oslo'],
    ['a formula sign later on', 'Talks: 2+2 = 4'],
    ['a leading space before words', ' Ministers met'],
    ['a full-width letter', '\uFF21gency report'],
  ])('leaves %s as written', (_reason, title) => {
    expect(titled(title)).toBe(title);
  });

  it('opens with a UTF-8 byte order mark, so that spreadsheets read accents and scripts right', () => {
    const csv = eventsToCsv(index, events);
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(csv.slice(1).startsWith('id,date,')).toBe(true);
  });
});

describe('eventsToTimeline', () => {
  it('writes a timeline.json that loads again with the same events and only what they use', () => {
    const events = visibleEvents(index, { ...NO_FILTERS, country: ['VE'] });
    const exported = eventsToTimeline(index, events);
    const loaded = parseTimelineJson('export.json', JSON.parse(JSON.stringify(exported)));
    expect(loaded.ok && loaded.timeline.events.map((e) => e.id)).toEqual(['maduro-detained']);
    expect(loaded.ok && loaded.leftOut).toEqual([]);
    expect(exported.documents.map((d) => d.id)).toEqual(['maduro-detained']);
    expect(exported.actors.map((a) => a.id).sort()).toEqual(['nicolas-maduro', 'us-forces']);
    expect(exported.countries.map((c) => c.code).sort()).toEqual(['US', 'VE']);
  });
});
