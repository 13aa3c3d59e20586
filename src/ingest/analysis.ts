/**
 * One reading of a document shared by every later stage: its layout blocks, and for each
 * sentence of the headline, headings, body and bullets, its places, actor mentions and words.
 * Reading once keeps ingest fast; every offset is absolute in the raw text.
 */
import { findMentions, type Mention } from './actors/mentions';
import { findPlaces, type PlaceMention } from './geo/countries';
import { findCities } from './geo/cities';
import { readLayout, type Block } from './text/layout';
import { creditLength } from './text/dateline';
import type { ReadDates } from './dates';
import { splitSentences } from './text/sentences';
import type { Span } from './text/span';
import { wordsOf, type Word } from './text/words';
import { readVerb, type VerbReading } from './events/verbs';
import { tagText, type Token } from './nlp/tagger';

export interface SentenceReading extends Span {
  text: string;
  block: number;
  /** Index of this sentence within its block (repeated blocks split the same way). */
  index: number;
  heading: boolean;
  places: PlaceMention[];
  mentions: Mention[];
  words: Word[];
  /** The verb each word is, aligned with words (undefined for other words). */
  verbs: (VerbReading | undefined)[];
  /** Part-of-speech tokens of the sentence. */
  tokens: Token[];
  /** What chrono read in the sentence, when it was read ahead (dates are read when needed). */
  readDates?: ReadDates | undefined;
}

export interface DocumentReading {
  blocks: Block[];
  sentences: SentenceReading[];
  /** How many stretches ran past LONGEST_SENTENCE without sentence punctuation and were cut. */
  cutSentences: number;
}

const READ_KINDS = new Set(['headline', 'heading', 'body', 'bullet']);

/** Blocks `from` (inclusive) to `to` (exclusive) of a document's layout. */
export interface BlockRange {
  from: number;
  to: number;
}

/**
 * The reading of a document, or of the blocks of one range of it (a part of a very long text);
 * `blocks` is always the whole layout, so that block numbers mean the same in every part.
 */
export function readDocument(
  raw: string,
  blocks: Block[] = readLayout(raw),
  range: BlockRange = { from: 0, to: blocks.length },
): DocumentReading {
  const sentences: SentenceReading[] = [];
  const cutSentences = readSentences(raw, blocks, range, (s) => sentences.push(s));
  return { blocks, sentences, cutSentences };
}

/**
 * Reads the sentences of the blocks of `range` one after another, handing each to `each` as it
 * is read, so that a caller that keeps less than the whole reading never holds it all; returns
 * how many stretches ran past LONGEST_SENTENCE without sentence punctuation and were cut.
 */
export function readSentences(
  raw: string,
  blocks: readonly Block[],
  range: BlockRange,
  each: (sentence: SentenceReading) => void,
): number {
  let cutSentences = 0;
  for (let b = range.from; b < range.to; b++) {
    const block = blocks[b];
    if (block === undefined || !READ_KINDS.has(block.kind) || block.duplicateOf !== undefined)
      continue;
    splitSentences(raw, block).forEach((span, index) => {
      if (span.cut) cutSentences++;
      const { start, end } = span;
      const text = raw.slice(start, end);
      const tokens = tagText(text, start);
      const countries = findPlaces(text, start);
      const places = [...countries, ...findCities(tokens, text, start, countries)].sort(
        (a, b) => a.start - b.start,
      );
      const words = wordsOf(text, start);
      // The agency in "TOKYO, Jan 24 (Reuters) -" filed the story; it did not act in it.
      const dateline = index === 0 && block.kind === 'body' ? start + creditLength(text) : 0;
      // Every field written out: a spread of the span into the literal made each sentence's
      // object the slow way (about 3% of reading a long article).
      each({
        start,
        end,
        text,
        block: b,
        index,
        heading: block.kind === 'headline' || block.kind === 'heading',
        places,
        mentions: findMentions(text, start, places, words).filter(
          (m) => m.start >= dateline || m.kind === 'country',
        ),
        words,
        verbs: verbsOf(words),
        tokens,
        // Dates are read when the events are extracted, unless read ahead (pipeline.ts).
        readDates: undefined,
      });
    });
  }
  return cutSentences;
}

/** The verb each word is, aligned with the words (undefined for other words). */
export function verbsOf(words: readonly Word[]): (VerbReading | undefined)[] {
  return words.map((w, i) => readVerb(w.text, words[i - 1]?.text ?? ''));
}

/**
 * The ranges of blocks, in order, each holding at most `longest` characters of text (a single
 * longer block is a range of its own), that together cover the layout.
 */
export function partsOf(blocks: readonly Block[], longest: number): BlockRange[] {
  const parts: BlockRange[] = [];
  let from = 0;
  let size = 0;
  blocks.forEach((block, b) => {
    const length = block.end - block.start;
    if (b > from && size + length > longest) {
      parts.push({ from, to: b });
      from = b;
      size = 0;
    }
    size += length;
  });
  if (from < blocks.length || parts.length === 0) parts.push({ from, to: blocks.length });
  return parts;
}

/** Where each repeated block's sentences sit: the same split applied to its own offsets. */
export function repeatedSentences(raw: string, blocks: readonly Block[]): Map<string, Span[]> {
  const copies = new Map<string, Span[]>();
  blocks.forEach((block) => {
    if (block.duplicateOf === undefined) return;
    splitSentences(raw, block).forEach((span, index) => {
      const key = `${block.duplicateOf}:${index}`;
      // Appended in place: copying the list for each repeat took minutes on a page that
      // repeats one paragraph tens of thousands of times.
      const list = copies.get(key);
      if (list === undefined) copies.set(key, [span]);
      else list.push(span);
    });
  });
  return copies;
}
