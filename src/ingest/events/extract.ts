/**
 * The events one document reports. A sentence is an event when an actor does or says something
 * (an actor and a verb of ours, see clauses.ts), or when it dates something an actor or country
 * did ("Chile recorded over 3,000 homicides in 2024"); headlines and subheadings count only
 * with a known actor and a verb. Sentences that name several dated places ("from Haiti in 1994
 * to Somalia in 1993") give one event per place, and an opening "Following the <event>, ..."
 * gives the earlier event too. Repeated paragraphs add sources to the first copy's events.
 */
import { findDateMentions, type DateMention } from '../dates';
import type { ActorRecord, ActorRegistry } from '../actors/registry';
import type { DocumentReading, SentenceReading } from '../analysis';
import type { DateFrom, EventDate } from '../../domain/schema';
import type { Span } from '../text/span';
import { findClauses, type Clause } from './clauses';
import { firstFiniteVerb, hasFiniteVerb, quotedAt, refersBack } from '../nlp/clauses';
import { resolveSentence } from './resolve';
import {
  asOrigin,
  countedFrom,
  datelineDay,
  inherited,
  monthBefore,
  publicationDate,
  usableDates,
} from './dating';
import { Discourse } from './discourse';
import type { EventDraft } from './draft';
import { leadingEvent } from './nominal';
import { TermMemory } from './terms';
import { clauseTitle, clip, firstQuote, sentenceTitle } from './title';
import { presentTense } from './verbs';
import { isBackground, reportsSpeech } from './background';
import { NameTable } from '../nlp/names';
import {
  actorRuns,
  describedActors,
  describedBody,
  learnAppositions,
  learnPeople,
  subjectGroup,
  namedActors,
  officeHoldersOf,
} from './namedActors';
import { placeCode, sharedNamesIn, storyCountry } from './storyCountry';
import {
  distinctDates,
  isDuration,
  isSpan,
  mainClauseDates,
  readInTense,
  tellsWhen,
  tenseAt,
  tenseOf,
  withPart,
} from './storyTime';

export interface DocumentInput {
  id: string;
  text: string;
  published: string;
}

function countriesOf(s: SentenceReading, records: readonly ActorRecord[], span?: Span): string[] {
  const codes = new Set<string>();
  for (const r of records) if (r.country) codes.add(r.country);
  for (const p of s.places) {
    if (p.code === '' || (span && (p.start < span.start || p.end > span.end))) continue;
    codes.add(p.code);
  }
  return [...codes];
}

/** "Ruiz rejected the accusations": what is answered was told just before. */
const REPLY_OBJECT =
  /^\s+(?:the|these|those|such)\s+(?:\w+\s+)?(?:accusations?|allegations?|remarks?|claims?|comments?|statements?|proposals?|threats?|criticism|demands?|charges?|offer|plan|idea|warnings?)\b/iu;

/** The countries of a reply include those of the event it replies to. */
function withRepliedTo(
  s: SentenceReading,
  main: Clause | undefined,
  countries: string[],
  before: EventDraft | undefined,
): string[] {
  if (!main || !before || s.heading) return countries;
  if (!REPLY_OBJECT.test(s.text.slice(main.objectStart - s.start))) return countries;
  return [...new Set([...countries, ...before.countries])];
}

function sensesOf(s: SentenceReading): string[] {
  const senses = new Set<string>();
  for (const verb of s.verbs) if (verb) senses.add(verb.sense);
  return [...senses];
}

function mainTitle(
  s: SentenceReading,
  main: Clause,
  subject: ActorRecord,
  registry: ActorRegistry,
): string {
  const patientKey = main.patient?.key;
  const patient = patientKey ? registry.byKey(patientKey) : undefined;
  const quote = firstQuote(s.text);
  return clauseTitle({
    actor: registry.shortName(subject),
    plural: subject.kind === 'group',
    lemma: main.verb.lemma,
    present: presentTense(main.verb.lemma),
    negated: main.negated,
    rest: s.text.slice(main.objectStart - s.start),
    ...(patient ? { patient: registry.shortName(patient) } : {}),
    ...(quote ? { quote } : {}),
  });
}

/** ", who ... ," then "has" or "have" and a participle: the main clause is a present perfect. */
function presentPerfectAfterClause(text: string): boolean {
  return /,\s+(?:who|which)\s(?:[^,]|,\s*\d{4}\b){1,160},\s+(?:has|have)\s+(?:\p{Ll}+ly\s+)?\p{Ll}+ed\b/u.test(
    text,
  );
}

const NEGATION =
  /\b(?:not|never|no longer|neither|nor|denied|denies|rejected|rejects)\b|n['’]t\b/iu;

/**
 * A headline from the clause ("Vidal rejects the offer") where its verb is the reporter's, not
 * a quotation's, and it has an object; a speaker and a quote for a sentence that opens with the
 * quote; else the sentence's own words.
 */
function eventTitle(
  s: SentenceReading,
  main: Clause | undefined,
  subject: ActorRecord | undefined,
  registry: ActorRegistry,
): string {
  const actor = subject && subject.kind !== 'country' ? registry.shortName(subject) : undefined;
  const quote = firstQuote(s.text);
  if (quote && actor && /^\s*[“"]/u.test(s.text)) return clip(`${actor}: '${clip(quote, 80)}'`);
  // "Ruiz was elected in 1993": a passive with no one named as acting reads wrong as "Ruiz
  // elects", so it keeps the sentence's words.
  const agentless = main?.passive === true && main.patient === undefined;
  if (main && subject && !agentless && !quotedAt(s.text, main.verbStart - s.start)) {
    const headline = mainTitle(s, main, subject, registry);
    const told = headline.split(/\s+/u).length - registry.shortName(subject).split(/\s+/u).length;
    // A headline that lost the sentence's negation would say the opposite.
    const lostNegation = NEGATION.test(s.text) && !NEGATION.test(headline);
    if (told >= 2 && !lostNegation) return headline;
  }
  // "He" is named only by a person.
  return sentenceTitle(s.text, subject?.kind === 'person' ? actor : undefined);
}

export function extractEvents(
  doc: DocumentInput,
  reading: DocumentReading,
  registry: ActorRegistry,
  copies: ReadonlyMap<string, Span[]>,
  /** The day the article was filed, when the reading is a later part of it. */
  filedOnGiven?: string,
): EventDraft[] {
  const drafts: EventDraft[] = [];
  const discourse = new Discourse();
  let previous: { block: number; subject: string | undefined; date: EventDate } | undefined;
  let storyDay: string | undefined;
  /** What a date counted from storyDay ("two days later") was counted from. */
  let storyOrigin: DateFrom | undefined;
  /** The time the story is telling: its last day, or the date of the heading above. */
  let storyDate: EventDate | undefined;
  let lastActor: ActorRecord | undefined;
  const terms = new TermMemory();
  // "Congo" is the country the article's other forms name; the story's own country dates
  // events that name no place.
  const shared = sharedNamesIn(reading.sentences);
  for (const s of reading.sentences) {
    for (const p of s.places) p.code = placeCode(p, shared);
    for (const m of s.mentions)
      if (m.kind === 'country' && m.country !== undefined)
        m.country = placeCode({ text: m.name, code: m.country }, shared);
  }
  const story = storyCountry(reading.sentences, shared);
  // "TOKYO, Oct 22 (Wire) – ... yesterday": the dateline's day is the one "yesterday" and "on
  // Tuesday" count from, when it gives one; else the publication date.
  const filedOn = filedOnGiven ?? datelineDay(reading.sentences, doc.published) ?? doc.published;
  const names = new NameTable();
  for (const s of reading.sentences) if (!s.heading) names.learn(actorRuns(s), s.text, s.start);
  learnPeople(reading.sentences, names);
  for (const s of reading.sentences) if (!s.heading) learnAppositions(s, names, registry, doc.id);
  const holders = officeHoldersOf(registry, doc.id);
  for (const s of reading.sentences) {
    const { actors, records } = resolveSentence(s, registry, discourse, doc.id);
    if (!s.heading)
      for (const r of [
        ...namedActors(s, names, registry, actors, doc.id, holders),
        ...describedActors(s, holders),
        ...[describedBody(s, names, registry, doc.id)].filter((r) => r !== undefined),
        // "Chilean farmers" already read: "farmers" adds no one.
        ...[subjectGroup(s, registry)].filter(
          (g): g is ActorRecord =>
            g !== undefined &&
            !records.some((r) => r !== g && r.name.toLowerCase().endsWith(g.name.toLowerCase())),
        ),
      ])
        if (!records.includes(r)) records.push(r);
    const clauses = findClauses(s.text, s.start, s.words, s.verbs, actors).filter(
      (c) => !c.verb.participle,
    );
    const main: Clause | undefined = clauses[0];
    // A body sentence with a tensed verb reports something, whoever its subject is ("Curfews were
    // imposed", "Officials said"); a headline needs a known actor and a verb of ours.
    const finite = !s.heading && hasFiniteVerb(s.tokens);
    if (s.heading) {
      // A heading's year ("The treaty in 1960") is the time of the paragraphs under it.
      const told = usableDates(
        s.text,
        s.start,
        findDateMentions(s.text, { published: filedOn }, s.readDates),
      )[0];
      // A full date in a heading is a date line, not the time of a section.
      if (told && told.date.basis === 'explicit' && told.date.granularity !== 'day') {
        storyDate = told.date;
        storyDay = `${told.date.start}-01-01`.slice(0, 10);
        storyOrigin = asOrigin(told.date);
      }
    }
    if (!main && s.heading) continue;
    if (!main && !finite && records.length === 0) continue;
    // A question asks; it reports nothing ("Who ordered the evacuation?").
    if (!s.heading && /\?['"”’)]*\s*$/u.test(s.text) && !/^\s*[“"]/u.test(s.text)) continue;
    // "Two days later" counts from the last day (or month, or year) the story told.
    const context = storyDay ? { published: filedOn, anchor: storyDay } : { published: filedOn };
    const tense = tenseOf(s.tokens, s.text);
    // A heading's date was read above; its own event, if any, is undated by it.
    const dates = (
      s.heading ? [] : usableDates(s.text, s.start, findDateMentions(s.text, context, s.readDates))
    )
      .filter((d) => !isDuration(s.text, d, s.start) && !isSpan(d))
      // "three days after" with no occasion before it to count from is no date.
      .filter((d) => d.offsetFrom !== 'publication')
      // A date inside a quotation is the speaker's, not the time of the report.
      .filter((d) => !quotedAt(s.text, d.start - s.start))
      .map((d) => withPart(d, s.text, s.start, doc.published))
      .map((d) => ({
        ...d,
        date: countedFrom(
          readInTense(d.date, tenseAt(s.text, s.start, d, tense), doc.published, d.text),
          d.offsetFrom === 'anchor' && storyOrigin ? storyOrigin : { date: filedOn },
        ),
      }));
    const mainSubject = main?.subject.key ? registry.byKey(main.subject.key) : undefined;
    const term = s.heading
      ? undefined
      : terms.read(s.text, s.start, dates, { registry, discourse, subject: mainSubject });
    if (!main && !finite && dates.length === 0 && !term) continue;
    if (!s.heading && isBackground(s.tokens, s.text, tense, dates.length > 0 || term !== undefined))
      continue;
    // "He said", "the company announced", a quote on its own: the actor named last.
    if (
      !s.heading &&
      lastActor &&
      !records.some((r) => r.kind !== 'country' && r.kind !== 'group') &&
      refersBack(s.tokens)
    )
      records.push(lastActor);
    const people = records.filter((r) => r.kind !== 'country');
    const sources = [
      { start: s.start, end: s.end },
      // Most articles repeat no paragraph: no key is made for them.
      ...((copies.size > 0 ? copies.get(`${s.block}:${s.index}`) : undefined) ?? []),
    ];
    // Only a report with a subject can merge; the others give merging no words to compare.
    let said = '';
    // Each draft is written out field by field in one order: spreading shared fields into the
    // literal made every draft the slow way (about 3% of reading a long article).
    const draftOf = (
      k: number,
      told: Pick<EventDraft, 'title' | 'type' | 'date' | 'actorKeys' | 'countries' | 'senses'>,
      subjectKey: string | undefined,
      saidHere: string = said,
    ): EventDraft => {
      const draft: EventDraft = {
        documentId: doc.id,
        localKey: `${s.start}:${s.end}:${k}`,
        sources,
        title: told.title,
        type: told.type,
        date: told.date,
        actorKeys: told.actorKeys,
        countries: told.countries,
        senses: told.senses,
        said: saidHere,
        heading: s.heading,
      };
      if (subjectKey !== undefined) draft.subjectKey = subjectKey;
      return draft;
    };

    // He or she opening a sentence continues the one the story was just about ("Ana Ruiz
    // joined in 2001. She later ran the Lima office"), whoever else was named meanwhile.
    const opener = s.tokens.find((t) => /\p{L}/u.test(t.text));
    const continued =
      !s.heading &&
      opener?.pos === 'PRON' &&
      /^(?:he|she)$/iu.test(opener.text) &&
      lastActor?.kind === 'person'
        ? lastActor
        : undefined;
    if (continued && !records.includes(continued)) records.unshift(continued);
    // Without a clause of ours, the subject is the first actor named before the tensed verb.
    const verbAt = s.tokens[firstFiniteVerb(s.tokens)]?.start ?? s.end;
    const before = actors.find(
      (a) => a.key !== undefined && a.start < verbAt && !a.possessive,
    )?.key;
    const subject =
      continued ??
      (main?.subject.key
        ? registry.byKey(main.subject.key)
        : ((before ? registry.byKey(before) : undefined) ?? people[0] ?? records[0]));
    if (subject && !s.heading) said = s.text;
    const verbEnd = main?.verbEnd ?? s.tokens[firstFiniteVerb(s.tokens)]?.end;
    const firstDate = mainClauseDates(s.text, s.start, verbEnd, dates)[0];
    let date: EventDate;
    if (firstDate) date = firstDate.date;
    else if (term) date = term;
    else if (
      previous &&
      previous.block === s.block &&
      previous.subject === subject?.key &&
      previous.date.basis !== 'inferred'
    ) {
      date = inherited(previous.date);
    } else if (storyDate && tense === 'past' && !reportsSpeech(s.tokens)) {
      // An undated action told in the past belongs to the time the story is telling
      // ("On 8 October 1969 guerrillas entered the town. Five people were killed.").
      date = inherited(storyDate);
    } else date = publicationDate(doc.published);

    const partners = (main?.partners ?? []).map((a) => a.key);
    const actorKeys = [
      ...new Set(
        [subject?.key, ...partners, ...people.map((r) => r.key)].filter((k): k is string => !!k),
      ),
    ];
    const title = s.heading ? clip(s.text) : eventTitle(s, main, subject, registry);

    const lead = s.heading ? undefined : leadingEvent(s.text, s.start);
    if (lead && main && main.verbStart > lead.end) {
      const inLead = actors.filter((a) => a.start >= lead.start && a.end <= lead.end && a.key);
      const leadRecords = inLead
        .map((a) => (a.key ? registry.byKey(a.key) : undefined))
        .filter((r): r is ActorRecord => !!r);
      drafts.push(
        draftOf(
          1,
          {
            title: clip(lead.phrase.replace(/^the\s+/iu, '')),
            type: lead.type,
            // "Following the raid, ...": the raid came before, but the sentence does not say
            // when; the month before the main event says just that, where a single day would
            // invent one.
            date: firstDate && firstDate.start < lead.end ? firstDate.date : monthBefore(date),
            actorKeys: leadRecords.map((r) => r.key),
            countries: countriesOf(s, leadRecords, lead),
            senses: [],
          },
          undefined,
          lead.phrase,
        ),
      );
    }
    const told = withRepliedTo(s, main, countriesOf(s, records), drafts[drafts.length - 1]);
    const countries = told.length === 0 && story ? [story] : told;
    // "from Panama in 1989 to Grenada in 1983": a date with its own place is that place's.
    const placeOf = (d: DateMention): string | undefined =>
      s.places.find(
        (p) =>
          p.code !== '' &&
          p.end <= d.start &&
          /^\s*(?:in|on|during)?\s*$/u.test(s.text.slice(p.end - s.start, d.start - s.start)),
      )?.code;
    const owned = new Set(dates.map(placeOf).filter((c): c is string => c !== undefined));
    const countriesAt = (d: DateMention | undefined): string[] => {
      const own = d ? placeOf(d) : undefined;
      if (owned.size < 2 || own === undefined) return countries;
      return [...countries.filter((c) => !owned.has(c)), own];
    };
    // "Cole, who took office in January, has prioritised border security": the dated clause is
    // the event; an undated present perfect around it describes a course, not a new act.
    const describesCourse =
      !s.heading &&
      firstDate === undefined &&
      term === undefined &&
      dates.length > 0 &&
      presentPerfectAfterClause(s.text);
    if (!describesCourse)
      drafts.push(
        draftOf(
          0,
          {
            title,
            type: main?.verb.type ?? 'other',
            date,
            actorKeys,
            countries: countriesAt(firstDate),
            senses: sensesOf(s),
          },
          subject?.key,
        ),
      );
    // Each other time the sentence names is an event of its own ("born in 1961 ... first
    // elected in 1993"), told by the same passage.
    distinctDates(dates.filter((d) => tellsWhen(d, s.text, s.start)))
      .filter((d) => !d.date.start.startsWith(date.start) && !date.start.startsWith(d.date.start))
      .forEach((d, k) => {
        drafts.push(
          draftOf(
            k + 2,
            {
              title,
              type: main?.verb.type ?? 'other',
              date: d.date,
              actorKeys,
              countries: countriesAt(d),
              senses: sensesOf(s),
            },
            subject?.key,
          ),
        );
      });
    if (!s.heading && !(date.basis === 'inferred' && date.start === doc.published)) {
      if (date.granularity === 'day') {
        storyDay = date.start;
        storyDate = date;
        storyOrigin = asOrigin(date);
      } else if (date.basis === 'explicit' && date.end === undefined) {
        // "In 1969 ... Forty years later": a year or a month told is where "later" counts from.
        storyDay = `${date.start}-01-01`.slice(0, 10);
        storyOrigin = asOrigin(date);
      }
    }
    // A group ("protesters") is not who a later "he" or a bare quote stands for.
    if (!s.heading && subject && subject.kind !== 'country' && subject.kind !== 'group')
      lastActor = subject;
    if (!s.heading) previous = { block: s.block, subject: subject?.key, date };
  }
  return drafts;
}
