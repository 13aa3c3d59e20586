/**
 * A document's reading kept between the two passes of the pipeline in a compact form: the
 * part-of-speech tokens (the costly part of reading) and the words as rows of numbers in typed
 * arrays, their strings in one table, and the places and mentions as they are. Each sentence's
 * text and verbs are cheap to make again and are not kept. A kept reading takes about a sixth of
 * the memory of the reading, so that an article too long to keep read is still read only once.
 */
import { verbsOf, type DocumentReading, type SentenceReading } from './analysis';
import type { ReadDates } from './dates';
import { POS_TAGS, type Token, type Pos } from './nlp/tagger';
import type { Word } from './text/words';

const POS: readonly Pos[] = POS_TAGS;
const POS_INDEX = new Map(POS.map((pos, k) => [pos, k]));
const X = POS.indexOf('X');

/** One table of the token strings (texts and lemmas) of the readings kept in one run. */
export class StringTable {
  private readonly ids = new Map<string, number>();
  readonly strings: string[] = [];

  id(value: string): number {
    let id = this.ids.get(value);
    if (id === undefined) {
      id = this.strings.length;
      this.strings.push(value);
      this.ids.set(value, id);
    }
    return id;
  }
}

/** A sentence as kept: all but its text, words, verbs and tokens, which are made again. */
export type KeptSentence = Omit<SentenceReading, 'text' | 'words' | 'verbs' | 'tokens'> & {
  /** Where this sentence's tokens and words end (exclusive) among the kept rows. */
  tokensTo: number;
  wordsTo: number;
};

export interface KeptReading {
  blocks: DocumentReading['blocks'];
  cutSentences: number;
  sentences: KeptSentence[];
  /** A row per token: start, end, part of speech, text, lemma (strings as ids in `table`). */
  tokens: Int32Array;
  /** A row per word: start, end, text, flags (capitalised 1, possessive 2). */
  words: Int32Array;
  /** The strings the rows name by their place in this list (StringTable.strings). */
  strings: readonly string[];
}

const TOKEN_ROW = 5;
const WORD_ROW = 4;
const CAPITALISED = 1;
const POSSESSIVE = 2;

/** Rows of numbers that grow as they are added to. */
class Rows {
  private data = new Int32Array(4096);
  length = 0;

  push(a: number, b: number, c: number, d: number, e?: number): void {
    const width = e === undefined ? 4 : 5;
    if (this.length + width > this.data.length) {
      const grown = new Int32Array(this.data.length * 2);
      grown.set(this.data);
      this.data = grown;
    }
    const at = this.length;
    this.data[at] = a;
    this.data[at + 1] = b;
    this.data[at + 2] = c;
    this.data[at + 3] = d;
    if (e !== undefined) this.data[at + 4] = e;
    this.length += width;
  }

  done(): Int32Array {
    return this.data.slice(0, this.length);
  }
}

/**
 * Keeps sentences one at a time as they are read, so that a part's reading is never held whole:
 * its token and word objects die young instead of filling the old generation.
 */
export class ReadingKeeper {
  private readonly sentences: KeptSentence[] = [];
  private readonly tokens = new Rows();
  private readonly words = new Rows();

  constructor(private readonly table: StringTable) {}

  add(s: SentenceReading): void {
    const { table } = this;
    for (const t of s.tokens) {
      this.tokens.push(
        t.start,
        t.end,
        POS_INDEX.get(t.pos) ?? X,
        table.id(t.text),
        table.id(t.lemma),
      );
    }
    for (const w of s.words) {
      const flags = (w.capitalised ? CAPITALISED : 0) | (w.possessive ? POSSESSIVE : 0);
      this.words.push(w.start, w.end, table.id(w.text), flags);
    }
    this.sentences.push({
      start: s.start,
      end: s.end,
      block: s.block,
      index: s.index,
      heading: s.heading,
      places: s.places,
      mentions: s.mentions,
      tokensTo: this.tokens.length / TOKEN_ROW,
      wordsTo: this.words.length / WORD_ROW,
    });
  }

  /** The kept reading of the sentences added, in the layout `blocks`. */
  finish(blocks: DocumentReading['blocks'], cutSentences: number): KeptReading {
    return {
      blocks,
      cutSentences,
      sentences: this.sentences,
      tokens: this.tokens.done(),
      words: this.words.done(),
      strings: this.table.strings,
    };
  }
}

/**
 * The reading a kept reading was made from, of the raw text it was read from, with what chrono
 * read in each sentence when that was read ahead (`dates`, one per sentence).
 */
export function restoreReading(
  kept: KeptReading,
  raw: string,
  dates?: readonly (ReadDates | undefined)[],
): DocumentReading {
  const strings = kept.strings;
  const string = (id: number | undefined): string => strings[id ?? 0] ?? '';
  const rows = kept.tokens;
  const wordRows = kept.words;
  const sentences: SentenceReading[] = [];
  let t = 0;
  let w = 0;
  for (let k = 0; k < kept.sentences.length; k++) {
    const s = kept.sentences[k];
    if (s === undefined) continue;
    const tokens: Token[] = [];
    for (; t < s.tokensTo; t++) {
      const at = t * TOKEN_ROW;
      tokens.push({
        start: rows[at] ?? 0,
        end: rows[at + 1] ?? 0,
        text: string(rows[at + 3]),
        pos: POS[rows[at + 2] ?? X] ?? 'X',
        lemma: string(rows[at + 4]),
      });
    }
    const words: Word[] = [];
    for (; w < s.wordsTo; w++) {
      const at = w * WORD_ROW;
      const flags = wordRows[at + 3] ?? 0;
      words.push({
        start: wordRows[at] ?? 0,
        end: wordRows[at + 1] ?? 0,
        text: string(wordRows[at + 2]),
        capitalised: (flags & CAPITALISED) !== 0,
        possessive: (flags & POSSESSIVE) !== 0,
      });
    }
    sentences.push({
      start: s.start,
      end: s.end,
      text: raw.slice(s.start, s.end),
      block: s.block,
      index: s.index,
      heading: s.heading,
      places: s.places,
      mentions: s.mentions,
      words,
      verbs: verbsOf(words),
      tokens,
      readDates: dates?.[k],
    });
  }
  return { blocks: kept.blocks, sentences, cutSentences: kept.cutSentences };
}
