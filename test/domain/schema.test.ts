import { describe, expect, it } from 'vitest';
import { EventSchema, TimelineSchema, isPartialIsoDate } from '../../src/domain/schema';
import { minimalEvent } from '../fixtures/minimalEvent';

const event = minimalEvent;

describe('partial ISO dates', () => {
  it.each([
    ['a year', '2026', true],
    ['a month', '2026-01', true],
    ['a day', '2026-01-05', true],
    ['29 February in a leap year', '2024-02-29', true],
    ['29 February in a common year', '2025-02-29', false],
    ['month 13', '2026-13', false],
    ['day 32', '2026-01-32', false],
    ['a two-digit year', '26-01-05', false],
    ['a date with a time', '2026-01-05T10:00', false],
  ])('%s (%s) → %s', (_why, input, ok) => {
    expect(isPartialIsoDate(input)).toBe(ok);
  });
});

describe('event schema', () => {
  it('accepts a minimal event with only the contract fields', () => {
    expect(EventSchema.safeParse(event).success).toBe(true);
  });

  it('rejects a title over 100 characters', () => {
    expect(EventSchema.safeParse({ ...event, title: 'x'.repeat(101) }).success).toBe(false);
  });

  it('rejects an unknown event type', () => {
    expect(EventSchema.safeParse({ ...event, type: 'rumour' }).success).toBe(false);
  });

  it('rejects a source whose end is not after its start', () => {
    const bad = { ...event, sources: [{ documentId: 'doc', start: 5, end: 5 }] };
    expect(EventSchema.safeParse(bad).success).toBe(false);
  });

  it('rejects a date range that ends before it starts', () => {
    const bad = {
      ...event,
      date: { start: '2026', end: '2025-06', granularity: 'range', basis: 'explicit' },
    };
    expect(EventSchema.safeParse(bad).success).toBe(false);
  });

  it('keeps accepting files with extra optional fields', () => {
    const result = TimelineSchema.safeParse({
      schemaVersion: 1,
      documents: [],
      actors: [],
      countries: [],
      events: [{ ...event, confidence: 0.4 }],
    });
    expect(result.success).toBe(true);
  });

  it('rejects another schema version', () => {
    const result = TimelineSchema.safeParse({
      schemaVersion: 2,
      documents: [],
      actors: [],
      countries: [],
      events: [],
    });
    expect(result.success).toBe(false);
  });
});
