// The same text gives the same dates on any host time zone.
import { afterEach, describe, expect, it } from 'vitest';
import { findDateMentions } from '../../../src/ingest/dates';

const SENTENCES = [
  'Flights stopped two days before Christmas nationwide.',
  'Officials met on Wednesday, and again last week.',
  'Two days later, he was charged.',
  'The law passed on March 3, 2019, and took effect in fiscal 2020.',
  'Rubio spoke yesterday; talks resume next week.',
];

// Hosts east of UTC+12 and west of UTC-10, and one with a half-hour offset and DST.
const ZONES = [
  'Pacific/Kiritimati',
  'Pacific/Pago_Pago',
  'Australia/Lord_Howe',
  'America/New_York',
];

function datesOf(published: string): string[] {
  return SENTENCES.flatMap((s) =>
    findDateMentions(s, { published, anchor: '2025-03-08' }).map(
      (m) => `${m.text}=${m.date.start}..${m.date.end ?? ''}`,
    ),
  );
}

describe('findDateMentions whatever the host time zone', () => {
  const original = process.env['TZ'];
  afterEach(() => {
    if (original === undefined) delete process.env['TZ'];
    else process.env['TZ'] = original;
  });

  it.each(ZONES)('gives the same dates in %s as in UTC, around a DST change too', (zone) => {
    // 2026-03-08 is the day US clocks go forward; 2026-04-05 the day Lord Howe's go back.
    const days = ['2026-01-05', '2026-03-08', '2026-04-05'];
    process.env['TZ'] = 'UTC';
    const inUtc = days.map(datesOf);
    process.env['TZ'] = zone;
    expect(days.map(datesOf)).toEqual(inUtc);
    expect(inUtc[0]).toContain('two days before Christmas=2025-12-23..');
  });
});
