/**
 * A saved web page to its article: Mozilla's Readability (Firefox's reader view) finds the
 * article among the page's navigation, advertising, banners and footer; its text is then read
 * as plain paragraphs (htmlText.ts), headed by the headline on a line of its own, which the
 * ingest reads as the title. The metadata comes from the page itself (htmlMeta.ts), read before
 * Readability changes the page, and from Readability where the page says nothing. Nothing of the
 * page is run or loaded. A page too large for Readability to read in time, or one where it finds
 * nothing, is read from its main part without its furniture (htmlScope.ts), with a warning.
 */
import { Readability } from '@mozilla/readability';
import {
  defined,
  oneLine,
  personName,
  publishedDay,
  sameWords,
  webAddress,
  type FormatReading,
} from './fields';
import { nestingDepth, pageDocument } from './htmlDocument';
import { pageMetadata } from './htmlMeta';
import { fitsReadability, keepOnly, mainPart, withoutFurniture } from './htmlScope';
import { textBlocks } from './htmlText';

interface FoundArticle {
  content: Node | null | undefined;
  title?: string | null | undefined;
  byline?: string | null | undefined;
  siteName?: string | null | undefined;
  publishedTime?: string | null | undefined;
}

function runReadability(document: Document): FoundArticle | null {
  try {
    // The serializer hands the article over as a DOM node, so it is read, not printed and parsed
    // again.
    return new Readability<Node>(document, { serializer: (node) => node }).parse();
  } catch {
    // Readability is given untrusted pages; if it fails on one, the page's main part is read.
    return null;
  }
}

const TOO_LARGE =
  'the page is too large for its article to be told from the rest in time, so the text of its main part was read, without its navigation, sidebars and footer';
const NOTHING_FOUND =
  'no article was found in the page, so the text of its main part was read, without its navigation, sidebars and footer';

/** The article's paragraphs, found by Readability within the budget, else the main part's. */
function findArticle(
  source: string,
  page: Document,
  warnings: string[],
): { blocks: string[]; article: FoundArticle | null } {
  const mainPartText = (document: Document): string[] =>
    textBlocks(withoutFurniture(mainPart(document) ?? document.body));
  // A <nav> never holds the article; on a page with little else Readability took its links.
  for (const nav of Array.from(page.querySelectorAll('nav'))) nav.parentNode?.removeChild(nav);
  if (!fitsReadability(page.body)) {
    const part = mainPart(page);
    if (part === undefined || !fitsReadability(part)) {
      warnings.push(TOO_LARGE);
      return { blocks: mainPartText(page), article: null };
    }
    keepOnly(page.body, part);
  }
  const article = runReadability(page);
  const blocks = article?.content ? textBlocks(article.content) : [];
  if (blocks.length > 0) return { blocks, article };
  warnings.push(NOTHING_FOUND);
  // Readability changed the page it read: the main part is read from a fresh copy.
  return { blocks: mainPartText(pageDocument(source)), article };
}

const SEPARATORS = [' | ', ' - ', ' – ', ' — ', ' · ', ' :: ', ' / '];

/** "Dam Opens | The Valley Post" is "Dam Opens" when the site is The Valley Post. */
function withoutSiteName(title: string, site: string | undefined): string {
  if (site === undefined) return title;
  const lower = title.toLowerCase();
  for (const separator of SEPARATORS) {
    const suffix = `${separator}${site}`.toLowerCase();
    if (lower.endsWith(suffix) && lower.length > suffix.length) {
      return title.slice(0, title.length - suffix.length).trim();
    }
  }
  return title;
}

/**
 * The article's paragraphs without the headline and byline that open them (Readability keeps
 * the article's own heading and, in a short article, its byline): both are in the metadata.
 */
function bodyBlocks(
  blocks: readonly string[],
  headline: string | undefined,
  byline: string | undefined,
): string[] {
  const opening = new Set<number>();
  for (let i = 0; i < Math.min(blocks.length, 4); i++) {
    const block = blocks[i] ?? '';
    const isHeadline = headline !== undefined && sameWords(block, headline);
    const isByline =
      byline !== undefined && (sameWords(block, byline) || sameWords(block, `By ${byline}`));
    if (isHeadline || isByline) opening.add(i);
  }
  return blocks.filter((_, i) => !opening.has(i));
}

/**
 * The deepest nesting read. A news page nests a few dozen elements deep; parsing costs the page's
 * length times its depth, and 100,000 nested <div>s (1 MB) took linkedom's parser six seconds.
 */
const MOST_NESTING = 3000;

export function readHtml(source: string): FormatReading {
  if (nestingDepth(source) > MOST_NESTING) {
    return {
      error: `the page's elements nest more than ${MOST_NESTING.toLocaleString('en-US')} deep (a news page nests a few dozen), so it was not read`,
    };
  }
  const page = pageDocument(source);
  const found = pageMetadata(page);
  const warnings: string[] = [];
  const { blocks, article } = findArticle(source, page, warnings);
  const outlet = found.siteName ?? oneLine(article?.siteName) ?? found.applicationName;
  const headline =
    found.headlines.find((h) => outlet === undefined || !sameWords(h, outlet)) ??
    [found.titles[0], oneLine(article?.title), ...found.titles.slice(1)]
      .filter((t) => t !== undefined)
      .map((t) => withoutSiteName(t, outlet))
      .find((t) => t.length > 0);
  // Readability's byline is the page's author meta when there is one, and may be its address.
  const fromArticle = webAddress(article?.byline) === undefined ? article?.byline : undefined;
  const byline = personName(fromArticle) ?? found.byline;
  const body = bodyBlocks(blocks, headline, byline);
  if (body.length === 0) return { error: 'no article text was found in the page' };
  const published = found.published ?? publishedDay(article?.publishedTime);
  return {
    text: headline === undefined ? body.join('\n\n') : [headline, ...body].join('\n\n'),
    meta: defined({ title: headline, published, outlet, url: found.url, byline }),
    warnings,
  };
}
