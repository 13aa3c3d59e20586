/**
 * What the benchmark reports, and how one figure is summarised over runs: the median, where a
 * run that hit its cap counts as slower than any measured run, so that "> 15 s" survives as
 * such instead of being averaged away.
 */
export const METRICS = [
  { key: 'firstDrawnMs', label: 'First events drawn', unit: 'ms' },
  { key: 'filterOnMs', label: 'Country filter on', unit: 'ms' },
  { key: 'filterOffMs', label: 'Country filter off', unit: 'ms' },
  { key: 'searchMs', label: 'Search query', unit: 'ms' },
  { key: 'selectMs', label: 'Select an event', unit: 'ms' },
  { key: 'frameMeanMs', label: 'Zoom/pan frame, mean', unit: 'ms' },
  { key: 'frameP95Ms', label: 'Zoom/pan frame, 95th percentile', unit: 'ms' },
  { key: 'frameMaxMs', label: 'Zoom/pan frame, worst', unit: 'ms' },
  { key: 'heapMB', label: 'JS heap after load', unit: 'MB' },
  { key: 'longTasksOver200', label: 'Long tasks > 200 ms after load', unit: '' },
  { key: 'longestTaskMs', label: 'Longest task after load', unit: 'ms' },
] as const;

export type MetricKey = (typeof METRICS)[number]['key'];

/** One run's figure: measured, cut off at a cap, or not measurable on that page. */
export type Sample = { value: number } | { over: number } | { missing: string };

export type Summary = { median: number; runs: number } | { over: number } | { missing: string };

export function summarise(samples: readonly Sample[]): Summary {
  const ranked: number[] = [];
  let cap = 0;
  for (const sample of samples) {
    if ('value' in sample) ranked.push(sample.value);
    else if ('over' in sample) {
      ranked.push(Number.POSITIVE_INFINITY);
      cap = Math.max(cap, sample.over);
    }
  }
  if (ranked.length === 0) {
    const reason = samples.find((s): s is { missing: string } => 'missing' in s)?.missing;
    return { missing: reason ?? 'not measured' };
  }
  ranked.sort((a, b) => a - b);
  const mid = ranked.length >> 1;
  const lower = ranked[ranked.length % 2 === 1 ? mid : mid - 1] ?? Number.NaN;
  const upper = ranked[mid] ?? Number.NaN;
  const median = (lower + upper) / 2;
  return Number.isFinite(median) ? { median, runs: ranked.length } : { over: cap };
}
