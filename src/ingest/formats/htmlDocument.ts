/**
 * A saved web page's source as a document with one html, one head and one body. linkedom builds
 * the tree as the tags stand and does not repair it as a browser does: a fragment ("<p>…</p>")
 * or a page without <body> leaves `document.body` an empty element made up on demand, where
 * Readability would find nothing. The nodes are placed here as a browser would, roughly: what
 * belongs in a head (title, meta, link, …) before any content goes to the head, all else to the
 * body. Nothing is run: linkedom neither runs scripts nor loads anything. Its parser keeps the
 * open elements in an array it shifts and unshifts, so that parsing costs the page's length times
 * its nesting depth: `nestingDepth` tells a page nested too deep to parse in time beforehand.
 */
import { parseHTML } from 'linkedom/worker';

/** Elements a browser keeps in the head when they come before any content. */
const HEAD_ELEMENTS = new Set([
  'BASE',
  'LINK',
  'META',
  'NOSCRIPT',
  'SCRIPT',
  'STYLE',
  'TEMPLATE',
  'TITLE',
]);

const ELEMENT = 1;
const TEXT = 3;
const DOCUMENT_TYPE = 10;

/** Elements with no end tag. */
const VOID_ELEMENTS = new Set(
  'area base basefont bgsound br col command embed frame hr image img input isindex keygen link meta param source track wbr'.split(
    ' ',
  ),
);

/** Elements the parser closes when a sibling opens (a <p>, an <li>, a cell): never counted. */
const IMPLIED_END = new Set(
  'p li dd dt tr td th thead tbody tfoot option optgroup rt rp select button textarea datalist'.split(
    ' ',
  ),
);

/** Elements whose content is text up to their end tag (a "<div>" in a script is no element). */
const RAW_TEXT = new Set(['script', 'style', 'textarea', 'title', 'xmp', 'iframe', 'noembed']);

const TAG_START = /<!--|<(\/?)([a-zA-Z][a-zA-Z0-9:-]*)/gu;

/**
 * How deep the page's elements nest, as the parser will nest them, in one pass over the source:
 * a stack of open elements with a count per name, so that a stray end tag costs nothing and each
 * element is popped once. Elements closed implicitly are not counted, so a page of unclosed
 * paragraphs is not taken for a deep one.
 */
export function nestingDepth(source: string): number {
  const open: string[] = [];
  const openByName = new Map<string, number>();
  let deepest = 0;
  const tags = new RegExp(TAG_START);
  for (let m = tags.exec(source); m !== null; m = tags.exec(source)) {
    if (m[0] === '<!--') {
      const end = source.indexOf('-->', tags.lastIndex);
      if (end < 0) break;
      tags.lastIndex = end + 3;
      continue;
    }
    const name = (m[2] ?? '').toLowerCase();
    if (m[1] === '/') {
      if ((openByName.get(name) ?? 0) === 0) continue;
      for (let top = open.pop(); top !== undefined; top = open.pop()) {
        openByName.set(top, (openByName.get(top) ?? 1) - 1);
        if (top === name) break;
      }
      continue;
    }
    if (RAW_TEXT.has(name)) {
      const end = new RegExp(`</${name}`, 'giu');
      end.lastIndex = tags.lastIndex;
      if (end.exec(source) === null) break;
      tags.lastIndex = end.lastIndex;
      continue;
    }
    if (VOID_ELEMENTS.has(name) || IMPLIED_END.has(name)) continue;
    open.push(name);
    openByName.set(name, (openByName.get(name) ?? 0) + 1);
    deepest = Math.max(deepest, open.length);
  }
  return deepest;
}

type Place = 'top' | 'head' | 'body';

export function pageDocument(source: string): Document {
  const { document } = parseHTML(source);
  const html = document.createElement('html');
  const head = document.createElement('head');
  const body = document.createElement('body');
  let inBody = false;
  // Depth first, in document order, with a stack rather than recursion: a page may nest
  // <html> in <html> many thousands deep. Only <html>, <head> and <body> are opened.
  const stack: { node: Node; place: Place }[] = [];
  const pushChildren = (node: Node, place: Place): void => {
    const children = Array.from(node.childNodes);
    for (let k = children.length - 1; k >= 0; k--) {
      const child = children[k];
      if (child !== undefined) stack.push({ node: child, place });
    }
  };
  pushChildren(document, 'top');
  for (let next = stack.pop(); next !== undefined; next = stack.pop()) {
    const { node, place } = next;
    if (node.nodeType === DOCUMENT_TYPE) continue;
    const name = node.nodeType === ELEMENT ? node.nodeName.toUpperCase() : '';
    if (place === 'top' && (name === 'HTML' || name === 'HEAD' || name === 'BODY')) {
      if (name === 'BODY') inBody = true;
      pushChildren(node, name === 'HTML' ? 'top' : name === 'HEAD' ? 'head' : 'body');
      continue;
    }
    const blank = node.nodeType === TEXT && (node.nodeValue ?? '').trim() === '';
    const headLike = HEAD_ELEMENTS.has(name) || blank || (name === '' && node.nodeType !== TEXT);
    if (place === 'head' || (place === 'top' && !inBody && headLike)) {
      head.appendChild(node);
    } else {
      inBody = true;
      body.appendChild(node);
    }
  }
  for (const node of Array.from(document.childNodes)) {
    if (node.nodeType !== DOCUMENT_TYPE) document.removeChild(node);
  }
  html.appendChild(head);
  html.appendChild(body);
  document.appendChild(html);
  return document;
}
