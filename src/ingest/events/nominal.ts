/**
 * Events a sentence names without a verb of its own. "Following the raid that led
 * to the arrest of X, the minister warned ..." reports the operation as well as the accusation, and
 * the operation came first. Limits: only an opening "Following/After the <event noun> ..."
 * phrase is read; other nominal events stay inside the sentence's main event.
 */
import type { EventType } from '../../domain/schema';

const EVENT_NOUNS: Readonly<Record<string, EventType>> = {
  operation: 'military-operation',
  raid: 'military-operation',
  strike: 'military-operation',
  strikes: 'military-operation',
  attack: 'military-operation',
  attacks: 'military-operation',
  invasion: 'military-operation',
  incursion: 'military-operation',
  offensive: 'military-operation',
  bombing: 'military-operation',
  intervention: 'military-operation',
  capture: 'law-enforcement',
  arrest: 'law-enforcement',
  detention: 'law-enforcement',
  extradition: 'law-enforcement',
  killing: 'other',
  assassination: 'other',
  election: 'election',
  elections: 'election',
  vote: 'election',
  referendum: 'election',
  inauguration: 'election',
  coup: 'other',
  summit: 'diplomacy',
  visit: 'diplomacy',
  meeting: 'diplomacy',
  talks: 'diplomacy',
  ruling: 'legal',
  verdict: 'legal',
  announcement: 'statement',
  speech: 'statement',
  decision: 'policy',
};

export interface LeadingEvent {
  /** Absolute offsets of the noun phrase. */
  start: number;
  end: number;
  phrase: string;
  type: EventType;
}

const LEAD =
  /^(?:Following|After|In the wake of|In the aftermath of|Days after|Hours after|Weeks after)\s+((?:the|a|an|last\s+\w+'s|this\s+\w+'s)\s+[^,]{3,200}?),\s/iu;

export function leadingEvent(sentence: string, offset: number): LeadingEvent | undefined {
  const m = LEAD.exec(sentence);
  const phrase = m?.[1];
  if (!m || !phrase) return undefined;
  // The head noun is among the first few words: "the raid that ...".
  const head = phrase
    .split(/\s+/u)
    .slice(0, 5)
    .map((w) => w.toLowerCase().replace(/[^\p{L}]/gu, ''))
    .find((w) => EVENT_NOUNS[w] !== undefined);
  if (!head) return undefined;
  const type = EVENT_NOUNS[head] ?? 'other';
  const start = offset + m[0].indexOf(phrase);
  return { start, end: start + phrase.length, phrase, type };
}
