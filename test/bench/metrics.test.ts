/**
 * How the benchmark reads its runs: medians that keep capped runs as "slower than the cap", and
 * the figures and ratios of the table the README embeds.
 */
import { describe, expect, it } from 'vitest';
import { summarise, type Sample, type Summary } from '../../bench/metrics';
import { formatSummary, ratio } from '../../bench/report';

describe('summarise', () => {
  it.each<[string, Sample[], Summary]>([
    [
      'odd count: the middle run',
      [{ value: 30 }, { value: 10 }, { value: 20 }],
      { median: 20, runs: 3 },
    ],
    [
      'even count: the mean of the two middle runs',
      [{ value: 10 }, { value: 40 }, { value: 20 }, { value: 30 }],
      { median: 25, runs: 4 },
    ],
    [
      'a minority of capped runs still gives a median',
      [{ over: 15_000 }, { value: 10 }, { value: 20 }],
      { median: 20, runs: 3 },
    ],
    [
      'a majority of capped runs gives "over the cap"',
      [{ over: 15_000 }, { over: 15_000 }, { value: 20 }],
      { over: 15_000 },
    ],
    [
      'missing runs are left out, not counted as zero',
      [{ missing: 'no search box' }, { value: 50 }],
      { median: 50, runs: 1 },
    ],
    [
      'only missing runs keep the reason',
      [{ missing: 'no search box' }],
      { missing: 'no search box' },
    ],
  ])('%s', (_reason, samples, expected) => {
    expect(summarise(samples)).toEqual(expected);
  });
});

describe('table cells', () => {
  it.each<[string, Summary, string, string]>([
    ['milliseconds under a second', { median: 41.6, runs: 5 }, 'ms', '42 ms'],
    ['seconds from a second on', { median: 2345, runs: 5 }, 'ms', '2.35 s'],
    ['a capped figure', { over: 15_000 }, 'ms', '> 15.00 s'],
    ['megabytes', { median: 44.9, runs: 5 }, 'MB', '45 MB'],
    ['a control the page lacks', { missing: 'no search box' }, 'ms', 'n/a'],
  ])('formats %s', (_reason, summary, unit, expected) => {
    expect(formatSummary(summary, unit)).toBe(expected);
  });

  it.each<[string, Summary, Summary, string]>([
    ['app twice as slow', { median: 200, runs: 5 }, { median: 100, runs: 5 }, '2.00×'],
    ['app faster than a capped baseline', { median: 150, runs: 5 }, { over: 15_000 }, '< 0.010×'],
    [
      'capped app against a measured baseline',
      { over: 15_000 },
      { median: 1_000, runs: 5 },
      '> 15×',
    ],
    ['both capped: no ratio', { over: 15_000 }, { over: 15_000 }, 'n/a'],
    ['a zero baseline: no ratio', { median: 3, runs: 5 }, { median: 0, runs: 5 }, '—'],
  ])('gives the ratio when %s', (_reason, app, baseline, expected) => {
    expect(ratio(app, baseline)).toBe(expected);
  });
});
