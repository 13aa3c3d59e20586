/**
 * The shape of an article page: which lines are the headline, subheadings, body paragraphs,
 * bullets, bylines or furniture, and which paragraphs repeat an earlier one (pages often print
 * the lead twice). Offsets stay those of the raw text.
 */
import { splitLines, type Line } from './lines';
import { isBareName, isBylineOrStamp, isFurnitureLine } from './furniture';

export type BlockKind = 'headline' | 'heading' | 'body' | 'bullet' | 'byline' | 'furniture';

export interface Block extends Line {
  kind: BlockKind;
  /** Index of the first block with the same wording, when this one repeats it. */
  duplicateOf?: number;
}

const BULLET = /^(?:[•·▪◦‣●■*–-]|\d{1,2}[.)])\s+/u;
const ENDS_SENTENCE = /[.!?:;…]["”’)\]]*$/u;

function wordsOf(text: string): string[] {
  return text.split(/\s+/u).filter((w) => /\p{L}/u.test(w));
}

/** Title Case or short, and not closed like a sentence. */
export function looksLikeHeading(text: string): boolean {
  if (ENDS_SENTENCE.test(text)) return false;
  const words = wordsOf(text);
  if (words.length === 0 || words.length > 20) return false;
  const long = words.filter((w) => w.replace(/\P{L}/gu, '').length > 3);
  if (long.length === 0) return true;
  const capitalised = long.filter((w) => /^["“‘'(]?\p{Lu}/u.test(w)).length;
  return capitalised / long.length >= 0.6;
}

function keyOf(text: string): string {
  return text.replace(/\s+/gu, ' ').trim().toLowerCase();
}

function kindOf(line: Line): BlockKind {
  const text = line.text;
  if (isFurnitureLine(text)) return 'furniture';
  if (isBylineOrStamp(text)) return 'byline';
  if (BULLET.test(text)) return 'bullet';
  if (looksLikeHeading(text)) return 'heading';
  return 'body';
}

const AUTHOR_ROLE =
  /^(?:[\p{L}'’ -]{0,30}\s)?(?:correspondent|reporter|editor|writer|journalist|analyst|columnist|contributor)s?$/iu;

/** "Tom Phillips in Rio de Janeiro": a reporter and where they file from. */
const NAME_IN_PLACE =
  /^\p{Lu}\p{Ll}+(?:\s\p{Lu}[\p{Ll}'’-]+){1,2}(?:\sand\s\p{Lu}\p{Ll}+(?:\s\p{Lu}[\p{Ll}'’-]+){1,2})?\sin\s\p{Lu}[\p{L}\s-]{2,30}$/u;

function isAuthorRole(text: string): boolean {
  return text.length <= 50 && AUTHOR_ROLE.test(text);
}

function nextIsAuthorLine(lines: readonly Line[], kinds: readonly BlockKind[], n: number): boolean {
  return kinds[n + 1] === 'byline' || isAuthorRole(lines[n + 1]?.text ?? '');
}

export function readLayout(raw: string): Block[] {
  const lines = splitLines(raw);
  const kinds = lines.map(kindOf);
  const blocks: Block[] = [];
  const firstByKey = new Map<string, number>();
  let inHeader = true;
  let headlineSeen = false;
  lines.forEach((line, n) => {
    let kind = kinds[n] ?? 'body';
    // Before the article starts, a line without a full stop is the headline or a standfirst,
    // even in sentence case.
    if (kind === 'body' && inHeader && !ENDS_SENTENCE.test(line.text) && line.text.length <= 250) {
      kind = 'heading';
    }
    if (kind === 'body') inHeader = false;
    const key = keyOf(line.text);
    const first = firstByKey.get(key);
    if (kind === 'heading' && !headlineSeen) {
      kind = 'headline';
      headlineSeen = true;
    } else if (kind === 'heading' && first !== undefined && blocks[first]?.kind === 'headline') {
      kind = 'headline';
    } else if (
      (kind === 'heading' || kind === 'body') &&
      inHeader &&
      (isAuthorRole(line.text) ||
        NAME_IN_PLACE.test(line.text) ||
        (isBareName(line.text) && nextIsAuthorLine(lines, kinds, n)))
    ) {
      // A name alone above a byline, a time stamp or a role is the author ("Jane Roe" /
      // "Seoul correspondent"), and the role line is part of the byline.
      kind = 'byline';
    }
    const block: Block = { ...line, kind };
    if (first !== undefined && kind !== 'furniture' && kind !== 'byline') {
      block.duplicateOf = first;
    } else if (first === undefined) firstByKey.set(key, blocks.length);
    blocks.push(block);
  });
  return blocks;
}
