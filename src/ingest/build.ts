/**
 * Turns merged events and the actor registry into the published timeline shapes: actors get
 * slug ids and canonical names, events get stable ids, titles, dates, actors and countries, and
 * sources sorted by document and offset.
 */
import type { Actor, Country, EventDate, TimelineEvent } from '../domain/schema';
import type { ActorRecord, ActorRegistry } from './actors/registry';
import { countryName } from './geo/countries';
import { shortHash, slugOf } from './ids';
import type { MergedEvent } from './merge';

export interface BuiltEvents {
  events: TimelineEvent[];
  actors: Actor[];
  countries: Country[];
}

const BASIS_RANK: Record<EventDate['basis'], number> = { explicit: 0, relative: 1, inferred: 2 };

export function buildEvents(merged: readonly MergedEvent[], registry: ActorRegistry): BuiltEvents {
  const idOfActor = new Map<string, string>();
  const taken = new Set<string>();
  const actors: Actor[] = [];
  const actorOf = (record: ActorRecord): string => {
    const known = idOfActor.get(record.key);
    if (known) return known;
    let id = slugOf(record.name);
    for (let n = 2; taken.has(id); n++) id = `${slugOf(record.name)}-${n}`;
    taken.add(id);
    idOfActor.set(record.key, id);
    const aliases = [...record.aliases].filter((a) => a !== record.name).sort();
    actors.push({
      id,
      name: record.name,
      aliases,
      kind: record.kind,
      ...(record.role ? { role: record.role } : {}),
      ...(record.country ? { country: record.country } : {}),
    });
    return id;
  };

  const codes = new Set<string>();
  const events: TimelineEvent[] = [];
  const eventIds = new Set<string>();
  for (const m of merged) {
    const first = m.drafts[0];
    if (!first) continue;
    const date =
      [...m.drafts]
        .map((d) => d.date)
        .sort((a, b) => BASIS_RANK[a.basis] - BASIS_RANK[b.basis])[0] ?? first.date;
    const actorIds: string[] = [];
    const countries: string[] = [];
    for (const d of m.drafts) {
      for (const key of d.actorKeys) {
        const record = registry.byKey(key);
        if (!record) continue;
        const id = actorOf(record);
        if (!actorIds.includes(id)) actorIds.push(id);
        // Countries are those of the actors as finally known (another article may tell them).
        if (record.country && !countries.includes(record.country)) countries.push(record.country);
      }
      for (const c of d.countries) if (!countries.includes(c)) countries.push(c);
    }
    for (const c of countries) codes.add(c);
    // A set, not a search per source: a page that repeats one paragraph tens of thousands of
    // times gives one event that many sources, and the search made that quadratic.
    const seen = new Set<string>();
    const sources = m.drafts
      .flatMap((d) =>
        d.sources.map((s) => ({ documentId: d.documentId, start: s.start, end: s.end })),
      )
      .filter((s) => {
        const key = `${s.documentId}:${s.start}`;
        if (seen.has(key)) return false;
        seen.add(key);
        return true;
      });
    let id = `ev-${shortHash(`${first.documentId}:${first.localKey}`)}`;
    // Ids must be unique even in the unlikely case of a hash collision.
    for (let n = 2; eventIds.has(id); n++)
      id = `ev-${shortHash(`${first.documentId}:${first.localKey}`)}-${n}`;
    eventIds.add(id);
    events.push({
      id,
      title: first.title,
      type: first.type,
      date,
      actors: actorIds,
      countries,
      sources,
    });
  }
  for (const a of actors) if (a.country) codes.add(a.country);
  const countries: Country[] = [...codes]
    .sort()
    .map((code) => ({ code, name: countryName(code) ?? code }));
  return { events, actors, countries };
}
