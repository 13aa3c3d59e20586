/**
 * Page furniture: the lines a web page wraps around an article (breadcrumbs, share and photo
 * credits, section labels, comment and newsletter prompts, word counts, bylines and time stamps).
 * Recognised by their shape, never by a site's wording, so unseen pages are cleaned the same way.
 * Limits: a furniture line that reads like a real sentence (ends in a full stop and has a verb)
 * is left to the event rules, which need an actor and a verb anyway.
 */

/** Short calls to action and section blocks that pages print as a line of their own. */
const FURNITURE_PHRASES = [
  'advertisement',
  'comments',
  'comment',
  'leave a comment',
  'related',
  'related articles',
  'related stories',
  'related news',
  'read more',
  'read next',
  'more from',
  'more stories',
  'you may like',
  'you may also like',
  'you might also like',
  'recommended',
  'recommended for you',
  'most popular',
  'most read',
  'trending',
  'trending now',
  'newsletter',
  'sign up',
  'subscribe',
  'subscribe now',
  'share',
  'save',
  'related topics',
  'more on this story',
  'top stories',
  'watch',
  'listen live',
  'share it',
  'share this',
  'share this article',
  'share on facebook',
  'share on x',
  'follow us',
  'latest news',
  'see also',
  'tags',
  'topics',
  'print',
  'email',
  'listen',
  'listen to this article',
  'skip to content',
  'menu',
  'home',
];
const PHRASES = new Set(FURNITURE_PHRASES);

const CREDIT =
  /^(?:file\s+)?(?:image|photo|picture|video|graphic|illustration)s?(?:\s+(?:source|by|credit|caption)s?)?\s*[:,]/iu;
/**
 * "(Reporting by X; Editing by Y)", "Ana Ruiz contributed reporting from Tarn.", "All rights
 * reserved.": the credits and notices at the end of a story.
 */
const STAFF_CREDIT =
  /^\(?\s*(?:reporting|additional reporting|writing|editing|compiled|produced)\s+by\b|^[\p{Lu}][\p{L}'’.-]+(?:\s+[\p{Lu}][\p{L}'’.-]+){0,3}\s+contributed\s+(?:reporting|to\s+this\s+(?:report|story))\b|^(?:©|\(c\)|copyright\b)|^all rights reserved\.?$/iu;
const CREDIT_TRAILING = /^(?:photo|image)\s*(?:by|credit)\b/iu;
const WORD_COUNT =
  /^\(?\s*(?:word count|words|reading time|read time)\s*:?\s*\d+[^)]*\)?$|^\d+\s*(?:min(?:ute)?s?)\s+read$/iu;
const TIMESTAMP_LABEL =
  /^(?:updated|published|posted|last updated|first published|modified)\b\s*:?/iu;
const CRUMB_SEPARATOR = /\s[>»›/|]\s/gu;
const BY_LINE = /(?:^|\s)[Bb]y\s+\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+){0,3}/u;

function normalise(text: string): string {
  return text
    .toLowerCase()
    .replace(/[!.:…]+$/u, '')
    .replace(/\s+/gu, ' ')
    .trim();
}

export function isFurniturePhrase(text: string): boolean {
  // Every phrase is short; a long line is not worth normalising.
  return text.length <= 40 && PHRASES.has(normalise(text));
}

export function isCreditLine(text: string): boolean {
  return CREDIT.test(text) || CREDIT_TRAILING.test(text) || STAFF_CREDIT.test(text);
}

export function isWordCount(text: string): boolean {
  return WORD_COUNT.test(text.trim());
}

export function isBreadcrumb(text: string): boolean {
  // Two separators or more in a short line that does not end like a sentence.
  if (text.length > 200 || /[.!?]["”’)]?$/u.test(text)) return false;
  return (text.match(CRUMB_SEPARATOR) ?? []).length >= 2;
}

/** A bare section label: one or two words in capitals ("POLITICS", "WORLD NEWS"). */
export function isSectionLabel(text: string): boolean {
  // Three words at most, found without splitting the line: every paragraph of an article is
  // asked, and splitting each into its words cost 1.5% of reading a long one.
  return THREE_WORDS_AT_MOST.test(text) && text === text.toUpperCase() && /\p{Lu}{3}/u.test(text);
}

const THREE_WORDS_AT_MOST = /^\s*\S+(?:\s+\S+){0,2}\s*$/u;

/** "Updated: March 3, 2025", "By Jane Roe | Reporter - Mon, 03/03/2025 - 09:15". */
export function isBylineOrStamp(text: string): boolean {
  if (TIMESTAMP_LABEL.test(text)) return true;
  if (/[.!?]["”’]?$/u.test(text)) return false;
  if (BY_LINE.test(text) && text.split(/\s+/u).length <= 20) return true;
  // "Jane Roe · Staff Writer", "Jane Roe | Analyst": a name then a separator and a role.
  return /^\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+){1,3}\s*[·|•]/u.test(text);
}

/** A line that is only a person's name (the byline of many page layouts). */
export function isBareName(text: string): boolean {
  return /^\p{Lu}[\p{Ll}'’-]+(?:\s+\p{Lu}[\p{Ll}'’-]+){1,2}$/u.test(text.trim());
}

export function isFurnitureLine(text: string): boolean {
  return (
    isFurniturePhrase(text) ||
    isCreditLine(text) ||
    isWordCount(text) ||
    isBreadcrumb(text) ||
    isSectionLabel(text)
  );
}
