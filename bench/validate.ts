/**
 * `npm run bench:validate [-- --events 100000 --runs 7 --against DIR]`: how long the checking of
 * every record of a timeline takes, as the page does it (parseTimelineJson: the fast record
 * checks, zod for what they refuse), beside the baseline of zod alone (TimelineSchema.safeParse),
 * in the same run; with --against, also the parseTimelineJson of another checkout of the project
 * in DIR (say `git archive REV src | tar -x -C DIR`, node_modules linked), for a before/after.
 * The corpus is the seeded one of `npm run gen`; each run checks a fresh JSON.parse of it (the
 * parse itself is not timed), after a collection of the last run's garbage. zod is jitless, as on
 * the page (src/app/zodJitless.ts). Prints the median of the runs and every run, in milliseconds.
 */
import { performance } from 'node:perf_hooks';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { generateCorpus } from './corpus';

z.config({ jitless: true });
// Imported after the setting: schemas read it as they are built.
const { parseTimelineJson } = await import('../src/domain/loadTimeline');
const { TimelineSchema } = await import('../src/domain/schema');

const { values: args } = parseArgs({
  options: {
    events: { type: 'string', default: '100000' },
    runs: { type: 'string', default: '7' },
    against: { type: 'string' },
  },
});
const other =
  args.against === undefined
    ? undefined
    : ((await import(resolve(args.against, 'src/domain/loadTimeline.ts'))) as {
        parseTimelineJson: typeof parseTimelineJson;
      });
const events = Number(args.events);
const runs = Number(args.runs);
const text = JSON.stringify(generateCorpus({ events, seed: 1 }));

/** Collects the last run's garbage first, when node runs with --expose-gc (npm run bench:validate). */
const collect = (globalThis as { gc?: () => void }).gc ?? ((): void => undefined);

function time(check: (json: unknown) => boolean): number {
  const json: unknown = JSON.parse(text);
  collect();
  const start = performance.now();
  const ok = check(json);
  const ms = performance.now() - start;
  if (!ok) throw new Error('the corpus did not pass');
  return ms;
}

type Parse = typeof parseTimelineJson;
const checkedBy =
  (parse: Parse) =>
  (json: unknown): boolean => {
    const load = parse('corpus.json', json);
    return load.ok && load.leftOut.length === 0 && load.timeline.events.length === events;
  };
const page = checkedBy(parseTimelineJson);
const zodAlone = (json: unknown): boolean => TimelineSchema.safeParse(json).success;
const against = other === undefined ? undefined : checkedBy(other.parseTimelineJson);

const samples = { page: [] as number[], zod: [] as number[], against: [] as number[] };
for (let run = 0; run < runs; run++) {
  // Alternated, and in turns, so that a busy spell of the machine falls on each.
  const order =
    run % 2 === 0 ? (['page', 'zod', 'against'] as const) : (['against', 'zod', 'page'] as const);
  for (const which of order) {
    if (which === 'page') samples.page.push(time(page));
    else if (which === 'zod') samples.zod.push(time(zodAlone));
    else if (against !== undefined) samples.against.push(time(against));
  }
}

const median = (values: readonly number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1
    ? (sorted[mid] ?? 0)
    : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
};
const row = (label: string, values: readonly number[]): string =>
  `${label.padEnd(34)} median ${median(values).toFixed(1).padStart(7)} ms   runs ${values
    .map((v) => v.toFixed(1))
    .join(', ')}`;

console.log(`Checking the records of ${events.toLocaleString('en')} events, ${runs} runs`);
console.log(row('parseTimelineJson (fast checks)', samples.page));
console.log(row('zod alone (baseline)', samples.zod));
if (args.against !== undefined) console.log(row(`the same, at ${args.against}`, samples.against));
console.log(`ratio ${(median(samples.page) / median(samples.zod)).toFixed(3)}× the baseline`);
