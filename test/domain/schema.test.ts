import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  EventSchema,
  TimelineSchema,
  firstDayKey,
  isIsoDay,
  isPartialIsoDate,
  lowerBound,
} from '../../src/domain/schema';
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

/** The date rule as the contract states it, written plainly: the reference firstDayKey must match. */
function referenceIsPartialIsoDate(s: string): boolean {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(s);
  if (!m) return false;
  if (m[2] === undefined) return true;
  const month = Number(m[2]);
  if (month < 1 || month > 12) return false;
  if (m[3] === undefined) return true;
  const last = new Date(Date.UTC(2000, month, 0));
  last.setUTCFullYear(Number(m[1]), month, 0);
  const day = Number(m[3]);
  return day >= 1 && day <= last.getUTCDate();
}

describe('firstDayKey, the one rule for dates', () => {
  const pad = (n: number, width: number): string => String(n).padStart(width, '0');
  const candidates: string[] = [];
  for (const year of [0, 1900, 2000, 2023, 2024, 9999]) {
    candidates.push(pad(year, 4));
    for (let month = 0; month <= 13; month++) {
      candidates.push(`${pad(year, 4)}-${pad(month, 2)}`);
      for (let day = 0; day <= 32; day++) {
        candidates.push(`${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`);
      }
    }
  }

  it('accepts exactly the dates that exist, in the order of lowerBound', () => {
    const valid = candidates.filter((s) => referenceIsPartialIsoDate(s));
    expect(candidates.filter((s) => firstDayKey(s) >= 0)).toEqual(valid);
    expect(candidates.filter((s) => isPartialIsoDate(s))).toEqual(valid);
    expect(candidates.filter((s) => isIsoDay(s))).toEqual(valid.filter((s) => s.length === 10));
    const byKey = [...valid].sort((a, b) => firstDayKey(a) - firstDayKey(b) || (a < b ? -1 : 1));
    const byBound = [...valid].sort((a, b) =>
      lowerBound(a) < lowerBound(b) ? -1 : lowerBound(a) > lowerBound(b) ? 1 : a < b ? -1 : 1,
    );
    expect(byKey).toEqual(byBound);
  });

  it('agrees with the plain rule and lowerBound on date-like strings (property)', () => {
    const dateLike = fc.string({
      unit: fc.constantFrom(...'0123456789-0123456789'.split(''), 'x', ' ', '٣', '\n'),
      maxLength: 11,
    });
    fc.assert(
      fc.property(dateLike, dateLike, (a, b) => {
        expect(firstDayKey(a) >= 0).toBe(referenceIsPartialIsoDate(a));
        if (firstDayKey(a) >= 0 && firstDayKey(b) >= 0) {
          expect(firstDayKey(a) >= firstDayKey(b)).toBe(lowerBound(a) >= lowerBound(b));
        }
      }),
      { numRuns: 2000 },
    );
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
