/**
 * A short plain-text title a reader can scan: "Sheinbaum rejects any notion of U.S. military
 * intervention". Built from the actor, the verb in the present tense and the start of what
 * follows the verb, cut at a clause boundary or a word boundary, never mid-word, at most 100
 * characters. Double quotes become single quotes so the title reads as a headline.
 */
export const MAX_TITLE = 100;

const TRAILING_FILLER =
  /\s+(?:the|a|an|of|to|and|or|in|on|for|with|by|as|at|its|his|her|their|that|which|who|from|into|than|but|if|is|was|be|are|were|not|no)$/iu;

function tidy(text: string): string {
  return text.replace(/[“”"]/gu, "'").replace(/[‘’]/gu, "'").replace(/\s+/gu, ' ').trim();
}

/** Cuts to at most max characters at a word boundary, without a dangling function word. */
export function clip(text: string, max = MAX_TITLE): string {
  let t = tidy(text);
  if (t.length > max) {
    t = t.slice(0, max + 1);
    const space = t.lastIndexOf(' ');
    t = space > 0 ? t.slice(0, space) : t.slice(0, max);
  }
  for (let prev = ''; prev !== t;) {
    prev = t;
    t = t.replace(TRAILING_FILLER, '').replace(/[\s,;:–—-]+$/u, '');
  }
  // An opened quote that the cut left unclosed reads as an error.
  if ((t.match(/'/gu) ?? []).length % 2 === 1 && !/\w'\w/u.test(t.slice(t.lastIndexOf("'") - 1))) {
    t = t.replace(/\s*'[^']*$/u, '');
  }
  return t.length > 0 ? t : tidy(text).slice(0, max);
}

/** The first clause of what follows a verb: up to a comma, semicolon, dash or bracket. */
export function objectPhrase(text: string): string {
  const cut = /[,;:()—–]|\s-\s|[.!?](?:\s|$)/u.exec(text);
  const phrase = (cut ? text.slice(0, cut.index) : text).replace(/^\s*that\s+/iu, '');
  return phrase.split(/\s+/u).slice(0, 14).join(' ');
}

export function clauseTitle(actor: string, verb: string, rest: string): string {
  const object = objectPhrase(rest);
  return clip(`${actor} ${verb} ${object}`);
}

export function sentenceTitle(sentence: string): string {
  const stripped = sentence.replace(/^[^–—]{2,60}\d{4}\s*[–—-]\s*/u, '');
  const first = /^(.{20,}?)[,;:]\s/u.exec(stripped);
  return clip(first?.[1] ?? stripped);
}
