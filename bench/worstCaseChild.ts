/**
 * One worst-case ingest in a process of its own, so that its peak memory is its own: prints one
 * JSON line with the seconds taken, the peak resident memory and what the report said.
 * Usage: tsx bench/worstCaseChild.ts dense|line BYTES
 */
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ingestArticles } from '../src/ingest';
import { startPartHelper } from '../scripts/partHelper';
import { seedArticles } from './ingestCorpus';
import { worstCaseArticle, type WorstKind } from './worstCase';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const kind = process.argv[2] === 'line' ? 'line' : ('dense' satisfies WorstKind);
const bytes = Number(process.argv[3] ?? 5_000_000);
const article = worstCaseArticle(
  seedArticles(join(root, 'public', 'seeds', 'articles')),
  kind,
  bytes,
);
/**
 * The highest resident memory of this process, in MB. On Linux it is read from /proc (VmHWM):
 * getrusage's maxRSS also counts the copy of the parent process that this one was forked from
 * before it started Node, so a large parent would show as this process's peak.
 */
function peakMB(): number {
  try {
    const kB = /^VmHWM:\s+(\d+) kB$/mu.exec(readFileSync('/proc/self/status', 'utf8'))?.[1];
    if (kB !== undefined) return Number(kB) / 1024;
  } catch {
    // Not Linux: getrusage is what there is.
  }
  return process.resourceUsage().maxRSS / 1024;
}

const t0 = performance.now();
// With the CLI's part helper, as `npm run ingest` reads an article.
const { timeline, reports } = ingestArticles([article], { partHelper: startPartHelper() });
const seconds = (performance.now() - t0) / 1000;
console.log(
  JSON.stringify({
    kind,
    bytes: Buffer.byteLength(article.text, 'utf8'),
    seconds,
    peakMB: peakMB(),
    events: timeline.events.length,
    ok: reports[0]?.ok === true,
    warnings: reports[0]?.warnings ?? [],
  }),
);
