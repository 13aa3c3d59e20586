/**
 * A timeline file that ends partway through: the whole records before the cut are kept, and the
 * load says the file is cut off and how much of it is shown; a file broken any other way is the
 * problem it always was.
 */
import { describe, expect, it } from 'vitest';
import { describeCutOff, describeProblem } from '../../src/domain/loadTimeline';
import { readTimelineText } from '../../src/domain/readTimelineText';
import { smallTimeline } from '../fixtures/smallTimeline';

const FILE = 'seeds/timeline.json';
const text = JSON.stringify(smallTimeline);
const eventsAt = text.indexOf('"events"');

/** The text cut `chars` characters into the record of `kind` numbered `n` (from 0). */
function cutInside(kind: 'documents' | 'events', n: number, chars = 25): string {
  const list = smallTimeline[kind] as readonly { id: string }[];
  const id = list[n]?.id ?? '';
  const from = kind === 'events' ? eventsAt : text.indexOf('"documents"');
  return text.slice(0, text.indexOf(`{"id":${JSON.stringify(id)}`, from) + chars);
}

describe('readTimelineText: a file that ends partway through', () => {
  it('keeps every document, actor, country and whole event before a cut inside an event', () => {
    const load = readTimelineText(FILE, cutInside('events', 4));
    if (!load.ok) throw new Error(describeProblem(load.problem));
    expect(load.timeline.documents).toEqual(smallTimeline.documents);
    expect(load.timeline.actors).toEqual(smallTimeline.actors);
    expect(load.timeline.countries).toEqual(smallTimeline.countries);
    expect(load.timeline.events).toEqual(smallTimeline.events.slice(0, 4));
    expect(load.leftOut).toEqual([]);
    expect(describeCutOff(load)).toBe(
      'seeds/timeline.json is cut off: the file stops partway through. The 14 whole records ' +
        'before the cut are shown (2 documents, 4 actors, 4 countries and 4 events); the rest ' +
        'of the file is missing.',
    );
  });

  it.each([
    ['between two events', text.slice(0, text.indexOf(',{"id"', eventsAt))],
    ['right after a comma', text.slice(0, text.indexOf(',{"id"', eventsAt) + 1)],
    ['inside a string escape', `${cutInside('events', 1, 0)}{"id":"x\\`],
    ['before the closing brace', text.slice(0, -1)],
  ])('keeps the whole events when cut %s', (_where, cut) => {
    const load = readTimelineText(FILE, cut);
    expect(load.ok && load.cutOff).toEqual({ file: FILE });
    expect(load.ok && load.timeline.events.length).toBeGreaterThan(0);
  });

  it('is a problem naming the file when cut before its first whole event', () => {
    const load = readTimelineText(FILE, cutInside('documents', 1));
    expect(load.ok ? 'loaded' : describeProblem(load.problem)).toBe(
      'seeds/timeline.json is cut off: it ends partway through, before its first whole event.',
    );
  });

  it.each([
    ['an empty file', '', /is not valid JSON/],
    ['a fault in the middle', text.replace('"actors":[', '"actors":[,'), /is not valid JSON/],
    [
      'another schema version cut short',
      text.replace('"schemaVersion":1', '"schemaVersion":2').slice(0, -20),
      /is not valid JSON/,
    ],
  ])('leaves %s the problem it was', (_why, broken, message) => {
    const load = readTimelineText(FILE, broken);
    expect(load.ok ? 'loaded' : describeProblem(load.problem)).toMatch(message);
  });

  it('says nothing of a whole file', () => {
    const load = readTimelineText(FILE, text);
    expect(load.ok && load.cutOff).toBeUndefined();
    expect(describeCutOff(load)).toBeUndefined();
  });
});
