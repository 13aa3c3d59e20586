/**
 * One event per real-world event: a report in one article joins the closest event already read
 * from another article when both are dated the same, have compatible actors (the same person, or
 * a country and its head of state or government) and tell the same thing (verbs of the same
 * meaning, shared content words, or the same other countries). Each report joins at most one
 * event and events never merge with each other, so a chain of weak likenesses cannot glue
 * unrelated events together. Two sentences of one article never merge with each other directly.
 * Candidates are looked up by day and actor, so merging stays linear in the number of reports.
 */
import type { ActorRecord, ActorRegistry } from './actors/registry';
import type { EventDate } from '../domain/schema';
import type { EventDraft } from './events/draft';
import { contentWords } from './events/words';
import { countryName, demonymOf } from './geo/countries';

export interface MergedEvent {
  drafts: EventDraft[];
}

interface Prepared {
  stems: Set<string>;
  names: Set<string>;
}

const prepared = new WeakMap<EventDraft, Prepared>();
const namingOf = new WeakMap<ActorRecord, string[]>();
const stem = (w: string): string => w.slice(0, 5);

function prepare(d: EventDraft, registry: ActorRegistry): Prepared {
  const known = prepared.get(d);
  if (known) return known;
  const names = new Set<string>();
  // Words that only name the actors ("Chilean President Rosa Vidal") say nothing of the event.
  for (const key of d.actorKeys) {
    const r = registry.byKey(key);
    if (!r) continue;
    let stems = namingOf.get(r);
    if (!stems) {
      const naming = [...r.aliases, r.role ?? ''];
      if (r.country) naming.push(countryName(r.country) ?? '', demonymOf(r.country) ?? '');
      stems = naming.flatMap((n) => n.toLowerCase().split(/\s+/u)).map(stem);
      namingOf.set(r, stems);
    }
    for (const w of stems) names.add(w);
  }
  const stems = new Set(
    contentWords(d.said)
      .map(stem)
      .filter((w) => !names.has(w)),
  );
  const p = { stems, names };
  prepared.set(d, p);
  return p;
}

const isHeadOf = (person: ActorRecord, country: ActorRecord): boolean =>
  country.kind === 'country' &&
  person.kind === 'person' &&
  person.head === true &&
  person.country === country.country;

function subjectScore(a: EventDraft, b: EventDraft, registry: ActorRegistry): number {
  if (!a.subjectKey || !b.subjectKey) return 0;
  if (a.subjectKey === b.subjectKey) return 3;
  const ra = registry.byKey(a.subjectKey);
  const rb = registry.byKey(b.subjectKey);
  if (!ra || !rb) return 0;
  return isHeadOf(ra, rb) || isHeadOf(rb, ra) ? 2 : 0;
}

const DAY = 86_400_000;
const timeOf = (iso: string): number => Date.parse(`${iso}T00:00:00Z`);
const isDay = (d: EventDate): boolean => d.granularity === 'day' && d.start.length === 10;

/**
 * Two reports may tell one event when they give it the same date, or when one only inferred it
 * (a statement dated at publication) and the other's day falls in that inference's window, the
 * two days before publication and publication itself.
 */
export function compatibleDates(a: EventDate, b: EventDate): boolean {
  if (a.start === b.start) return true;
  const [inferred, told] = a.basis === 'inferred' ? [a, b] : [b, a];
  if (inferred.basis !== 'inferred' || told.basis === 'inferred') return false;
  if (!isDay(inferred) || !isDay(told)) return false;
  const gap = timeOf(inferred.start) - timeOf(told.start);
  return gap >= 0 && gap <= 2 * DAY;
}

/** The days under which a report is filed: its day, and for an inferred day its window. */
function daysOf(d: EventDraft): string[] {
  if (d.date.basis !== 'inferred' || !isDay(d.date)) return [d.date.start];
  const t = timeOf(d.date.start);
  return [0, 1, 2].map((k) => new Date(t - k * DAY).toISOString().slice(0, 10));
}

/** How strongly two reports tell the same event; 0 when they must not merge. */
export function similarity(a: EventDraft, b: EventDraft, registry: ActorRegistry): number {
  if (a.heading || b.heading) return 0;
  if (!compatibleDates(a.date, b.date)) return 0;
  const subject = subjectScore(a, b, registry);
  if (subject === 0) return 0;
  const pa = prepare(a, registry);
  const pb = prepare(b, registry);
  let shared = 0;
  for (const w of pa.stems) if (pb.stems.has(w) && !pb.names.has(w)) shared++;
  const senses = Math.min(a.senses.filter((x) => b.senses.includes(x)).length, 2);
  const own = new Set(
    [a.subjectKey, b.subjectKey].map((k) => (k ? registry.byKey(k)?.country : undefined)),
  );
  const otherCountries = a.countries.filter((c) => !own.has(c) && b.countries.includes(c)).length;
  // Same actor and day is not enough: the two passages must also tell the same thing, and a
  // country and its leader are compatible actors only when they also do the same thing.
  // Saying something is what most reports do: only a more telling verb is evidence by itself.
  const telling = a.senses.some((x) => x !== 'say' && b.senses.includes(x));
  const evidence =
    subject === 3
      ? shared >= 2 || (shared >= 1 && (telling || otherCountries >= 1))
      : shared >= 1 && telling;
  if (!evidence) return 0;
  return subject + senses + Math.min(shared, 4) + Math.min(otherCountries, 1);
}

/** Index keys under which a report's possible partners are filed: its day with its actor. */
function keysOf(d: EventDraft, registry: ActorRegistry): string[] {
  if (!d.subjectKey || d.heading) return [];
  const keys: string[] = [];
  const r = registry.byKey(d.subjectKey);
  const nation = r?.country && (r.kind === 'country' || (r.kind === 'person' && r.head === true));
  for (const day of daysOf(d)) {
    keys.push(`${day}|${d.subjectKey}`);
    if (nation) keys.push(`${day}|nation:${r.country ?? ''}`);
  }
  return keys;
}

/**
 * The events filed under one key. Reports come article by article, so the events an article
 * adds sit at the end of each list: where the last article's own run begins is kept, and its
 * reports skip that run (scanning it made one article of ten thousand reports quadratic).
 */
interface Bucket {
  events: MergedEvent[];
  lastDocument: string;
  /** Index of the first event of lastDocument's trailing run. */
  runStart: number;
}

/** Drafts grouped into events, in the order of their first report. */
export function mergeDrafts(drafts: readonly EventDraft[], registry: ActorRegistry): MergedEvent[] {
  const events: MergedEvent[] = [];
  const index = new Map<string, Bucket>();
  for (const draft of drafts) {
    const keys = keysOf(draft, registry);
    let best: MergedEvent | undefined;
    let bestScore = 0;
    const seen = new Set<MergedEvent>();
    for (const key of keys) {
      const bucket = index.get(key);
      if (!bucket) continue;
      const end = bucket.lastDocument === draft.documentId ? bucket.runStart : bucket.events.length;
      for (let i = 0; i < end; i++) {
        const event = bucket.events[i];
        if (!event || seen.has(event)) continue;
        seen.add(event);
        const first = event.drafts[0];
        if (!first || first.documentId === draft.documentId) continue;
        const score = similarity(first, draft, registry);
        if (score > bestScore) {
          best = event;
          bestScore = score;
        }
      }
    }
    if (best) {
      best.drafts.push(draft);
      continue;
    }
    const event = { drafts: [draft] };
    events.push(event);
    for (const key of keys) {
      const bucket = index.get(key);
      if (!bucket) {
        index.set(key, { events: [event], lastDocument: draft.documentId, runStart: 0 });
        continue;
      }
      if (bucket.lastDocument !== draft.documentId) {
        bucket.lastDocument = draft.documentId;
        bucket.runStart = bucket.events.length;
      }
      bucket.events.push(event);
    }
  }
  return events;
}
