/**
 * Helpers of the timeline adapter that need no widget: bringing what the widget holds in step
 * with what it should hold, the ids the widget is given, and text-only DOM labels.
 */

/**
 * The id the widget knows an event or a row by. The widget keeps its items and rows in plain
 * objects keyed by id, where an id such as 'constructor', 'toString' or '__proto__' finds the
 * object's own members (the timeline pane failed with "e.hide is not a function"): every id it
 * is given starts with a character no such member's name starts with.
 */
export function widgetKey(id: string): string {
  return `#${id}`;
}

/** The event or row id of a widget key; undefined for anything the adapter did not make. */
export function idOfWidgetKey(key: unknown): string | undefined {
  return typeof key === 'string' && key.startsWith('#') ? key.slice(1) : undefined;
}

/** Brings `pushed` (what the widget holds) to `next`, calling back only with what differs. */
export function diffPush<Spec extends { readonly id: string }>(
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

/** An element whose only content is `text`, as a text node: never parsed as HTML. */
export function textElement(tag: string, className: string, text: string): HTMLElement {
  const element = document.createElement(tag);
  element.className = className;
  element.textContent = text;
  return element;
}
