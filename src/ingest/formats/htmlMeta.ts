/**
 * What a saved web page says about its article, read from the page before Readability changes
 * it: the article's own <h1>, the page's titles and site name, the author, the canonical address
 * and the publication day. A value that does not read is skipped for the next source, never
 * thrown. Limits: JSON-LD is read for its publication date, author and publisher only.
 */
import { defined, oneLine, personName, publishedDay, webAddress } from './fields';
import { textBlocks } from './htmlText';

export interface PageMetadata {
  /** The <h1>s of the page outside its sidebars and footer, those of the article first. */
  headlines: string[];
  /** og:title, twitter:title, then the <title>, in that order. */
  titles: string[];
  /** og:site_name, or the publisher JSON-LD names. */
  siteName?: string;
  /** The application-name meta, the outlet's last resort. */
  applicationName?: string;
  byline?: string;
  url?: string;
  published?: string;
}

/** The first content of each <meta>, by its lower-cased property, name or itemprop. */
function metaContents(document: Document): Map<string, string> {
  const contents = new Map<string, string>();
  for (const meta of Array.from(document.querySelectorAll('meta'))) {
    const content = meta.getAttribute('content');
    if (content === null) continue;
    for (const key of ['property', 'name', 'itemprop']) {
      const name = meta.getAttribute(key)?.trim().toLowerCase();
      if (name && !contents.has(name)) contents.set(name, content);
    }
  }
  return contents;
}

const ARTICLE_TYPE = /(?:Article|BlogPosting|Report)$/u;
/** Enough JSON-LD objects for any page's metadata; a page holding more is not read further. */
const MOST_JSON_LD_OBJECTS = 2000;

/** The JSON-LD objects of the page, articles first, in page order otherwise. */
function jsonLdObjects(document: Document): Record<string, unknown>[] {
  const found: Record<string, unknown>[] = [];
  for (const script of Array.from(document.querySelectorAll('script'))) {
    if (script.getAttribute('type')?.trim().toLowerCase() !== 'application/ld+json') continue;
    let data: unknown;
    try {
      data = JSON.parse(script.textContent ?? '');
    } catch {
      continue;
    }
    const queue: unknown[] = [data];
    for (let i = 0; i < queue.length && found.length < MOST_JSON_LD_OBJECTS; i++) {
      const item = queue[i];
      if (Array.isArray(item)) for (const member of item) queue.push(member);
      else if (typeof item === 'object' && item !== null) {
        const object = item as Record<string, unknown>;
        found.push(object);
        if (Array.isArray(object['@graph'])) queue.push(object['@graph']);
      }
    }
  }
  const isArticle = (o: Record<string, unknown>): boolean => {
    const type = o['@type'];
    const types = Array.isArray(type) ? type : [type];
    return types.some((t) => typeof t === 'string' && ARTICLE_TYPE.test(t));
  };
  return [...found.filter(isArticle), ...found.filter((o) => !isArticle(o))];
}

/** A JSON-LD person or organisation's name ("Ana Ruiz", { name }, or a list of them). */
function nameOf(value: unknown): string | undefined {
  const first: unknown = Array.isArray(value) ? value[0] : value;
  if (typeof first === 'object' && first !== null) {
    return oneLine((first as Record<string, unknown>)['name']);
  }
  return oneLine(first);
}

/**
 * The most <h1>s and <time>s looked at: each is placed by walking up its ancestors, and a page
 * of thousands nested deep would make that quadratic. A news page has a handful.
 */
const MOST_MARKS = 50;

/** The first elements `selector` finds, up to MOST_MARKS. */
function firstFew(document: Document, selector: string): Element[] {
  return Array.from(document.querySelectorAll(selector)).slice(0, MOST_MARKS);
}

const BYLINE_ELEMENTS = '[rel~="author"], [itemprop~="author"], .byline';

function isOutsideTheStory(element: Element): boolean {
  return element.closest('nav, aside, footer') !== null;
}

function textOf(element: Element): string {
  return textBlocks(element).join(' ');
}

/** The page's <h1>s: those inside <article>, then <main>, then the others. */
function headlinesOf(document: Document): string[] {
  const headings = firstFew(document, 'h1').filter((h) => !isOutsideTheStory(h));
  const rank = (h: Element): number =>
    h.closest('article') !== null ? 0 : h.closest('main, [role="main"]') !== null ? 1 : 2;
  return headings
    .map((h, order) => ({ text: oneLine(textOf(h)), rank: rank(h), order }))
    .sort((a, b) => a.rank - b.rank || a.order - b.order)
    .map((h) => h.text)
    .filter((t) => t !== undefined);
}

/**
 * The day the article was published, from its most trustworthy source: the publisher's own
 * statement (article:published_time, JSON-LD datePublished), then the article's time stamp (a
 * <time> marked as the publication date, or the first inside <article>), then the looser
 * "date" metas. A <time> in a sidebar or footer dates another story, and a modification date
 * is not a publication date: neither is read.
 */
function publicationDay(
  document: Document,
  metas: Map<string, string>,
  jsonLd: readonly Record<string, unknown>[],
): string | undefined {
  const timeOf = (element: Element | null | undefined): string | undefined =>
    element ? publishedDay(element.getAttribute('datetime') ?? element.textContent) : undefined;
  const times = firstFew(document, 'time').filter((t) => !isOutsideTheStory(t));
  const candidates: (() => string | undefined)[] = [
    () => publishedDay(metas.get('article:published_time')),
    () => publishedDay(metas.get('og:article:published_time')),
    ...jsonLd.map((o) => () => publishedDay(o['datePublished'])),
    () => timeOf(times.find((t) => t.matches('[itemprop~="datePublished"], [pubdate]'))),
    () => timeOf(times.find((t) => t.closest('article') !== null)),
    () => timeOf(times[0]),
    ...['datepublished', 'date', 'dc.date', 'dc.date.issued', 'dcterms.issued', 'dcterms.created']
      .concat(['pubdate', 'publishdate', 'publish-date', 'publish_date', 'parsely-pub-date'])
      .map((key) => () => publishedDay(metas.get(key))),
  ];
  for (const candidate of candidates) {
    const day = candidate();
    if (day !== undefined) return day;
  }
  return undefined;
}

export function pageMetadata(document: Document): PageMetadata {
  const metas = metaContents(document);
  const jsonLd = jsonLdObjects(document);
  const titles = [metas.get('og:title'), metas.get('twitter:title'), document.title]
    .map(oneLine)
    .filter((t) => t !== undefined);
  const byline = [metas.get('author'), metas.get('dc.creator'), metas.get('article:author')]
    .concat(jsonLd.map((o) => nameOf(o['author'])))
    // The page's own byline, for a page read without Readability (which finds it otherwise).
    .concat(
      firstFew(document, BYLINE_ELEMENTS)
        .filter((b) => !isOutsideTheStory(b))
        .map(textOf),
    )
    .filter((a) => webAddress(a) === undefined)
    .map(personName)
    .find((a) => a !== undefined);
  const canonical = Array.from(document.querySelectorAll('link'))
    .filter((link) => /(?:^|\s)canonical(?:\s|$)/iu.test(link.getAttribute('rel') ?? ''))
    .map((link) => webAddress(link.getAttribute('href')));
  return {
    headlines: headlinesOf(document),
    titles,
    ...defined({
      siteName:
        oneLine(metas.get('og:site_name')) ??
        jsonLd.map((o) => nameOf(o['publisher'])).find((n) => n !== undefined),
      applicationName: oneLine(metas.get('application-name')),
      byline,
      url: [...canonical, webAddress(metas.get('og:url'))].find((u) => u !== undefined),
      published: publicationDay(document, metas, jsonLd),
    }),
  };
}
