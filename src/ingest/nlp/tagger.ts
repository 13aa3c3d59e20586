/**
 * Part-of-speech tags for a piece of article text, with exact offsets into it: the one place that
 * runs wink-nlp's English model (Universal POS tags and lemmas), so the extraction can read finite
 * verbs of any lemma, proper-noun runs and subjects without closed lists of names or verbs.
 * The model is made on first use and kept. Tokens whose text cannot be found where the model says
 * (it never happens with wink's tokenizer, which keeps every character) are left out, never
 * misplaced. Limits: the model's own errors (a sentence-initial capitalised noun may be read as a
 * proper noun); callers check tags against the text where that matters.
 */
import winkNLP, { type ItsFunction } from 'wink-nlp';
import model from 'wink-eng-lite-web-model';

/** wink-nlp's part-of-speech tags (Universal POS). */
export const POS_TAGS = [
  'ADJ',
  'ADP',
  'ADV',
  'AUX',
  'CCONJ',
  'DET',
  'INTJ',
  'NOUN',
  'NUM',
  'PART',
  'PRON',
  'PROPN',
  'PUNCT',
  'SCONJ',
  'SYM',
  'VERB',
  'X',
  'SPACE',
] as const;

export type Pos = (typeof POS_TAGS)[number];

export interface Token {
  start: number;
  end: number;
  text: string;
  pos: Pos;
  /** Lower-case base form ("said" → "say"). */
  lemma: string;
}

type Nlp = ReturnType<typeof winkNLP>;
let nlp: Nlp | undefined;

function instance(): Nlp {
  nlp ??= winkNLP(model, ['pos']);
  return nlp;
}

/**
 * The longest stretch of one sentence that is tagged. A real sentence is far shorter; a
 * "sentence" of a million characters (a line with no punctuation, a run of one character) is
 * tagged for its first stretch only, so that reading it stays linear in its length.
 */
export const LONGEST_TAGGED = 4_000;

/** Tokens of `text` (its first LONGEST_TAGGED characters) in order, offsets shifted by `offset`. */
export function tagText(whole: string, offset = 0): Token[] {
  const text = whole.length > LONGEST_TAGGED ? whole.slice(0, LONGEST_TAGGED) : whole;
  if (text.trim() === '') return [];
  const engine = instance();
  const its = engine.its;
  const doc = engine.readDoc(text);
  const values = doc.tokens().out(its.value);
  const tags = doc.tokens().out(its.pos);
  // wink's own typings give its.lemma a signature its out() does not accept; the call is the
  // documented one (tokens().out(its.lemma)).
  const lemmas = doc.tokens().out(its.lemma as unknown as ItsFunction<string>);
  const out: Token[] = [];
  let cursor = 0;
  for (let i = 0; i < values.length; i++) {
    const value = values[i] ?? '';
    if (value === '') continue;
    // A token more than a few characters ahead of the cursor was not where the model put it;
    // the search looks no further, so that a token the model rewrote costs no scan of the rest.
    let at = cursor;
    while (at < text.length && at - cursor < 64 && isSpace(text.charCodeAt(at))) at++;
    if (!text.startsWith(value, at)) {
      const near = text.slice(cursor, cursor + value.length + 64).indexOf(value);
      if (near < 0) continue;
      at = cursor + near;
    }
    cursor = at + value.length;
    out.push({
      start: offset + at,
      end: offset + cursor,
      text: value,
      pos: (tags[i] ?? 'X') as Pos,
      lemma: (lemmas[i] ?? value).toLowerCase(),
    });
  }
  return out;
}

/**
 * Whether a UTF-16 unit is white space as `\s` reads it, without a regular expression: asked
 * for the gap before every token, the expression cost more than the rest of the alignment.
 */
function isSpace(code: number): boolean {
  return (
    (code >= 9 && code <= 13) ||
    code === 32 ||
    code === 160 ||
    code === 5760 ||
    (code >= 8192 && code <= 8202) ||
    code === 8232 ||
    code === 8233 ||
    code === 8239 ||
    code === 8287 ||
    code === 12288 ||
    code === 65279
  );
}
