import { describe, expect, it } from 'vitest';
import {
  describeProblem,
  parseTimelineJson,
  parseTimelineText,
  summarizeLeftOut,
  unavailable,
} from '../../src/domain/loadTimeline';
import { smallTimeline } from '../fixtures/smallTimeline';

const FILE = 'seeds/timeline.json';
const clone = (): Record<string, unknown> =>
  structuredClone(smallTimeline) as unknown as Record<string, unknown>;

describe('parseTimelineText: whole-file problems', () => {
  it.each([
    ['text that is not JSON', '<html>Not found</html>', 'not-json', /is not valid JSON/],
    ['an empty file', '', 'not-json', /is not valid JSON/],
    ['a JSON array', '[]', 'invalid', /not a Newsline timeline/],
    [
      'another schemaVersion',
      JSON.stringify({ ...clone(), schemaVersion: 2 }),
      'wrong-version',
      /schemaVersion 2; .* reads schemaVersion 1/,
    ],
    ['no schemaVersion', JSON.stringify({ events: [] }), 'wrong-version', /schemaVersion none/],
    [
      'events that are not an array',
      JSON.stringify({ ...clone(), events: {} }),
      'invalid',
      /events/,
    ],
    ['no documents', JSON.stringify({ ...clone(), documents: undefined }), 'invalid', /documents/],
  ])('%s is a problem naming the file', (_why, text, kind, message) => {
    const result = parseTimelineText(FILE, text);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problem.kind).toBe(kind);
    expect(describeProblem(result.problem)).toContain(FILE);
    expect(describeProblem(result.problem)).toMatch(message);
  });

  it('a file that could not be fetched names the file and the status', () => {
    const result = unavailable(FILE, 'HTTP 404 Not Found');
    expect(result.ok ? '' : describeProblem(result.problem)).toBe(
      'Could not load seeds/timeline.json: HTTP 404 Not Found.',
    );
  });
});

describe('parseTimelineJson: records one by one', () => {
  it('loads a valid file whole', () => {
    const result = parseTimelineText(FILE, JSON.stringify(smallTimeline));
    expect(result.ok && result.timeline.events.map((e) => e.id)).toEqual(
      smallTimeline.events.map((e) => e.id),
    );
    expect(result.ok && result.leftOut).toEqual([]);
  });

  it('keeps fields added by a newer writer out of the way', () => {
    const json = clone();
    json['extra'] = { anything: true };
    expect(parseTimelineJson(FILE, json).ok).toBe(true);
  });

  const badEvents: [string, (e: Record<string, unknown>) => void, RegExp][] = [
    ['a title over 100 characters', (e) => (e['title'] = 'x'.repeat(101)), /title/],
    ['an unknown type', (e) => (e['type'] = 'rumour'), /type/],
    [
      'a date that is not a date',
      (e) => (e['date'] = { start: '5 Jan', granularity: 'day', basis: 'explicit' }),
      /date\.start/,
    ],
    ['no sources', (e) => (e['sources'] = []), /sources/],
    [
      'a source in an unknown document',
      (e) => (e['sources'] = [{ documentId: 'nope', start: 0, end: 4 }]),
      /unknown document "nope"/,
    ],
    [
      'a source past the end of its document',
      (e) => (e['sources'] = [{ documentId: 'maduro-detained', start: 0, end: 99999 }]),
      /past the end/,
    ],
    ['a repeated id', (e) => (e['id'] = 'sheinbaum-rejects'), /duplicate id/],
  ];

  it.each(badEvents)('leaves out an event with %s and keeps the others', (_why, spoil, reason) => {
    const json = clone();
    const events = json['events'] as Record<string, unknown>[];
    const victim = events[2];
    if (victim === undefined) throw new Error('fixture has too few events');
    spoil(victim);
    const result = parseTimelineJson(FILE, json);
    if (!result.ok) throw new Error(describeProblem(result.problem));
    expect(result.timeline.events).toHaveLength(smallTimeline.events.length - 1);
    expect(result.leftOut).toHaveLength(1);
    expect(result.leftOut[0]).toMatchObject({ kind: 'event', index: 2 });
    expect(result.leftOut[0]?.reason).toMatch(reason);
  });

  it('names each event left out by its place in the file, whatever the reason', () => {
    const json = clone();
    const events = json['events'] as Record<string, unknown>[];
    events[1] = { id: 'broken' };
    events[3] = { ...events[3], id: events[0]?.['id'] };
    const result = parseTimelineJson(FILE, json);
    if (!result.ok) throw new Error(describeProblem(result.problem));
    expect(result.leftOut.map((r) => [r.index, r.reason.slice(0, 12)])).toEqual([
      [1, expect.any(String)],
      [3, 'duplicate id'],
    ]);
  });

  it('keeps the first of two documents with one id, and every event that cites it', () => {
    const json = clone();
    const [first] = smallTimeline.documents;
    if (first === undefined) throw new Error('fixture has no documents');
    // A later, shorter copy would put every passage of the first past its end.
    (json['documents'] as unknown[]).push({ ...first, title: 'A later copy', text: 'Short.' });
    const result = parseTimelineJson(FILE, json);
    if (!result.ok) throw new Error(describeProblem(result.problem));
    expect(result.timeline.events).toHaveLength(smallTimeline.events.length);
    expect(result.timeline.documents.find((d) => d.id === first.id)?.title).toBe(first.title);
    expect(result.leftOut).toEqual([
      {
        kind: 'document',
        index: smallTimeline.documents.length,
        id: first.id,
        reason: `duplicate id "${first.id}": an earlier document has it, and that one is kept`,
      },
    ]);
  });

  it.each([
    ['actor', 'actors', 'id', { name: 'Another name' }],
    ['country', 'countries', 'code', { name: 'Another name' }],
  ] as const)(
    'keeps the first of two records with one %s and names the repeat',
    (kind, list, key, change) => {
      const json = clone();
      const records = json[list] as Record<string, unknown>[];
      const original = records[0];
      if (original === undefined) throw new Error('fixture has too few records');
      records.push({ ...original, ...change });
      const result = parseTimelineJson(FILE, json);
      if (!result.ok) throw new Error(describeProblem(result.problem));
      const kept = (result.timeline[list] as readonly Record<string, unknown>[]).filter(
        (r) => r[key] === original[key],
      );
      expect(kept).toEqual([original]);
      expect(result.leftOut).toHaveLength(1);
      expect(result.leftOut[0]).toMatchObject({ kind, id: original[key] });
      expect(result.leftOut[0]?.reason).toContain(`duplicate ${key} "${String(original[key])}"`);
    },
  );

  it('counts what was left out, by kind', () => {
    const json = clone();
    (json['events'] as unknown[]).push({ id: 'broken' }, 42);
    (json['actors'] as unknown[]).push({ id: 'nameless' });
    const result = parseTimelineJson(FILE, json);
    expect(result.ok && summarizeLeftOut(result.leftOut)).toBe(
      '2 events and 1 actor were left out because they did not match the timeline format.',
    );
  });

  it('says nothing when nothing was left out', () => {
    expect(summarizeLeftOut([])).toBeUndefined();
  });
});
