/**
 * The synthetic benchmark corpus: a file the app accepts, the same for the same seed, and with
 * source offsets that slice out each event's own passage.
 */
import { describe, expect, it } from 'vitest';
import { generateCorpus } from '../../bench/corpus';
import { timelineJsonChunks } from '../../bench/timelineJson';
import { TimelineSchema, type Timeline } from '../../src/domain/schema';

const corpus = generateCorpus({ events: 1_000, seed: 7 });

function passageOf(timeline: Timeline, index: number): string {
  const event = timeline.events[index];
  const source = event?.sources[0];
  const document = timeline.documents.find((d) => d.id === source?.documentId);
  if (event === undefined || source === undefined || document === undefined) {
    throw new Error(`event ${index} has no source document`);
  }
  return document.text.slice(source.start, source.end);
}

describe('generateCorpus', () => {
  it('writes a timeline that the published schema accepts', () => {
    const result = TimelineSchema.safeParse(corpus);
    expect(result.success ? [] : result.error.issues.slice(0, 3)).toEqual([]);
  });

  it.each([
    ['exactly the events asked for, even when N is not a multiple of 50', 1_234, 1_234, 25],
    ['one article per fifty events', 1_000, 1_000, 20],
    ['at least one article for a tiny corpus', 3, 3, 1],
  ])('makes %s', (_reason, events, expectedEvents, expectedDocuments) => {
    const timeline = generateCorpus({ events, seed: 1 });
    expect(timeline.events).toHaveLength(expectedEvents);
    expect(timeline.documents).toHaveLength(expectedDocuments);
    expect(timeline.actors).toHaveLength(400);
    expect(timeline.countries).toHaveLength(60);
  });

  it('gives the same corpus for the same seed and another for another seed', () => {
    const again = generateCorpus({ events: 1_000, seed: 7 });
    const other = generateCorpus({ events: 1_000, seed: 8 });
    expect(JSON.stringify(again)).toBe(JSON.stringify(corpus));
    expect(other.events.map((e) => e.title)).not.toEqual(corpus.events.map((e) => e.title));
  });

  it('points every source at a whole paragraph that names the event and its date words', () => {
    const problems: string[] = [];
    corpus.events.forEach((event, i) => {
      const passage = passageOf(corpus, i);
      const actor = corpus.actors.find((a) => a.id === event.actors[0]);
      if (actor === undefined || !passage.startsWith(actor.name)) {
        problems.push(`${event.id}: passage does not start with its actor`);
      }
      if (event.date.text !== undefined && !passage.includes(event.date.text)) {
        problems.push(`${event.id}: date words "${event.date.text}" not in the passage`);
      }
      if (passage.length < 100 || passage.length > 400 || passage.includes('\n')) {
        problems.push(`${event.id}: passage is not one paragraph of 100-400 characters`);
      }
    });
    expect(problems.slice(0, 5)).toEqual([]);
  });

  it('has titles of 30 to 100 characters and unique event ids', () => {
    const lengths = corpus.events.map((e) => e.title.length);
    expect(Math.min(...lengths)).toBeGreaterThanOrEqual(30);
    expect(Math.max(...lengths)).toBeLessThanOrEqual(100);
    expect(new Set(corpus.events.map((e) => e.id)).size).toBe(corpus.events.length);
  });

  it('mixes day and fuzzy dates and many event types over twenty years', () => {
    const granularities = new Set(corpus.events.map((e) => e.date.granularity));
    const types = new Set(corpus.events.map((e) => e.type));
    const years = corpus.events.map((e) => Number(e.date.start.slice(0, 4)));
    expect([...granularities].sort()).toEqual(['day', 'month', 'range', 'year']);
    expect(types.size).toBeGreaterThanOrEqual(8);
    expect(Math.max(...years) - Math.min(...years)).toBeGreaterThanOrEqual(18);
  });

  it('uses real country codes with their English names', () => {
    const byCode = new Map(corpus.countries.map((c) => [c.code, c.name]));
    expect(byCode.get('MX')).toBe('Mexico');
    expect(byCode.get('US')).toBe('United States');
    expect(byCode.get('VE')).toBe('Venezuela');
  });
});

describe('timelineJsonChunks', () => {
  it('writes JSON that parses back to the same timeline', () => {
    const small = generateCorpus({ events: 1_200, seed: 3 });
    expect(JSON.parse([...timelineJsonChunks(small)].join(''))).toEqual(small);
  });
});
