/**
 * Terms of office that an article dates once and names again later: "During his first
 * presidency (2009-2013), he ..." lets "renegotiated under Cole's first term" be dated
 * 2009–2013 in the same article. The holder is the person the possessive points to.
 * Limits: only ordinals first to fourth, and only periods the article itself has dated.
 */
import type { EventDate } from '../../domain/schema';
import type { ActorRecord, ActorRegistry } from '../actors/registry';
import type { DateMention } from '../dates';
import { asOrigin } from './dating';
import type { Discourse } from './discourse';

const TERM =
  /\b([Hh]is|[Hh]er|(\p{Lu}[\p{L}'’-]+)['’]s)\s+(first|second|third|fourth)\s+(?:non-consecutive\s+)?(?:term|presidency|administration|mandate|government)\b/gu;
/** A cheap test first: most sentences name no ordinal at all. */
const ORDINAL = /(?:first|second|third|fourth) /u;

interface TermPhrase {
  holder: ActorRecord | undefined;
  ordinal: string;
  /** Absolute offset just after the phrase. */
  end: number;
  text: string;
}

function termPhrases(
  sentence: string,
  offset: number,
  registry: ActorRegistry,
  discourse: Discourse,
  subject: ActorRecord | undefined,
): TermPhrase[] {
  const out: TermPhrase[] = [];
  if (!ORDINAL.test(sentence)) return out;
  TERM.lastIndex = 0;
  for (let m = TERM.exec(sentence); m; m = TERM.exec(sentence)) {
    const pronoun = m[1]?.toLowerCase();
    const holder =
      pronoun === 'his' || pronoun === 'her'
        ? subject?.kind === 'person'
          ? subject
          : discourse.resolve(pronoun === 'his' ? 'he' : 'she')
        : registry.findPerson([m[2] ?? '']);
    out.push({
      holder,
      ordinal: (m[3] ?? '').toLowerCase(),
      end: offset + m.index + m[0].length,
      text: m[0],
    });
  }
  return out;
}

export class TermMemory {
  private readonly terms = new Map<string, EventDate>();

  /**
   * Learns the terms a sentence dates ("his first presidency (2009-2013)") and returns the
   * date of a term it names without dating it, if one was learned before.
   */
  read(
    sentence: string,
    offset: number,
    dates: readonly DateMention[],
    context: { registry: ActorRegistry; discourse: Discourse; subject: ActorRecord | undefined },
  ): EventDate | undefined {
    let found: EventDate | undefined;
    for (const p of termPhrases(
      sentence,
      offset,
      context.registry,
      context.discourse,
      context.subject,
    )) {
      if (!p.holder) continue;
      const key = `${p.holder.key}|${p.ordinal}`;
      // The period must follow the phrase at once: "first presidency (2009-2013)".
      const dated = dates.find((d) => d.start >= p.end && d.start - p.end <= 3);
      if (dated) this.terms.set(key, dated.date);
      else {
        const known = this.terms.get(key);
        if (known) {
          found ??= {
            ...withoutText(known),
            basis: 'inferred',
            text: p.text,
            from: asOrigin(known),
          };
        }
      }
    }
    return found;
  }
}

function withoutText(date: EventDate): EventDate {
  return {
    start: date.start,
    ...(date.end !== undefined ? { end: date.end } : {}),
    granularity: date.granularity,
    basis: date.basis,
  };
}
