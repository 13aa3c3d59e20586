/**
 * What a reader's own articles add to a timeline, kept apart from it: the timeline as served (or
 * as opened) is never changed, and the addition is laid over it by withAddition each time one is
 * loaded. An addition is kept between visits and may be laid over another timeline than the one
 * it was made against, so withAddition takes nothing for granted: documents the timeline already
 * has, reports of events it lacks and ids it already uses are settled here, named in problems,
 * and never thrown. Pure, and linear in the sizes of the timeline and the addition.
 */
import { z } from 'zod';
import {
  ActorSchema,
  CountryCode,
  CountrySchema,
  DocumentSchema,
  EventSchema,
  SourceSchema,
  type Actor,
  type Country,
  type NewsDocument,
  type Source,
  type Timeline,
  type TimelineEvent,
} from './schema';
import { uniqueIdGiver } from './uniqueIds';

/** The reader's reports of an event of the timeline: added to that event. */
export const AdditionJoinSchema = z.object({
  eventId: z.string().min(1),
  sources: z.array(SourceSchema).min(1),
  actors: z.array(z.string()),
  countries: z.array(CountryCode),
});

/** What the reader's articles add to a timeline. */
export const TimelineAdditionSchema = z.object({
  /** The reader's documents. */
  documents: z.array(DocumentSchema),
  /** Actors the timeline does not have (their ids unique against its own). */
  actors: z.array(ActorSchema),
  /** Countries the timeline does not have. */
  countries: z.array(CountrySchema),
  /** Events told only by the reader's documents. */
  events: z.array(EventSchema),
  /** The reader's reports of events of the timeline. */
  joins: z.array(AdditionJoinSchema),
});

export type AdditionJoin = z.infer<typeof AdditionJoinSchema>;
export type TimelineAddition = z.infer<typeof TimelineAdditionSchema>;

export const EMPTY_ADDITION: TimelineAddition = {
  documents: [],
  actors: [],
  countries: [],
  events: [],
  joins: [],
};

const sourceKey = (s: Source): string => `${s.documentId}\u0000${s.start}:${s.end}`;

/** Appends to `into` the items of `from` that `seen` does not have yet, by `key`. */
function appendNew<T>(into: T[], from: readonly T[], seen: Set<string>, key: (t: T) => string) {
  for (const item of from) {
    const k = key(item);
    if (seen.has(k)) continue;
    seen.add(k);
    into.push(item);
  }
}

const itself = (s: string): string => s;

/** A base event with the reader's reports added to it, as they come. */
interface JoinedEvent {
  sources: Source[];
  actors: string[];
  countries: string[];
  seenSources: Set<string>;
  seenActors: Set<string>;
  seenCountries: Set<string>;
}

/**
 * Actors to add to a timeline whose actors are `base`: one that is the timeline's own (the same
 * id, name and kind) keeps its id and is not added again; any other is added under an id unique
 * against the timeline's, skipping `reserved` (ids still to come, which keep their own). Returns
 * those to add, each actor's id in the result, and the timeline's actors by id.
 */
export function actorsOnto(
  base: readonly Actor[],
  actors: Iterable<Actor>,
  reserved: ReadonlySet<string>,
): { added: Actor[]; idOf: Map<string, string>; inBase: ReadonlyMap<string, Actor> } {
  const inBase = new Map<string, Actor>();
  for (const a of base) if (!inBase.has(a.id)) inBase.set(a.id, a);
  const giveId = uniqueIdGiver(inBase.keys(), reserved);
  const idOf = new Map<string, string>();
  const added: Actor[] = [];
  for (const a of actors) {
    if (idOf.has(a.id)) continue;
    const same = inBase.get(a.id);
    if (same !== undefined && same.name === a.name && same.kind === a.kind) {
      idOf.set(a.id, a.id);
      continue;
    }
    const id = giveId(a.id);
    idOf.set(a.id, id);
    added.push(id === a.id ? a : { ...a, id });
  }
  return { added, idOf, inBase };
}

/**
 * The timeline with the addition laid over it, and what of the addition was left out and why.
 * The base's records keep their ids and places; the addition's documents, actors, countries and
 * events follow them, and each join adds its sources, actors and countries to its base event.
 */
export function withAddition(
  base: Timeline,
  addition: TimelineAddition,
): { timeline: Timeline; problems: string[] } {
  const problems: string[] = [];

  // Documents: one the base already has is left out with all it tells.
  const baseDocuments = new Map<string, NewsDocument>();
  for (const d of base.documents) if (!baseDocuments.has(d.id)) baseDocuments.set(d.id, d);
  const documents = new Map<string, NewsDocument>();
  const leftOut = new Set<string>();
  for (const d of addition.documents) {
    const there = baseDocuments.get(d.id);
    if (there !== undefined) {
      leftOut.add(d.id);
      // The same article, added again: it is there already, and nothing is lost.
      if (there.text !== d.text) {
        problems.push(
          `“${d.file}” is left out with its events: the timeline already has another document with the id "${d.id}" (“${there.title}”)`,
        );
      }
    } else if (documents.has(d.id)) {
      problems.push(`“${d.file}” is left out: another added document has the same id "${d.id}"`);
    } else {
      documents.set(d.id, d);
    }
  }
  let strayPassages = 0;
  /** The sources of an added document, each once; others (left out, or out of range) dropped. */
  const keptSources = (sources: readonly Source[]): Source[] => {
    const kept: Source[] = [];
    const seen = new Set<string>();
    for (const s of sources) {
      const d = documents.get(s.documentId);
      if (d === undefined || s.end > d.text.length) {
        if (!leftOut.has(s.documentId)) strayPassages++;
        continue;
      }
      appendNew(kept, [s], seen, sourceKey);
    }
    return kept;
  };

  // Actors: the base's own when the same (id, name and kind), else under an id of their own.
  const {
    added: addedActors,
    idOf: actorIdOf,
    inBase: baseActors,
  } = actorsOnto(base.actors, addition.actors, new Set(addition.actors.map((a) => a.id)));
  let strayActors = 0;
  const usedActors = new Set<string>();
  /** An addition's actor ids as the result has them; ids of no actor at all are dropped. */
  const actorIds = (ids: readonly string[]): string[] => {
    const mapped = new Set<string>();
    for (const id of ids) {
      const to = actorIdOf.get(id) ?? (baseActors.has(id) ? id : undefined);
      if (to === undefined) strayActors++;
      else mapped.add(to);
    }
    for (const id of mapped) usedActors.add(id);
    return [...mapped];
  };
  const usedCountries = new Set<string>();
  const countryCodes = (codes: readonly string[]): string[] => {
    const unique = [...new Set(codes)];
    for (const c of unique) usedCountries.add(c);
    return unique;
  };

  // Events told only by the reader: under an id of their own when the base has theirs.
  const giveEventId = uniqueIdGiver(
    base.events.map((e) => e.id),
    new Set(addition.events.map((e) => e.id)),
  );
  const addedEvents: TimelineEvent[] = [];
  for (const e of addition.events) {
    const sources = keptSources(e.sources);
    if (sources.length === 0) continue;
    addedEvents.push({
      ...e,
      id: giveEventId(e.id),
      sources,
      actors: actorIds(e.actors),
      countries: countryCodes(e.countries),
    });
  }

  // Joins: the reader's reports added to their base event, when the base has it.
  const baseEventAt = new Map<string, number>();
  base.events.forEach((e, i) => {
    if (!baseEventAt.has(e.id)) baseEventAt.set(e.id, i);
  });
  const joined = new Map<number, JoinedEvent>();
  for (const j of addition.joins) {
    const sources = keptSources(j.sources);
    if (sources.length === 0) continue;
    const at = baseEventAt.get(j.eventId);
    const event = at === undefined ? undefined : base.events[at];
    if (at === undefined || event === undefined) {
      const files = [...new Set(sources.map((s) => documents.get(s.documentId)?.file))];
      problems.push(
        `the report in ${files.map((f) => `“${f ?? ''}”`).join(', ')} of an event this timeline does not have ("${j.eventId}") is left out`,
      );
      continue;
    }
    let into = joined.get(at);
    if (into === undefined) {
      into = {
        sources: [...event.sources],
        actors: [...event.actors],
        countries: [...event.countries],
        seenSources: new Set(event.sources.map(sourceKey)),
        seenActors: new Set(event.actors),
        seenCountries: new Set(event.countries),
      };
      joined.set(at, into);
    }
    appendNew(into.sources, sources, into.seenSources, sourceKey);
    appendNew(into.actors, actorIds(j.actors), into.seenActors, itself);
    appendNew(into.countries, countryCodes(j.countries), into.seenCountries, itself);
  }

  if (strayPassages > 0) {
    problems.push(
      `${strayPassages} passages were left out: they cite no added document, or fall outside its text`,
    );
  }
  if (strayActors > 0) {
    problems.push(`${strayActors} mentions of actors this timeline does not have were left out`);
  }

  const actors = addedActors.filter((a) => usedActors.has(a.id));
  for (const a of actors) if (a.country !== undefined) usedCountries.add(a.country);
  const baseCodes = new Set(base.countries.map((c) => c.code));
  const countries: Country[] = [];
  appendNew(
    countries,
    addition.countries.filter((c) => usedCountries.has(c.code) && !baseCodes.has(c.code)),
    new Set(),
    (c) => c.code,
  );

  const events = base.events.map((e, i) => {
    const into = joined.get(i);
    if (into === undefined) return e;
    return { ...e, sources: into.sources, actors: into.actors, countries: into.countries };
  });
  for (const e of addedEvents) events.push(e);
  return {
    timeline: {
      ...base,
      documents: [...base.documents, ...documents.values()],
      actors: [...base.actors, ...actors],
      countries: [...base.countries, ...countries],
      events,
    },
    problems,
  };
}

/**
 * The addition without one of its documents and all that only it told: events all of whose
 * sources are in it, its sources in the other events and joins, and the actors and countries
 * that nothing left names.
 */
export function withoutDocument(addition: TimelineAddition, documentId: string): TimelineAddition {
  const others = (s: Source): boolean => s.documentId !== documentId;
  const trimmed = <T extends { sources: Source[] }>(records: readonly T[]): T[] => {
    const kept: T[] = [];
    for (const r of records) {
      const sources = r.sources.filter(others);
      if (sources.length === r.sources.length) kept.push(r);
      else if (sources.length > 0) kept.push({ ...r, sources });
    }
    return kept;
  };
  const events = trimmed(addition.events);
  const joins = trimmed(addition.joins);
  const usedActors = new Set<string>();
  const usedCountries = new Set<string>();
  for (const r of [...events, ...joins]) {
    for (const a of r.actors) usedActors.add(a);
    for (const c of r.countries) usedCountries.add(c);
  }
  const actors = addition.actors.filter((a) => usedActors.has(a.id));
  for (const a of actors) if (a.country !== undefined) usedCountries.add(a.country);
  return {
    documents: addition.documents.filter((d) => d.id !== documentId),
    actors,
    countries: addition.countries.filter((c) => usedCountries.has(c.code)),
    events,
    joins,
  };
}
