import { describe, expect, it } from 'vitest';
import { eventsToCsv, eventsToTimeline } from '../../src/domain/exportEvents';
import { NO_FILTERS, visibleEvents } from '../../src/domain/filters';
import { parseTimelineJson } from '../../src/domain/loadTimeline';
import { indexTimeline } from '../../src/domain/timelineIndex';
import { smallTimeline } from '../fixtures/smallTimeline';
import { parseCsv } from '../support/csv';

const index = indexTimeline(smallTimeline);

describe('eventsToCsv', () => {
  const events = visibleEvents(index.events, { ...NO_FILTERS, country: ['GL', 'VE'] });
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
});

describe('eventsToTimeline', () => {
  it('writes a timeline.json that loads again with the same events and only what they use', () => {
    const events = visibleEvents(index.events, { ...NO_FILTERS, country: ['VE'] });
    const exported = eventsToTimeline(index, events);
    const loaded = parseTimelineJson('export.json', JSON.parse(JSON.stringify(exported)));
    expect(loaded.ok && loaded.timeline.events.map((e) => e.id)).toEqual(['maduro-detained']);
    expect(loaded.ok && loaded.leftOut).toEqual([]);
    expect(exported.documents.map((d) => d.id)).toEqual(['maduro-detained']);
    expect(exported.actors.map((a) => a.id).sort()).toEqual(['nicolas-maduro', 'us-forces']);
    expect(exported.countries.map((c) => c.code).sort()).toEqual(['US', 'VE']);
  });
});
