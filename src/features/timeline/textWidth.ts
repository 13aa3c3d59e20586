/**
 * How wide a title is in the timeline's item font, measured on a canvas (no layout of the page)
 * and remembered per title, so the row layout can give each point's box room for its whole
 * title. Where no canvas measures (a test's DOM), a width per character stands in.
 */

/** A rough average for the item font, used only where no canvas measures. */
const PER_CHARACTER = 6.6;

export function createTextWidth(fontOf: () => string): (text: string) => number {
  const known = new Map<string, number>();
  let context: CanvasRenderingContext2D | null | undefined;
  return (text) => {
    const width = known.get(text);
    if (width !== undefined) return width;
    if (context === undefined) {
      // jsdom has no canvas and says so on the console: ask only where one exists.
      const canvas = /jsdom/i.test(navigator.userAgent) ? null : document.createElement('canvas');
      context = canvas?.getContext('2d') ?? null;
      if (context !== null) context.font = fontOf();
    }
    const measured =
      context === null ? text.length * PER_CHARACTER : context.measureText(text).width;
    known.set(text, measured);
    return measured;
  };
}
