/**
 * The only module that talks to vis-timeline. It creates the widget once per mount, in one
 * layout effect whose cleanup destroys it, and pushes groups, items and the selection in separate
 * effects as differences (remove what went, add or update what changed), which the widget draws
 * far faster than a new data set or a DataView refresh.
 *
 * Safety: item and row labels are DOM nodes built with textContent, so article words are never
 * parsed as HTML; the widget's own xss filter stays on. Limits: one selected event at a time;
 * items are not editable.
 */
import { useEffect, useEffectEvent, useLayoutEffect, useRef, type RefObject } from 'react';
import { DataSet } from 'vis-data/esnext';
import { Timeline, type DataGroup, type DataItem, type TimelineOptions } from 'vis-timeline/esnext';
import 'vis-timeline/styles/vis-timeline-graph2d.min.css';
import type { GroupSpec } from '../../domain/grouping';
import { sameItem, type TimelineItemSpec } from '../../domain/timelineItems';
import type { TimeWindow } from '../../domain/timelineWindow';
import type { WindowRange } from '../../domain/urlState';

export interface TimelineWidgetInput {
  readonly items: readonly TimelineItemSpec[];
  readonly groups: readonly GroupSpec[];
  readonly selectedId: string | null;
  /** Called with the event the reader picked on the timeline, or null for a click on nothing. */
  readonly onSelect: (eventId: string | null) => void;
  /** Where the first view opens when the reader has not chosen a window; undefined fits all. */
  readonly initialWindow: TimeWindow | undefined;
  /** The window the reader chose (from a link, or back/forward), or null. */
  readonly window: WindowRange | null;
  /** Called when the shown window settles; byUser when the reader panned or zoomed it. */
  readonly onWindowChange: (window: WindowRange, byUser: boolean) => void;
  /** Text for the native tooltip of an item (title and date). */
  readonly describeItem: (spec: TimelineItemSpec) => string;
}

/** What the surrounding UI may ask of the widget. */
export interface TimelineControls {
  zoomIn: () => void;
  zoomOut: () => void;
  fitAll: () => void;
}

interface WidgetItem extends DataItem {
  id: string;
}

interface WidgetGroup extends DataGroup {
  id: string;
}

interface Widget {
  readonly timeline: Timeline;
  readonly items: DataSet<WidgetItem>;
  readonly groups: DataSet<WidgetGroup>;
  readonly pushedItems: Map<string, TimelineItemSpec>;
  readonly pushedGroups: Map<string, GroupSpec>;
  destroyed: boolean;
  framed: boolean;
  /** A first window still to apply after the widget's own first fit (see the 'changed' hook). */
  pendingWindow: TimeWindow | undefined;
}

const MINUTE = 60 * 1000;
const DAY = 24 * 60 * MINUTE;

const OPTIONS: TimelineOptions = {
  orientation: { axis: 'top', item: 'top' },
  stack: true,
  selectable: true,
  multiselect: false,
  showCurrentTime: false,
  groupOrder: 'order',
  zoomMin: DAY / 4,
  zoomMax: 200 * 365 * DAY,
  margin: { item: { horizontal: 4, vertical: 4 }, axis: 8 },
  minHeight: 240,
};

function itemClassName(spec: TimelineItemSpec): string {
  const look = spec.kind === 'point' ? 'timeline-item--point' : 'timeline-item--fuzzy';
  return `timeline-item ${look} event-type--${spec.eventType}`;
}

function toWidgetItem(spec: TimelineItemSpec): WidgetItem {
  const item: WidgetItem = {
    id: spec.id,
    group: spec.group,
    // Plain text; the template below draws it as a text node.
    content: spec.title,
    start: spec.start,
    type: spec.kind,
    className: itemClassName(spec),
  };
  if (spec.end !== undefined) item.end = spec.end;
  return item;
}

function textElement(tag: string, className: string, text: string): HTMLElement {
  const element = document.createElement(tag);
  element.className = className;
  element.textContent = text;
  return element;
}

/** Brings `pushed` (what the widget holds) to `next`, calling back only with what differs. */
function diffPush<Spec extends { readonly id: string }>(
  pushed: Map<string, Spec>,
  next: readonly Spec[],
  same: (a: Spec, b: Spec) => boolean,
  apply: (gone: string[], changed: Spec[]) => void,
): void {
  const nextIds = new Set(next.map((spec) => spec.id));
  const gone = [...pushed.keys()].filter((id) => !nextIds.has(id));
  const changed = next.filter((spec) => {
    const previous = pushed.get(spec.id);
    return previous === undefined || !same(previous, spec);
  });
  // Specs are recorded first: the item template reads them while the widget draws.
  for (const id of gone) pushed.delete(id);
  for (const spec of changed) pushed.set(spec.id, spec);
  if (gone.length > 0 || changed.length > 0) apply(gone, changed);
}

export function useTimelineWidget(
  container: RefObject<HTMLElement | null>,
  input: TimelineWidgetInput,
): TimelineControls {
  const widgetRef = useRef<Widget | null>(null);
  const onSelect = useEffectEvent((id: string | null) => input.onSelect(id));
  const describe = useEffectEvent((spec: TimelineItemSpec) => input.describeItem(spec));
  const onWindowChange = useEffectEvent((range: WindowRange, byUser: boolean) =>
    input.onWindowChange(range, byUser),
  );

  useLayoutEffect(() => {
    const element = container.current;
    if (element === null) return undefined;
    const items = new DataSet<WidgetItem>();
    const groups = new DataSet<WidgetGroup>();
    const pushedItems = new Map<string, TimelineItemSpec>();
    const timeline = new Timeline(element, items, groups, {
      ...OPTIONS,
      template: (item: { id?: unknown } | undefined) => {
        const spec = typeof item?.id === 'string' ? pushedItems.get(item.id) : undefined;
        // One `.event-item` per drawn event (the widget gives points two elements with the
        // item's className, so the hook lives on the content instead).
        const label = textElement('span', 'event-item', spec?.title ?? '');
        if (spec !== undefined) {
          label.dataset['eventId'] = spec.id;
          label.title = describe(spec);
        }
        return label;
      },
    });
    const widget: Widget = {
      timeline,
      items,
      groups,
      pushedItems,
      pushedGroups: new Map(),
      destroyed: false,
      framed: false,
      pendingWindow: undefined,
    };
    // The widget fits all items on its first 'changed' event, which can come after the first
    // items were pushed and so undo the first window; apply it again right after that fit.
    timeline.on('changed', () => {
      const first = widget.pendingWindow;
      if (widget.destroyed || first === undefined) return;
      widget.pendingWindow = undefined;
      timeline.setWindow(first.start, first.end, { animation: false });
    });
    timeline.on('select', (props: { items?: unknown[] }) => {
      // StrictMode mounts twice: an event queued before destroy() must not act on a dead widget.
      if (widget.destroyed) return;
      const first = props.items?.[0];
      onSelect(typeof first === 'string' ? first : null);
    });
    timeline.on('rangechanged', (props: { start?: Date; end?: Date; byUser?: boolean }) => {
      if (widget.destroyed || props.start === undefined || props.end === undefined) return;
      onWindowChange(
        { start: props.start.getTime(), end: props.end.getTime() },
        props.byUser === true,
      );
    });
    widgetRef.current = widget;
    return () => {
      widget.destroyed = true;
      widgetRef.current = null;
      timeline.destroy();
    };
  }, [container]);

  useEffect(() => {
    const widget = widgetRef.current;
    if (widget === null) return;
    diffPush(
      widget.pushedGroups,
      input.groups,
      (a, b) => a.label === b.label && a.order === b.order,
      (gone, changed) => {
        widget.groups.remove(gone);
        widget.groups.update(
          changed.map((spec) => ({
            id: spec.id,
            content: textElement('span', 'timeline-group__label', spec.label),
            order: spec.order,
          })),
        );
      },
    );
  }, [input.groups]);

  useEffect(() => {
    const widget = widgetRef.current;
    if (widget === null) return;
    diffPush(widget.pushedItems, input.items, sameItem, (gone, changed) => {
      widget.items.remove(gone);
      widget.items.update(changed.map(toWidgetItem));
    });
    if (!widget.framed && input.items.length > 0) {
      widget.framed = true;
      const chosen = input.window;
      const first =
        chosen === null
          ? input.initialWindow
          : { start: new Date(chosen.start), end: new Date(chosen.end) };
      if (first === undefined) widget.timeline.fit({ animation: false });
      else {
        widget.timeline.setWindow(first.start, first.end, { animation: false });
        widget.pendingWindow = first;
      }
    }
  }, [input.items, input.initialWindow, input.window]);

  useEffect(() => {
    const widget = widgetRef.current;
    const chosen = input.window;
    if (widget === null || chosen === null || !widget.framed) return;
    const shown = widget.timeline.getWindow();
    // The store keeps whole minutes; do not answer the reader's own pan with a jump.
    const close =
      Math.abs(shown.start.getTime() - chosen.start) < 2 * MINUTE &&
      Math.abs(shown.end.getTime() - chosen.end) < 2 * MINUTE;
    if (!close) widget.timeline.setWindow(chosen.start, chosen.end, { animation: false });
  }, [input.window]);

  useEffect(() => {
    const widget = widgetRef.current;
    if (widget === null) return;
    const id = input.selectedId;
    const spec = id === null ? undefined : widget.pushedItems.get(id);
    widget.timeline.setSelection(spec === undefined ? [] : [spec.id]);
    // A selection made elsewhere (keys, list, link) may be off screen: bring it into view.
    if (spec !== undefined) {
      const shown = widget.timeline.getWindow();
      const start = spec.start.getTime();
      const end = (spec.end ?? spec.start).getTime();
      if (end < shown.start.getTime() || start > shown.end.getTime()) {
        widget.timeline.moveTo(spec.start, { animation: false });
      }
    }
  }, [input.selectedId, input.items]);

  return {
    zoomIn: () => widgetRef.current?.timeline.zoomIn(0.5),
    zoomOut: () => widgetRef.current?.timeline.zoomOut(0.5),
    fitAll: () => widgetRef.current?.timeline.fit(),
  };
}
