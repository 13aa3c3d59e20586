/**
 * Turns the benchmark's summaries into the Markdown table the README embeds: for each corpus
 * size, the app's median, the naive baseline's, and their ratio (below 1 means the app is
 * faster or smaller). Capped figures read "> 15 s"; figures a page cannot give read "n/a".
 */
import { METRICS, type MetricKey, type Summary } from './metrics';

export type Variant = 'app' | 'baseline';

export interface SizeResult {
  events: number;
  summaries: Record<Variant, Record<MetricKey, Summary>>;
}

export interface BundleFigures {
  app: number;
  baseline: number;
}

const UNITS: Record<MetricKey, string> = Object.fromEntries(
  METRICS.map((m) => [m.key, m.unit]),
) as Record<MetricKey, string>;

export function formatValue(value: number, unit: string): string {
  if (!Number.isFinite(value)) return 'n/a';
  if (unit === 'ms')
    return value >= 1000 ? `${(value / 1000).toFixed(2)} s` : `${Math.round(value)} ms`;
  if (unit === 'MB') return `${value.toFixed(0)} MB`;
  if (unit === 'kB') return `${value.toFixed(1)} kB`;
  return String(Math.round(value));
}

export function formatSummary(summary: Summary, unit: string): string {
  if ('median' in summary) return formatValue(summary.median, unit);
  if ('over' in summary) return `> ${formatValue(summary.over, unit)}`;
  return 'n/a';
}

export function ratio(app: Summary, baseline: Summary): string {
  const fmt = (r: number) => (r >= 10 ? r.toFixed(0) : r >= 0.1 ? r.toFixed(2) : r.toFixed(3));
  if ('median' in app && 'median' in baseline) {
    return baseline.median === 0 ? '—' : `${fmt(app.median / baseline.median)}×`;
  }
  if ('median' in app && 'over' in baseline) return `< ${fmt(app.median / baseline.over)}×`;
  if ('over' in app && 'median' in baseline && baseline.median > 0) {
    return `> ${fmt(app.over / baseline.median)}×`;
  }
  return 'n/a';
}

export function markdownTable(sizes: readonly SizeResult[], bundle: BundleFigures): string {
  const header = ['Median of runs'];
  for (const size of sizes) {
    const n = size.events.toLocaleString('en-US');
    header.push(`${n}: app`, `${n}: naive`, 'ratio');
  }
  const rows = [header, header.map((_, i) => (i === 0 ? '---' : '---:'))];
  for (const metric of METRICS) {
    const row: string[] = [metric.label];
    for (const size of sizes) {
      const app = size.summaries.app[metric.key];
      const baseline = size.summaries.baseline[metric.key];
      row.push(formatSummary(app, UNITS[metric.key]), formatSummary(baseline, UNITS[metric.key]));
      row.push(ratio(app, baseline));
    }
    rows.push(row);
  }
  const bundleRow = ['Initial JS (gzip)'];
  for (let i = 0; i < sizes.length; i++) {
    bundleRow.push(
      formatValue(bundle.app / 1000, 'kB'),
      formatValue(bundle.baseline / 1000, 'kB'),
      Number.isFinite(bundle.app) ? `${(bundle.app / bundle.baseline).toFixed(2)}×` : 'n/a',
    );
  }
  rows.push(bundleRow);
  return rows.map((cells) => `| ${cells.join(' | ')} |`).join('\n');
}
