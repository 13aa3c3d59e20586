/**
 * A seeded synthetic timeline.json for benchmarks: N events over twenty years, about one article
 * per fifty events, 400 actors and 60 real countries, with day and fuzzy dates. Every article's
 * text is made of the passages of its events, so each source offset slices out its passage.
 * Pure and deterministic (same options, same timeline); it does not validate, the caller does.
 * Limits: one source per event, English only, and the prose is template-made, not news.
 */
import type {
  Actor,
  Country,
  EventDate,
  EventType,
  NewsDocument,
  Timeline,
  TimelineEvent,
} from '../src/domain/schema';
import {
  COUNTRY_CODES,
  FILLER_SENTENCES,
  FIRST_NAMES,
  GROUP_STEMS,
  LAST_NAMES,
  ORGANIZATION_STEMS,
  OUTLETS,
  PERSON_ROLES,
  TOPICS,
  VERBS,
  countryName,
} from './corpusWords';
import { addDays, dayOf, describeDay, isoDay, isoMonth, monthName, type Day } from './corpusDates';
import { createRandom, type Random } from './random';

export interface CorpusOptions {
  events: number;
  seed: number;
}

export const CORPUS_ACTORS = 400;
export const EVENTS_PER_DOCUMENT = 50;
export const FIRST_DAY = dayOf('2006-01-01');
export const LAST_DAY = dayOf('2025-12-31');

/** How often each event type occurs: statements dominate the news, elections are rare. */
const TYPE_WEIGHTS: readonly (readonly [EventType, number])[] = [
  ['statement', 30],
  ['diplomacy', 14],
  ['policy', 12],
  ['threat', 8],
  ['law-enforcement', 8],
  ['legal', 7],
  ['military-operation', 6],
  ['statistic', 6],
  ['election', 3],
  ['other', 6],
];

export function generateCorpus(options: CorpusOptions): Timeline {
  const random = createRandom(options.seed);
  const countries: Country[] = COUNTRY_CODES.map((code) => ({ code, name: countryName(code) }));
  const actors = makeActors(random, countries);
  const documentCount = Math.max(1, Math.round(options.events / EVENTS_PER_DOCUMENT));
  // Stratified, so that even a small corpus covers the whole twenty years.
  const span = (LAST_DAY - FIRST_DAY - 60) / documentCount;
  const publishedDays = Array.from({ length: documentCount }, (_, d) =>
    Math.floor(FIRST_DAY + 60 + (d + random.next()) * span),
  );

  const documents: NewsDocument[] = [];
  const events: TimelineEvent[] = [];
  for (let d = 0; d < documentCount; d++) {
    // An even split, so that the event count is exact whatever N is.
    const first = Math.floor((d * options.events) / documentCount);
    const last = Math.floor(((d + 1) * options.events) / documentCount);
    const published = publishedDays[d] ?? FIRST_DAY;
    const article = writeArticle(random, d, published, last - first, first, actors, countries);
    documents.push(article.document);
    events.push(...article.events);
  }
  return {
    schemaVersion: 1,
    generatedAt: '2026-01-01T00:00:00.000Z',
    documents,
    actors,
    countries,
    events,
  };
}

function makeActors(random: Random, countries: readonly Country[]): Actor[] {
  const actors: Actor[] = [];
  const ids = new Set<string>();
  const add = (actor: Actor): void => {
    let id = actor.id;
    for (let n = 2; ids.has(id); n++) id = `${actor.id}-${n}`;
    ids.add(id);
    actors.push({ ...actor, id });
  };
  // A quarter of the countries appear as actors themselves, as governments do in the news.
  for (const country of countries.slice(0, 40)) {
    add({
      id: slug(country.name),
      name: country.name,
      aliases: [],
      kind: 'country',
      country: country.code,
    });
  }
  while (actors.length < CORPUS_ACTORS) {
    const country = random.weighted(countries, countryWeight);
    const roll = random.next();
    if (roll < 0.65) {
      const name = `${random.pick(FIRST_NAMES)} ${random.pick(LAST_NAMES)}`;
      const last = name.split(' ').at(-1) ?? name;
      add({
        id: slug(name),
        name,
        aliases: [last],
        kind: 'person',
        role: `${random.pick(PERSON_ROLES)} of ${country.name}`,
        country: country.code,
      });
    } else if (roll < 0.85) {
      const name = `${country.name} ${random.pick(ORGANIZATION_STEMS)}`;
      add({ id: slug(name), name, aliases: [], kind: 'organization', country: country.code });
    } else {
      const name = `${random.pick(LAST_NAMES)} ${random.pick(GROUP_STEMS)}`;
      add({ id: slug(name), name, aliases: [], kind: 'group', country: country.code });
    }
  }
  return actors;
}

/** A few countries carry most of the news (Zipf-like), as in a real wire feed. */
function countryWeight(_country: Country, rank: number): number {
  return 1 / (rank + 1) ** 0.9;
}

function actorWeight(_actor: Actor, rank: number): number {
  return 1 / (rank + 1) ** 0.7;
}

interface Article {
  document: NewsDocument;
  events: TimelineEvent[];
}

function writeArticle(
  random: Random,
  index: number,
  published: Day,
  eventCount: number,
  firstEvent: number,
  actors: readonly Actor[],
  countries: readonly Country[],
): Article {
  const id = `article-${String(index + 1).padStart(5, '0')}`;
  const storyCountry = random.weighted(countries, countryWeight);
  const cast = Array.from({ length: 6 }, () => random.weighted(actors, actorWeight));
  const topic = random.pick(TOPICS);
  const outlet = random.pick(OUTLETS);
  const byline = `${random.pick(FIRST_NAMES)} ${random.pick(LAST_NAMES)}`;
  const title = `${storyCountry.name}: new developments on ${topic}`;
  let text = `${title}\n\nBy ${byline}\n${outlet}, ${describeDay(published)}\n\n`;

  const events: TimelineEvent[] = [];
  for (let k = 0; k < eventCount; k++) {
    const actor = random.next() < 0.8 ? random.pick(cast) : random.weighted(actors, actorWeight);
    const others = random.next() < 0.4 ? [random.pick(cast)] : [];
    const eventActors = unique([actor, ...others]);
    const codes = unique(
      [actor.country ?? storyCountry.code, storyCountry.code].concat(
        random.next() < 0.2 ? [random.weighted(countries, countryWeight).code] : [],
      ),
    );
    const type = random.weighted(TYPE_WEIGHTS, ([, weight]) => weight)[0];
    const eventTopic = random.next() < 0.7 ? topic : random.pick(TOPICS);
    const date = makeDate(random, published);
    const verb = random.pick(VERBS[type]);
    const eventTitle = makeTitle(actor, verb, eventTopic, countryOf(codes, countries));
    const passage = makePassage(random, actor, verb, eventTopic, date);
    if (k > 0 && random.next() < 0.15) text += `${random.pick(FILLER_SENTENCES)}\n\n`;
    const start = text.length;
    text += passage;
    const end = text.length;
    text += '\n\n';
    events.push({
      id: `event-${String(firstEvent + k + 1).padStart(6, '0')}`,
      title: eventTitle,
      type,
      date,
      actors: eventActors.map((a) => a.id),
      countries: codes,
      sources: [{ documentId: id, start, end }],
    });
  }
  const document: NewsDocument = {
    id,
    file: `${id}.txt`,
    title,
    published: isoDay(published),
    byline,
    outlet,
    text,
  };
  return { document, events };
}

const BASES: readonly (readonly [EventDate['basis'], number])[] = [
  ['explicit', 6],
  ['relative', 3],
  ['inferred', 1],
];

/** 70% day-precise; the rest month, year or range, as background and recaps are in articles. */
function makeDate(random: Random, published: Day): EventDate {
  const roll = random.next();
  const basis = random.weighted(BASES, ([, weight]) => weight)[0];
  if (roll < 0.7) {
    const day = Math.max(FIRST_DAY, addDays(published, -random.int(0, 30)));
    const text = basis === 'relative' ? relativeWords(published - day) : `on ${describeDay(day)}`;
    return basis === 'inferred'
      ? { start: isoDay(day), granularity: 'day', basis }
      : { start: isoDay(day), granularity: 'day', basis, text };
  }
  if (roll < 0.82) {
    const day = Math.max(FIRST_DAY, addDays(published, -random.int(20, 400)));
    return {
      start: isoMonth(day),
      granularity: 'month',
      basis: 'explicit',
      text: `in ${monthName(day)}`,
    };
  }
  if (roll < 0.9) {
    const year = Math.max(2006, Number(isoDay(published).slice(0, 4)) - random.int(0, 5));
    return { start: String(year), granularity: 'year', basis: 'explicit', text: `in ${year}` };
  }
  const from = Math.max(FIRST_DAY, addDays(published, -random.int(30, 700)));
  const to = Math.min(published, addDays(from, random.int(7, 300)));
  return {
    start: isoDay(from),
    end: isoDay(Math.max(from + 1, to)),
    granularity: 'range',
    basis: 'explicit',
    text: `between ${describeDay(from)} and ${describeDay(Math.max(from + 1, to))}`,
  };
}

function relativeWords(daysBefore: number): string {
  if (daysBefore === 0) return 'today';
  if (daysBefore === 1) return 'yesterday';
  if (daysBefore < 7) return `${daysBefore} days ago`;
  const weeks = Math.round(daysBefore / 7);
  return weeks === 1 ? 'a week ago' : `${weeks} weeks ago`;
}

function makeTitle(actor: Actor, verb: string, topic: string, where: string): string {
  let title = `${actor.name} ${verb} ${topic}`;
  if (title.length < 30) title += ` in ${where}`;
  if (title.length < 30) title += ' after talks';
  return clip(title, 100);
}

function makePassage(
  random: Random,
  actor: Actor,
  verb: string,
  topic: string,
  date: EventDate,
): string {
  const who = actor.role === undefined ? actor.name : `${actor.name}, ${actor.role},`;
  const when = date.text === undefined ? '' : ` ${date.text}`;
  let passage = `${who} ${verb} ${topic}${when}.`;
  const target = random.int(100, 400);
  while (passage.length < target) {
    const sentence = random.pick(FILLER_SENTENCES);
    if (passage.includes(sentence)) continue;
    const next = `${passage} ${sentence}`;
    if (next.length > 400) break;
    passage = next;
  }
  if (passage.length < 100) passage += ' The full statement was released later in the day.';
  return clip(passage, 400);
}

function countryOf(codes: readonly string[], countries: readonly Country[]): string {
  const code = codes[0];
  return countries.find((c) => c.code === code)?.name ?? 'the region';
}

function clip(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max);
  const space = cut.lastIndexOf(' ');
  return space > max / 2 ? cut.slice(0, space) : cut;
}

function unique<T>(items: readonly T[]): T[] {
  return [...new Set(items)];
}

function slug(name: string): string {
  return name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}
