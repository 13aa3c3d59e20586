/**
 * Property: any ids load and select, including the names every object has (`__proto__`,
 * `constructor`, `hasOwnProperty`, …). A timeline is built with such ids for its events, actors
 * and articles, read through the loader (JSON text, as the app fetches it), indexed, and each
 * event selected in the store: the selection, the event's row, its facet counts, its passages
 * in the reader, the link that names it and its place on the timeline all come back right.
 */
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { selectPassagesByDocument, selectUngroupedSpecs } from '../../../src/state/selectors';
import { resetNewslineStore, useNewslineStore } from '../../../src/state/store';
import { facetTable, visibleEvents } from '../../../src/domain/facetTable';
import { NO_FILTERS } from '../../../src/domain/filters';
import { groupsForIndex } from '../../../src/domain/grouping';
import { parseTimelineText } from '../../../src/domain/loadTimeline';
import type { Timeline } from '../../../src/domain/schema';
import { indexTimeline } from '../../../src/domain/timelineIndex';
import { timelineItemSpecs } from '../../../src/domain/timelineItems';
import { DEFAULT_URL_STATE, decodeUrlState, encodeUrlState } from '../../../src/domain/urlState';
import { layoutRows } from '../../../src/domain/rowLayout';

/** A window over every date a test event can have, 2,000 px wide, every event an item. */
const wholeWindowOptions = (events: number): Parameters<typeof layoutRows>[2] => ({
  window: { start: Date.UTC(1900, 0, 1), end: Date.UTC(2100, 0, 1) },
  width: 2000,
  laneHeight: 28,
  gap: 4,
  padding: 2,
  pointInset: 6,
  pointWidth: () => 100,
  minRangeWidth: 24,
  aggregateWidth: 72,
  everyItemUpTo: events,
  everyItemInRowUpTo: 0,
  laneBudget: 48,
  maxLanes: 6,
  selectedId: null,
});

const OBJECT_MEMBER_NAMES = [
  ...Object.getOwnPropertyNames(Object.prototype),
  'prototype',
  'then',
  'length',
  '0',
];

const idArbitrary = fc.oneof(
  fc.constantFrom(...OBJECT_MEMBER_NAMES),
  fc.string({ minLength: 1, maxLength: 12 }),
  fc.constantFrom(...OBJECT_MEMBER_NAMES).map((name) => `#${name}`),
);

const TEXT = 'The minister said so on Monday. Officials agreed on Tuesday.';

/** A valid timeline of 1–8 events, 1–4 actors and 1–2 articles, all with the given ids. */
const timelineArbitrary = fc
  .record({
    eventIds: fc.uniqueArray(idArbitrary, { minLength: 1, maxLength: 8 }),
    actorIds: fc.uniqueArray(idArbitrary, { minLength: 1, maxLength: 4 }),
    documentIds: fc.uniqueArray(idArbitrary, { minLength: 1, maxLength: 2 }),
  })
  .map(({ eventIds, actorIds, documentIds }): Timeline => ({
    schemaVersion: 1,
    documents: documentIds.map((id) => ({
      id,
      file: `${id}.txt`,
      title: `Article ${id}`,
      published: '2026-01-05',
      text: TEXT,
    })),
    actors: actorIds.map((id) => ({ id, name: `Name of ${id}`, aliases: [], kind: 'person' })),
    countries: [{ code: 'MX', name: 'Mexico' }],
    events: eventIds.map((id, i) => ({
      id,
      title: `Event ${i}`,
      type: 'statement',
      date: { start: `2026-01-0${(i % 9) + 1}`, granularity: 'day', basis: 'explicit' },
      actors: [actorIds[i % actorIds.length] ?? ''],
      countries: ['MX'],
      sources: [{ documentId: documentIds[i % documentIds.length] ?? '', start: i, end: i + 10 }],
    })),
  }));

afterEach(() => resetNewslineStore());

describe('any ids (property)', () => {
  it('load, index and select every event, and every view derived from it is right', () => {
    fc.assert(
      fc.property(timelineArbitrary, (timeline) => {
        resetNewslineStore();
        const loaded = parseTimelineText('timeline.json', JSON.stringify(timeline));
        expect(loaded.ok).toBe(true);
        if (!loaded.ok) return;
        expect(loaded.leftOut).toEqual([]);
        const index = indexTimeline(loaded.timeline);
        expect(index.events.map((e) => e.id).sort()).toEqual(
          timeline.events.map((e) => e.id).sort(),
        );

        const table = facetTable(index);
        const rows = new Map(groupsForIndex(index, 'actor').map((g) => [g.id, g.label]));
        const specs = new Map(selectUngroupedSpecs(index).map((s) => [s.id, s]));
        const passages = selectPassagesByDocument(index);
        for (const event of timeline.events) {
          useNewslineStore.getState().selectEvent(event.id);
          const selected = useNewslineStore.getState().selectedEventId;
          expect(selected).toBe(event.id);
          expect(index.eventById.get(selected ?? '')?.title).toBe(event.title);
          // Its row is its actor's, named by the actor's name.
          const actor = event.actors[0] ?? '';
          const [spec] = timelineItemSpecs([event], 'actor');
          expect(rows.get(spec?.group ?? '')).toBe(`Name of ${actor}`);
          expect(specs.get(event.id)?.title).toBe(event.title);
          // Filtering by its actor keeps it; the facet knows its actor.
          expect(table.actor.numberOf.has(actor)).toBe(true);
          const filters = { ...NO_FILTERS, actor: [actor] };
          expect(visibleEvents(index, filters).map((e) => e.id)).toContain(event.id);
          // The reader marks its passage in its article.
          const source = event.sources[0];
          const marks = passages.get(source?.documentId ?? '') ?? [];
          expect(marks.filter((m) => m.id === event.id)).toHaveLength(1);
          // A link to it names it, and the widget knows it by a key that leads back to it.
          const link = encodeUrlState({ ...DEFAULT_URL_STATE, selectedEventId: event.id });
          expect(decodeUrlState(link).selectedEventId).toBe(event.id);
          // The timeline lays it out in its row, as an item or counted.
          const layout = layoutRows(
            groupsForIndex(index, 'actor'),
            timelineItemSpecs(index.events, 'actor'),
            wholeWindowOptions(index.events.length),
          );
          const placedRow = layout.rows.find((r) => r.group.id === spec?.group);
          expect(placedRow?.items.map((i) => i.spec.id)).toContain(event.id);
        }
      }),
      { numRuns: 200 },
    );
  });
});
