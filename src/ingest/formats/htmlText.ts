/**
 * The plain text of a piece of a page, as the paragraphs a reader sees: each block element (a
 * paragraph, a heading, a list item, a quote, a table row, a line break…) is a paragraph of its
 * own, spaces within one are collapsed as a browser collapses them, and what a reader never
 * reads as text (scripts, styles, frames, embedded objects, drawings, form controls, comments)
 * is dropped, whatever was kept before. Only the DOM's text is read, so entities come out as
 * their characters and no markup is left. The tree is walked without recursion, in one pass.
 */

/** Elements whose content is never article text. */
export const DROPPED_ELEMENTS: ReadonlySet<string> = new Set([
  'APPLET',
  'AUDIO',
  'BUTTON',
  'CANVAS',
  'DATALIST',
  'DIALOG',
  'EMBED',
  'FRAME',
  'FRAMESET',
  'HEAD',
  'IFRAME',
  'IMG',
  'INPUT',
  'LINK',
  'MAP',
  'MATH',
  'META',
  'NOEMBED',
  'NOFRAMES',
  'NOSCRIPT',
  'OBJECT',
  'OPTION',
  'PARAM',
  'PICTURE',
  'SCRIPT',
  'SELECT',
  'SOURCE',
  'STYLE',
  'SVG',
  'TEMPLATE',
  'TEXTAREA',
  'TITLE',
  'TRACK',
  'VIDEO',
]);

/** Elements that stand as paragraphs of their own. */
const BLOCKS = new Set([
  'ADDRESS',
  'ARTICLE',
  'ASIDE',
  'BLOCKQUOTE',
  'BODY',
  'BR',
  'CAPTION',
  'CENTER',
  'DD',
  'DETAILS',
  'DIV',
  'DL',
  'DT',
  'FIELDSET',
  'FIGCAPTION',
  'FIGURE',
  'FOOTER',
  'FORM',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'HEADER',
  'HGROUP',
  'HR',
  'HTML',
  'LEGEND',
  'LI',
  'MAIN',
  'NAV',
  'OL',
  'P',
  'PRE',
  'SECTION',
  'SUMMARY',
  'TABLE',
  'TBODY',
  'TFOOT',
  'THEAD',
  'TR',
  'UL',
]);

/** Cells of one row are read on one line, apart. */
const CELLS = new Set(['TD', 'TH']);

/**
 * The spaces HTML collapses: ASCII whitespace only. A no-break space (&nbsp;) is a character the
 * writer chose ("€3 000") and stays, unless it opens or ends a line ("<p>&nbsp;</p>").
 */
const HTML_SPACE = /[\t\n\f\r ]+/gu;

const ELEMENT = 1;
const TEXT = 3;
const CDATA = 4;

function tagOf(node: Node): string {
  return node.nodeType === ELEMENT ? node.nodeName.toUpperCase() : '';
}

/** An element the HTML `hidden` attribute hides; a reader never sees its text. */
function isHidden(node: Node): boolean {
  return (node as Element).hasAttribute('hidden');
}

/**
 * The paragraphs of `root`'s text, in order, each on one line; a <pre> keeps its line breaks
 * (its lines' spaces collapsed all the same).
 */
export function textBlocks(root: Node): string[] {
  const blocks: string[] = [];
  let pieces: string[] = [];
  let inPre = 0;
  const flush = (): void => {
    const lines = pieces
      .join('')
      .split('\n')
      .map((line) => line.replace(/ {2,}/gu, ' ').trim())
      .filter((line) => line.length > 0);
    pieces = [];
    if (lines.length > 0) blocks.push(lines.join('\n'));
  };
  const open = (element: Node): void => {
    const tag = tagOf(element);
    if (BLOCKS.has(tag)) flush();
    else if (CELLS.has(tag)) pieces.push(' ');
    if (tag === 'PRE') inPre++;
  };
  const close = (element: Node): void => {
    const tag = tagOf(element);
    if (BLOCKS.has(tag)) flush();
    else if (CELLS.has(tag)) pieces.push(' ');
    if (tag === 'PRE') inPre--;
  };
  let node: Node | null = root.firstChild;
  while (node !== null) {
    if (node.nodeType === TEXT || node.nodeType === CDATA) {
      const text = node.nodeValue ?? '';
      pieces.push(
        inPre > 0
          ? text.replace(/\r\n?/gu, '\n').replace(/[\t\f\r ]+/gu, ' ')
          : text.replace(HTML_SPACE, ' '),
      );
    } else if (node.nodeType === ELEMENT && !DROPPED_ELEMENTS.has(tagOf(node)) && !isHidden(node)) {
      open(node);
      if (node.firstChild !== null) {
        node = node.firstChild;
        continue;
      }
      close(node);
    }
    // Comments, dropped elements and finished ones: on to the next node, closing the
    // elements left on the way up.
    while (node !== root && node !== null && node.nextSibling === null) {
      node = node.parentNode;
      if (node !== null && node !== root) close(node);
    }
    node = node === null || node === root ? null : node.nextSibling;
  }
  flush();
  return blocks;
}
