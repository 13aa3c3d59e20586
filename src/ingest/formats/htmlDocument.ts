/**
 * A saved web page's source as a document with one html, one head and one body. linkedom builds
 * the tree as the tags stand and does not repair it as a browser does: a fragment ("<p>…</p>")
 * or a page without <body> leaves `document.body` an empty element made up on demand, where
 * Readability would find nothing. The nodes are placed here as a browser would, roughly: what
 * belongs in a head (title, meta, link, …) before any content goes to the head, all else to the
 * body. Nothing is run: linkedom neither runs scripts nor loads anything.
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
