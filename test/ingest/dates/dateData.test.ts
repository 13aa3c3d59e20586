// The small hand-written data modules: fiscal-year rule, holidays, seasons, cue and period words.
import { describe, expect, it } from 'vitest';
import { fiscalYearSpan } from '../../../src/ingest/dates/data/fiscalYear';
import { FIXED_HOLIDAYS } from '../../../src/ingest/dates/data/holidays';
import { SEASONS } from '../../../src/ingest/dates/data/seasons';
import {
  NUMBER_WORDS,
  PERIOD_SHIFT_WORDS,
  SPAN_WORDS,
} from '../../../src/ingest/dates/data/relativePeriods';
import {
  QUANTITY_WORDS,
  YEAR_CUES,
  YEAR_MODIFIED_PLURALS,
} from '../../../src/ingest/dates/data/yearCues';

describe('fiscal-year rule (US federal)', () => {
  it.each([
    ['fiscal 2025 starts in October 2024 and ends in September 2025', 2025, 2024, 10, 2025, 9],
    ['fiscal 2000 crosses the century', 2000, 1999, 10, 2000, 9],
  ])('%s', (_name, fy, startYear, startMonth, endYear, endMonth) => {
    expect(fiscalYearSpan(fy)).toEqual({
      start: { year: startYear, month: startMonth },
      end: { year: endYear, month: endMonth },
    });
  });
});

describe('fixed-date holidays', () => {
  it.each([
    ['Christmas is 25 December', 'christmas', 12, 25],
    ["New Year's Eve is 31 December", "new year's eve", 12, 31],
    ["New Year's Day is 1 January", "new year's day", 1, 1],
  ])('%s', (_name, key, month, day) => {
    expect(FIXED_HOLIDAYS[key]).toEqual({ month, day });
  });

  it('names real days of a leap-free year', () => {
    const days = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
    for (const h of Object.values(FIXED_HOLIDAYS)) {
      expect(h.day).toBeGreaterThanOrEqual(1);
      expect(h.day).toBeLessThanOrEqual(days[h.month - 1] ?? 0);
    }
  });
});

describe('seasons (northern hemisphere)', () => {
  it.each([
    ['spring starts in March', 'spring', 3],
    ['summer starts in June', 'summer', 6],
    ['fall is autumn', 'fall', 9],
    ['winter starts in December', 'winter', 12],
  ])('%s', (_name, key, firstMonth) => {
    expect(SEASONS[key]).toEqual({ firstMonth, months: 3 });
  });
});

describe('year cue words', () => {
  it.each([
    ['"since" opens a period', 'since', 'after'],
    ['"by" is a deadline', 'by', 'before'],
    ['"until" is a deadline', 'until', 'before'],
    ['"in" is a point', 'in', 'point'],
    ['"the" is a point', 'the', 'point'],
  ])('%s', (_name, word, role) => {
    expect(YEAR_CUES[word]?.role).toBe(role);
  });

  it('marks determiners, which also introduce counts, as count-like', () => {
    expect(YEAR_CUES['the']?.countLike).toBe(true);
    expect(YEAR_CUES['of']?.countLike).toBe(true);
    expect(YEAR_CUES['in']?.countLike).toBe(false);
  });

  it('lets "and"/"or"/"to" only continue a list of years', () => {
    const listWords = Object.entries(YEAR_CUES)
      .filter(([, cue]) => cue.continuesList)
      .map(([word]) => word)
      .sort();
    expect(listWords).toEqual(['and', 'or', 'to']);
  });

  it('keeps plurals that follow a year apart from words that make a count', () => {
    for (const word of YEAR_MODIFIED_PLURALS) {
      expect(word.endsWith('s')).toBe(true);
      expect(QUANTITY_WORDS.has(word)).toBe(false);
    }
  });
});

describe('relative period words', () => {
  it.each([
    ['"last" is the period before', 'last', -1],
    ['"this" is the same period', 'this', 0],
    ['"next" is the period after', 'next', 1],
  ])('%s', (_name, word, shift) => {
    expect(PERIOD_SHIFT_WORDS[word]).toBe(shift);
  });

  it('reads number words as positive whole numbers', () => {
    for (const n of Object.values(NUMBER_WORDS)) {
      expect(Number.isInteger(n) && n > 0).toBe(true);
    }
    expect(NUMBER_WORDS['two']).toBe(2);
  });

  it('leaves "previous" out of spans, as it counts from an occasion', () => {
    expect(SPAN_WORDS).not.toContain('previous');
  });
});
