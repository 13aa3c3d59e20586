/**
 * `npm run gen -- --events N --out FILE [--seed S]`: writes a seeded synthetic timeline.json
 * (see corpus.ts) after checking it against the published schema, so that a benchmark
 * never measures a file the app would reject.
 */
import { closeSync, mkdirSync, openSync, writeSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { generateCorpus } from './corpus';
import { timelineJsonChunks } from './timelineJson';
import { TimelineSchema, type Timeline } from '../src/domain/schema';

export function writeCorpus(events: number, seed: number, out: string): Timeline {
  const timeline = generateCorpus({ events, seed });
  const checked = TimelineSchema.safeParse(timeline);
  if (!checked.success) {
    const first = checked.error.issues[0];
    throw new Error(`generated corpus is invalid at ${first?.path.join('.')}: ${first?.message}`);
  }
  mkdirSync(dirname(resolve(out)), { recursive: true });
  const fd = openSync(out, 'w');
  try {
    for (const chunk of timelineJsonChunks(timeline)) writeSync(fd, chunk);
  } finally {
    closeSync(fd);
  }
  return timeline;
}

function main(): void {
  const { values } = parseArgs({
    options: {
      events: { type: 'string' },
      out: { type: 'string' },
      seed: { type: 'string', default: '1' },
    },
  });
  const events = Number(values.events);
  const seed = Number(values.seed);
  if (
    !Number.isInteger(events) ||
    events < 1 ||
    values.out === undefined ||
    !Number.isInteger(seed)
  ) {
    console.error('usage: npm run gen -- --events N --out FILE [--seed S]');
    process.exit(2);
  }
  const started = performance.now();
  const timeline = writeCorpus(events, seed, values.out);
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.log(
    `${values.out}: ${timeline.events.length} events, ${timeline.documents.length} documents, ` +
      `${timeline.actors.length} actors, ${timeline.countries.length} countries (seed ${seed}, ${seconds} s)`,
  );
}

if (import.meta.url === `file://${process.argv[1]}`) main();
