/**
 * One event per real-world event: a report in one article joins the closest event already read
 * from another article when both are dated the same, have compatible actors (the same person, or
 * a country and its head of state or government) and tell the same thing (verbs of the same
 * meaning, shared content words, or the same other countries). Each report joins at most one
 * event and events never merge with each other, so a chain of weak likenesses cannot glue
 * unrelated events together. Two sentences of one article never merge with each other directly.
 */
import type { ActorRegistry } from './actors/registry';
import type { EventDraft } from './events/draft';

export interface MergedEvent {
  drafts: EventDraft[];
}

const MIN_SCORE = 4;

const stem = (w: string): string => w.slice(0, 5);

function stemsOf(d: EventDraft, exclude: ReadonlySet<string>): Set<string> {
  return new Set(d.words.filter((w) => !exclude.has(w)).map(stem));
}

function subjectScore(a: EventDraft, b: EventDraft, registry: ActorRegistry): number {
  if (!a.subjectKey || !b.subjectKey) return 0;
  if (a.subjectKey === b.subjectKey) return 3;
  const ra = registry.byKey(a.subjectKey);
  const rb = registry.byKey(b.subjectKey);
  if (!ra || !rb) return 0;
  const countryAndHead = (c: typeof ra, p: typeof ra): boolean =>
    c.kind === 'country' && p.kind === 'person' && p.head === true && p.country === c.country;
  return countryAndHead(ra, rb) || countryAndHead(rb, ra) ? 2 : 0;
}

function nameWords(d: EventDraft, registry: ActorRegistry): Set<string> {
  const out = new Set<string>();
  for (const key of d.actorKeys) {
    const r = registry.byKey(key);
    for (const alias of r?.aliases ?? [])
      for (const w of alias.toLowerCase().split(/\s+/u)) out.add(w);
  }
  return out;
}

export function similarity(a: EventDraft, b: EventDraft, registry: ActorRegistry): number {
  if (a.heading || b.heading) return 0;
  if (a.date.start !== b.date.start) return 0;
  const subject = subjectScore(a, b, registry);
  if (subject === 0) return 0;
  const names = new Set([...nameWords(a, registry), ...nameWords(b, registry)]);
  const sa = stemsOf(a, names);
  const shared = [...stemsOf(b, names)].filter((w) => sa.has(w)).length;
  const senses = Math.min(a.senses.filter((x) => b.senses.includes(x)).length, 2);
  const own = new Set(
    [a.subjectKey, b.subjectKey].map((k) => (k ? registry.byKey(k)?.country : undefined)),
  );
  const otherCountries = a.countries.filter((c) => !own.has(c) && b.countries.includes(c)).length;
  // Same actor and day is not enough: the two passages must also tell the same thing.
  // A country and its leader are compatible actors only when they also do the same thing.
  const evidence =
    subject === 3
      ? shared >= 2 || (shared >= 1 && (senses >= 1 || otherCountries >= 1))
      : shared >= 1 && senses >= 1;
  if (!evidence) return 0;
  return subject + senses + Math.min(shared, 4) + Math.min(otherCountries, 1);
}

/** Drafts grouped into events, in the order of their first report. */
export function mergeDrafts(drafts: readonly EventDraft[], registry: ActorRegistry): MergedEvent[] {
  const events: MergedEvent[] = [];
  for (const draft of drafts) {
    let best: MergedEvent | undefined;
    let bestScore = MIN_SCORE - 1;
    for (const event of events) {
      const first = event.drafts[0];
      if (!first || first.documentId === draft.documentId) continue;
      if (
        event.drafts.some((d) => d.documentId === draft.documentId && d.localKey === draft.localKey)
      )
        continue;
      const score = similarity(first, draft, registry);
      if (score > bestScore) {
        best = event;
        bestScore = score;
      }
    }
    if (best) best.drafts.push(draft);
    else events.push({ drafts: [draft] });
  }
  return events;
}
