/**
 * A short plain-text title a reader can scan: "Vidal rejects any new tariffs on
 * copper". Built from the actor, the verb in the present tense and the start of what
 * follows the verb, cut at a clause boundary or a word boundary, never mid-word, at most 100
 * characters. Double quotes become single quotes so the title reads as a headline.
 */
import { creditLength } from '../text/dateline';

export const MAX_TITLE = 100;

const TRAILING_FILLER =
  /\s+(?:the|a|an|of|to|and|or|in|on|for|with|by|as|at|its|his|her|their|that|which|who|from|into|than|but|if|is|was|be|are|were|not|no)$/iu;

/** "... and openly": a lower-case -ly word left at the end of a cut. */
const TRAILING_ADVERB = /\s+\p{Ll}+ly$/u;

function tidy(text: string): string {
  return text.replace(/[“”"]/gu, "'").replace(/[‘’]/gu, "'").replace(/\s+/gu, ' ').trim();
}

/** Cuts to at most max characters at a word boundary, without a dangling function word. */
export function clip(text: string, max = MAX_TITLE): string {
  let t = tidy(text);
  if (t.length <= max) return t.replace(/[\s,;:–—-]+$/u, '');
  t = t.slice(0, max + 1);
  const space = t.lastIndexOf(' ');
  t = space > 0 ? t.slice(0, space) : t.slice(0, max);
  // Only a cut leaves a dangling word ("... and openly"); a whole text keeps its last word
  // ("the national assembly").
  for (let prev = ''; prev !== t;) {
    prev = t;
    t = t
      .replace(TRAILING_FILLER, '')
      .replace(TRAILING_ADVERB, '')
      .replace(/[\s,;:–—-]+$/u, '');
  }
  // An opened quote that the cut left unclosed reads as an error; a plural possessive ("the
  // miners' union") opens nothing.
  const quotes = (t.match(/(?<!\ws)'|'(?!\s)/gu) ?? []).length;
  if (
    quotes % 2 === 1 &&
    !/\w'\w/u.test(t.slice(t.lastIndexOf("'") - 1)) &&
    !/s'\s/u.test(t.slice(t.lastIndexOf("'") - 1))
  ) {
    t = t.replace(/\s*'[^']*$/u, '');
  }
  return t.length > 0 ? t : tidy(text).slice(0, max);
}

/** The first clause of what follows a verb: up to a comma, semicolon, dash or bracket. */
export function objectPhrase(raw: string): string {
  // Asides between dashes or brackets ("the leader—now in his second term—had")
  // are left out rather than cutting the phrase at them.
  // Each match starts where its white space starts ((?<!\s)): trying from every space of a long
  // run made a sentence with 50,000 spaces take a second, a longer run minutes.
  const text = raw
    .replace(/(?<!\s)\s*[—–]\s*[^—–]{1,80}?\s*[—–]\s*/gu, ' ')
    .replace(/(?<!\s)\s*\([^()]{1,80}\)/gu, '');
  // Not at "3,000" nor at the full stop of "U.S." before a word.
  const cut = /[;:()—–]|,(?!\d{3})|\s-\s|(?<!\b\p{Lu})[.!?](?:\s|$)/u.exec(text);
  const phrase = (cut ? text.slice(0, cut.index) : text).replace(/^\s*that\s+/iu, '');
  return phrase.split(/\s+/u).slice(0, 14).join(' ').trim();
}

const AUDIENCE =
  /^(?:the\s+)?(?:reporters|journalists|the press|lawmakers|supporters|parliament|congress|the crowd|a crowd|crowds|an audience|the audience|a news conference|a press conference|the nation|state media|state television)$/iu;

export interface TitleParts {
  /** Who acts, as a reader knows them ("Vidal", "Chilean officials"). */
  actor: string;
  plural: boolean;
  lemma: string;
  present: string;
  negated: boolean;
  /** The text after the verb (after the agent, for a passive). */
  rest: string;
  /** For a passive, what was acted upon ("Chile" in "Chile was described by Cole as ..."). */
  patient?: string;
  /** The sentence's quotation, used when the verb has no object ('"...," she said'). */
  quote?: string;
}

export function clauseTitle(p: TitleParts): string {
  const verb = p.negated
    ? `${p.plural ? 'do' : 'does'} not ${p.lemma}`
    : p.plural
      ? p.lemma
      : p.present;
  let object = objectPhrase(p.rest);
  if (p.patient) object = `${p.patient} ${object}`;
  // "Macron told reporters": the audience says nothing; what was said does.
  // "... he said in a televised address": where it was said matters less than what.
  const toAudience = AUDIENCE.test(object) || /^(?:in|at|on|during|via|through)\s/iu.test(object);
  if ((object.length === 0 || toAudience) && p.quote) object = `'${clip(p.quote, 70)}'`;
  return clip(`${p.actor} ${verb} ${object}`);
}

/** The first quotation of a sentence, without its closing comma or full stop. */
export function firstQuote(sentence: string): string | undefined {
  const m = /["“]([^"“”]{3,}?)[,.!?]?["”]/u.exec(sentence);
  return m?.[1]?.trim();
}

export function stripDateline(sentence: string): string {
  return sentence.slice(creditLength(sentence));
}

/**
 * The text without the full stops (or ! and ?) that end it, keeping a closing quote after them.
 * A loop from the end, not a pattern: on a run of 500,000 full stops a pattern anchored at the
 * end is tried from every one of them.
 */
function withoutFinalStop(text: string): string {
  let end = text.length;
  const quote = text.endsWith("'");
  if (quote) end--;
  let cut = end;
  while (cut > 0 && '.!?'.includes(text.charAt(cut - 1))) cut--;
  if (cut === end) return text;
  return text.slice(0, cut) + (quote ? "'" : '');
}

/**
 * "According to the minister,", "On Monday,", "However,": an opening that says where, when or
 * how, not what happened; the title starts after it.
 */
const OPENING =
  /^(?:according to|on|in|at|after|before|following|during|since|as|when|while|however|meanwhile|also|but|and|initially|earlier|later|hours later|despite|amid|with|by|for|from|under|over|of|in addition|separately|previously)\b[^,;]{0,80},\s+/iu;

/**
 * A title taken from the sentence's own words, so that it never says more or less than the
 * passage (a denial stays a denial): without its dateline, its opening adverbial and a ", which
 * ...," aside; a leading he or she is the actor's name; cut at a clause boundary where it can be,
 * and marked with an ellipsis where the cut leaves the phrase open.
 */
export function sentenceTitle(sentence: string, actor?: string): string {
  // ", which was widely expected," tells about the subject, not what happened.
  let text = stripDateline(sentence).replace(
    /,\s+(?:which|who)\s(?:[^,]|,\s*\d{4}\b){1,160},\s*/u,
    ' ',
  );
  const opening = OPENING.exec(text);
  // "At least 84 people, including 28 children, were killed": a subject, not an opening; what
  // follows an opening starts a clause.
  const after = opening ? text.slice(opening[0].length) : '';
  const startsClause =
    /^(?:\p{Lu}|\d|(?:the|a|an|he|she|it|they|this|these|his|her|its|their|officials|police)\b)/u.test(
      after,
    );
  if (opening && startsClause && after.length > 24) {
    const rest = text.slice(opening[0].length);
    text = rest.charAt(0).toUpperCase() + rest.slice(1);
  }
  if (actor) text = text.replace(/^(?:he|she)\b/iu, actor);
  text = withoutFinalStop(tidy(text));
  if (text.length <= MAX_TITLE) return clip(text);
  // A whole first clause, when it says enough (five words or more) and fits.
  const clause = /^((?:\S+\s+){4,}?\S*?)(?:[;:]|,(?!\d{3}))\s/u.exec(text)?.[1];
  if (clause && clause.length <= MAX_TITLE - 1 && clause.length >= 45) return `${clip(clause)}…`;
  return `${clip(text, MAX_TITLE - 1)}…`;
}
