import { describe, expect, it } from 'vitest';
import { eventTypeLabel, eventTypesPresent } from '../../src/domain/eventTypes';
import type { EventType, TimelineEvent } from '../../src/domain/schema';

const event = (id: string, type: EventType): TimelineEvent => ({
  id,
  title: id,
  type,
  date: { start: '2026-01-05', granularity: 'day', basis: 'explicit' },
  actors: [],
  countries: [],
  sources: [{ documentId: 'd', start: 0, end: 1 }],
});

describe('event types', () => {
  it('names a type in words', () => {
    expect(eventTypeLabel('military-operation')).toBe('military operation');
    expect(eventTypeLabel('statement')).toBe('statement');
  });

  it('lists the types events have, in the schema order, with their counts', () => {
    const events = [event('a', 'other'), event('b', 'statement'), event('c', 'other')];
    expect(eventTypesPresent(events)).toEqual([
      { type: 'statement', count: 1 },
      { type: 'other', count: 2 },
    ]);
  });
});
