/**
 * The events' facet values as flat typed arrays, built once per loaded timeline: for each facet,
 * every distinct value gets a number and each event the (deduplicated) numbers of its values.
 * Facet counts and filter masks then run as tight loops over integers instead of string
 * comparisons, which keeps a filter click at 100,000 events to a few milliseconds. This is the
 * one implementation of the filters (filters.ts says what they mean): visibleMask and
 * visibleEvents for what is shown, countValues for the counts beside each option.
 * Limits: the events are the index's, in its order; the tables never change after building.
 */
import { FACETS, facetValues, type Facet, type Filters, type SearchMatches } from './filters';
import type { TimelineEvent } from './schema';
import type { TimelineIndex } from './timelineIndex';

export interface FacetColumn {
  /** The distinct values, by number. */
  readonly values: readonly string[];
  readonly numberOf: ReadonlyMap<string, number>;
  /** Event i has the values numbered valueIds[offsets[i]] .. valueIds[offsets[i + 1] - 1]. */
  readonly offsets: Uint32Array;
  readonly valueIds: Uint32Array;
}

export type FacetTable = Readonly<Record<Facet, FacetColumn>>;

/** Builds one facet's column from events handed over a run at a time. */
class ColumnBuilder {
  private readonly values: string[] = [];
  private readonly numberOf = new Map<string, number>();
  private offsets = new Uint32Array(1024);
  private ids = new Uint32Array(2048);
  private events = 0;
  private count = 0;

  constructor(private readonly facet: Facet) {}

  add(events: readonly TimelineEvent[]): void {
    const { facet } = this;
    for (const event of events) {
      const start = this.count;
      // facetValues, without making an array per event for the facets that need one.
      if (facet === 'type') this.addValue(event.type, start);
      else if (facet === 'document') {
        for (const source of event.sources) this.addValue(source.documentId, start);
      } else for (const value of facetValues(event, facet)) this.addValue(value, start);
      this.events += 1;
      if (this.events >= this.offsets.length) this.offsets = grown(this.offsets);
      this.offsets[this.events] = this.count;
    }
  }

  column(): FacetColumn {
    return {
      values: this.values,
      numberOf: this.numberOf,
      offsets: this.offsets.slice(0, this.events + 1),
      valueIds: this.ids.slice(0, this.count),
    };
  }

  private addValue(value: string, start: number): void {
    let id = this.numberOf.get(value);
    if (id === undefined) {
      id = this.values.length;
      this.values.push(value);
      this.numberOf.set(value, id);
    }
    // An event counts once per value even if it names the value twice.
    for (let k = start; k < this.count; k += 1) if (this.ids[k] === id) return;
    if (this.count === this.ids.length) this.ids = grown(this.ids);
    this.ids[this.count] = id;
    this.count += 1;
  }
}

function grown(array: Uint32Array): Uint32Array<ArrayBuffer> {
  const larger = new Uint32Array(array.length * 2);
  larger.set(array);
  return larger;
}

/**
 * Facet columns built from events as they arrive (a run at a time, in the order of the file),
 * before the index puts them in time order: see reorderedFacetTable.
 */
export class FacetTableBuilder {
  private readonly builders = FACETS.map((facet) => new ColumnBuilder(facet));

  add(events: readonly TimelineEvent[]): void {
    for (const builder of this.builders) builder.add(events);
  }

  table(): FacetTable {
    const [country, actor, type, document] = this.builders.map((b) => b.column());
    if (
      country === undefined ||
      actor === undefined ||
      type === undefined ||
      document === undefined
    )
      throw new Error('a facet column is missing');
    return { country, actor, type, document };
  }
}

/** A table's columns for the same events in another order: event k is the old event order[k]. */
function reorderedColumn(column: FacetColumn, order: Uint32Array): FacetColumn {
  const offsets = new Uint32Array(order.length + 1);
  const valueIds = new Uint32Array(column.valueIds.length);
  let count = 0;
  const { offsets: oldOffsets, valueIds: oldIds } = column;
  for (let k = 0; k < order.length; k += 1) {
    const i = order[k] ?? 0;
    const to = oldOffsets[i + 1] ?? 0;
    // Most events have one or two values: a plain loop beats making a view of each.
    for (let j = oldOffsets[i] ?? 0; j < to; j += 1) {
      valueIds[count] = oldIds[j] ?? 0;
      count += 1;
    }
    offsets[k + 1] = count;
  }
  return { values: column.values, numberOf: column.numberOf, offsets, valueIds };
}

/**
 * Makes `table`, built over the events in another order (event k of the index is event order[k]
 * of the table), the index's facet table, so that it is not built again from the index's events.
 */
export function adoptFacetTable(index: TimelineIndex, table: FacetTable, order: Uint32Array): void {
  if (order.length !== index.events.length) return;
  tables.set(index, {
    country: reorderedColumn(table.country, order),
    actor: reorderedColumn(table.actor, order),
    type: reorderedColumn(table.type, order),
    document: reorderedColumn(table.document, order),
  });
}

function buildColumn(index: TimelineIndex, facet: Facet): FacetColumn {
  const builder = new ColumnBuilder(facet);
  builder.add(index.events);
  return builder.column();
}

const tables = new WeakMap<TimelineIndex, FacetTable>();

export function facetTable(index: TimelineIndex): FacetTable {
  let table = tables.get(index);
  if (table === undefined) {
    table = {
      country: buildColumn(index, 'country'),
      actor: buildColumn(index, 'actor'),
      type: buildColumn(index, 'type'),
      document: buildColumn(index, 'document'),
    };
    tables.set(index, table);
  }
  return table;
}

/** Masks already made, by the checked list or the search matches they were made from. */
const masksByIndex = new WeakMap<TimelineIndex, WeakMap<object, Uint8Array>>();

function remembered(index: TimelineIndex, key: object, make: () => Uint8Array): Uint8Array {
  let masks = masksByIndex.get(index);
  if (masks === undefined) {
    masks = new WeakMap();
    masksByIndex.set(index, masks);
  }
  let mask = masks.get(key);
  if (mask === undefined) {
    mask = make();
    masks.set(key, mask);
  }
  return mask;
}

/** 1 for each event having one of the checked values, 0 otherwise. */
function facetMask(column: FacetColumn, checked: readonly string[], size: number): Uint8Array {
  const wanted = new Uint8Array(column.values.length);
  for (const value of checked) {
    const id = column.numberOf.get(value);
    if (id !== undefined) wanted[id] = 1;
  }
  const mask = new Uint8Array(size);
  for (let i = 0; i < size; i += 1) {
    const end = column.offsets[i + 1] ?? 0;
    for (let k = column.offsets[i] ?? 0; k < end; k += 1) {
      if (wanted[column.valueIds[k] ?? 0] === 1) {
        mask[i] = 1;
        break;
      }
    }
  }
  return mask;
}

/** 1 for each event in the search matches. */
function matchesMask(index: TimelineIndex, matches: ReadonlySet<string>): Uint8Array {
  const mask = new Uint8Array(index.events.length);
  index.events.forEach((event, i) => {
    if (matches.has(event.id)) mask[i] = 1;
  });
  return mask;
}

/** The masks that restrict (active facets other than `ignored`, and the search). */
export function restrictingMasks(
  index: TimelineIndex,
  filters: Filters,
  ignored: Facet | undefined,
  matches: SearchMatches,
): Uint8Array[] {
  const table = facetTable(index);
  const size = index.events.length;
  const masks: Uint8Array[] = [];
  for (const facet of FACETS) {
    if (facet === ignored || filters[facet].length === 0) continue;
    // The store keeps each facet's checked list as one array until it changes, so the views that
    // read the same filters (the list, the timeline, four facets) share one mask.
    const checked = filters[facet];
    masks.push(remembered(index, checked, () => facetMask(table[facet], checked, size)));
  }
  if (matches !== null) masks.push(remembered(index, matches, () => matchesMask(index, matches)));
  return masks;
}

/** Events per value of `facet` among the events every mask lets through. */
export function countValues(
  index: TimelineIndex,
  facet: Facet,
  masks: readonly Uint8Array[],
): Map<string, number> {
  const column = facetTable(index)[facet];
  const counts = new Uint32Array(column.values.length);
  const size = index.events.length;
  // One restricting mask (a single facet filtered) is the common case: test it without a loop.
  const only = masks.length === 1 ? masks[0] : undefined;
  const rest = only === undefined ? masks : [];
  for (let i = 0; i < size; i += 1) {
    if (only !== undefined && only[i] === 0) continue;
    let passes = true;
    for (const mask of rest) {
      if (mask[i] === 0) {
        passes = false;
        break;
      }
    }
    if (!passes) continue;
    const end = column.offsets[i + 1] ?? 0;
    for (let k = column.offsets[i] ?? 0; k < end; k += 1) {
      const id = column.valueIds[k] ?? 0;
      counts[id] = (counts[id] ?? 0) + 1;
    }
  }
  const result = new Map<string, number>();
  column.values.forEach((value, id) => {
    const count = counts[id] ?? 0;
    if (count > 0) result.set(value, count);
  });
  return result;
}

/**
 * Which events pass the filters and the search matches, as a mask in the index's order (1:
 * shown), or null when nothing restricts. Every view that filters reads this one mask.
 */
export function visibleMask(
  index: TimelineIndex,
  filters: Filters,
  matches: SearchMatches = null,
): Uint8Array | null {
  const masks = restrictingMasks(index, filters, undefined, matches);
  if (masks.length <= 1) return masks[0] ?? null;
  const shown = new Uint8Array(index.events.length);
  for (let i = 0; i < shown.length; i += 1) {
    shown[i] = masks.every((mask) => mask[i] === 1) ? 1 : 0;
  }
  return shown;
}

/** The events the filters and the search matches let through, in the index's order. */
export function visibleEvents(
  index: TimelineIndex,
  filters: Filters,
  matches: SearchMatches = null,
): readonly TimelineEvent[] {
  const mask = visibleMask(index, filters, matches);
  return mask === null ? index.events : index.events.filter((_, i) => mask[i] === 1);
}
