/**
 * How much of a page Readability is given, so that a large or deeply nested page is read in time
 * in step with its size. Readability measures each container's whole content again and again:
 * its cost grows with the page's elements times their depth, and a page of a thousand nested
 * <div>s (or unclosed tags, which linkedom nests) took it minutes. Past a budget, it is given the
 * page's main part only (the <article> that holds the headline, or <main>); when that is still
 * too much, or Readability finds nothing, the main part's text is read without its navigation,
 * sidebars, footers, forms and the boxes named as furniture (cookie notices, ads, share bars).
 */
import { DROPPED_ELEMENTS } from './htmlText';

/**
 * Readability's work on a page, in units of about 3.5 µs: each element costs its depth plus
 * sixteen. Measured in Node on a shared 2-core machine: 5,000 paragraphs 5 deep (15,000
 * elements) took 1.2 s, 40 deep 3.1 s, and 2,000 paragraphs 100 deep 1.5 s.
 */
const ELEMENT_WORK = 16;

/** About three seconds of Readability; a news article is far below. */
const READABILITY_BUDGET = 850_000;

/**
 * The deepest nesting given to Readability. A chain of nested elements costs it more than the
 * units above say (1,000 <div>s, one in another, took 5.4 s; 200 take a fifth of a second); a news
 * page nests a few dozen deep.
 */
const READABILITY_DEPTH = 200;

const ELEMENT = 1;

/** Whether Readability reads the elements under `root` in time (those it drops at once aside). */
export function fitsReadability(root: Element): boolean {
  let work = 0;
  let depth = 0;
  let node: Node | null = root.firstChild;
  while (node !== null) {
    if (node.nodeType === ELEMENT && !DROPPED_ELEMENTS.has(node.nodeName.toUpperCase())) {
      work += depth + ELEMENT_WORK;
      if (work > READABILITY_BUDGET || depth > READABILITY_DEPTH) return false;
      if (node.firstChild !== null) {
        depth++;
        node = node.firstChild;
        continue;
      }
    }
    while (node !== null && node !== root && node.nextSibling === null) {
      node = node.parentNode;
      depth--;
    }
    node = node === null || node === root ? null : node.nextSibling;
  }
  return true;
}

/** The most elements looked at when choosing the main part: enough for any page's <article>s. */
const MOST_CANDIDATES = 50;

/** The page's main part: the <article> holding an <h1>, the only <article>, or <main>. */
export function mainPart(document: Document): Element | undefined {
  const articles = Array.from(document.querySelectorAll('article')).slice(0, MOST_CANDIDATES);
  return (
    articles.find((a) => a.querySelector('h1') !== null) ??
    (articles.length === 1 ? articles[0] : undefined) ??
    document.querySelector('main, [role="main"]') ??
    undefined
  );
}

const FURNITURE_ELEMENTS =
  'nav, aside, footer, form, [role="navigation"], [role="banner"], [role="complementary"], [role="contentinfo"]';
const FURNITURE_NAME =
  /(?:^|[\s_-])(?:ads?|advert\w*|banner|comments?|consent|cookies?|newsletter|promo|related|share|sharing|social|sponsor\w*|subscribe)(?:$|[\s_-])/iu;

/** The element without the page furniture inside it (it is taken out of the page). */
export function withoutFurniture(element: Element): Element {
  const furniture = Array.from(element.querySelectorAll(FURNITURE_ELEMENTS));
  for (const named of Array.from(element.querySelectorAll('[class], [id]'))) {
    const names = `${named.getAttribute('class') ?? ''} ${named.getAttribute('id') ?? ''}`;
    if (FURNITURE_NAME.test(names)) furniture.push(named);
  }
  for (const piece of furniture) piece.parentNode?.removeChild(piece);
  return element;
}

/** Leaves `part` as the body's only content, for Readability to read alone. */
export function keepOnly(body: HTMLElement, part: Element): void {
  for (const child of Array.from(body.childNodes)) body.removeChild(child);
  body.appendChild(part);
}
