/**
 * The CLI's part helper: a worker thread that reads some parts of a long article while the main
 * thread reads the others. Whoever reads a part, and whatever becomes of the worker, the timeline
 * is the one of reading every part on the main thread.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ingestArticles } from '../../src/ingest';
import type { HelpedParts, PartHelper } from '../../src/ingest/pipeline';
import { startPartHelper } from '../../scripts/partHelper';

const paragraphs = [
  'Valley Water Board Approves Dam Repairs',
  'Published: June 12, 2025',
  'LEIRIA, June 11 (Valley Post) - Engineer Tomas Braga said on Wednesday that the dam would be repaired.',
  'Braga told reporters in Leiria that the spillway had cracked in May.',
  'The water board approved the repair budget on June 3, 2025.',
  'Mayor Clara Mota visited the dam yesterday, the board said.',
  'Mota said the reservoir would be lowered by July.',
  'Environment minister Paulo Reis inspected the valley on June 5, 2025.',
  'Reis said farmers downstream would be paid for lost crops.',
];
const article = { file: 'dam.txt', text: `${paragraphs.join('\n\n')}\n` };
/** Parts of about one paragraph. */
const longestPart = 120;

/** Waits `ms` milliseconds without an event loop turn, as the pipeline's own thread would. */
const pause = (ms: number): void => {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
};

/**
 * The helper, with the main thread taking only the first part, so that the worker must read the
 * others, and, if `waitForDates`, waiting (up to 10 s) for the dates read ahead; counts the parts
 * and the parts' dates that came from the workers.
 */
function workerReadsTheRest(
  helper: PartHelper,
  waitForDates = false,
): PartHelper & { fromWorker: () => number; datedByWorker: () => number } {
  let fromWorker = 0;
  let datedByWorker = 0;
  return {
    begin: (text, blocks, ranges) => {
      const parts = helper.begin(text, blocks, ranges);
      if (parts === undefined) return undefined;
      let taken = false;
      const shared: HelpedParts = {
        next: () => (taken ? undefined : ((taken = true), parts.next())),
        take: (k) => {
          const part = parts.take(k);
          if (part !== undefined) fromWorker++;
          return part;
        },
      };
      return shared;
    },
    firstPassDone: () => helper.firstPassDone(),
    readDatesAhead: (text, spans, published) => {
      const read = helper.readDatesAhead(text, spans, published);
      return () => {
        let dates = read();
        for (let waited = 0; waitForDates && dates === undefined && waited < 10_000; waited += 10) {
          pause(10);
          dates = read();
        }
        if (dates !== undefined) datedByWorker++;
        return dates;
      };
    },
    end: () => helper.end(),
    fromWorker: () => fromWorker,
    datedByWorker: () => datedByWorker,
  };
}

afterEach(() => vi.unstubAllEnvs());

describe('an article read in parts with the part helper', () => {
  const alone = ingestArticles([article], { longestPart });

  it('is read in several parts', () => {
    expect(alone.reports[0]?.warnings).toContainEqual(expect.stringMatching(/read in \d+ parts/u));
    expect(alone.timeline.events.length).toBeGreaterThan(2);
  });

  it('gives the same timeline when the worker reads the parts the main thread leaves', () => {
    const helper = workerReadsTheRest(startPartHelper());
    const helped = ingestArticles([article], { longestPart, partHelper: helper });
    expect(helper.fromWorker()).toBeGreaterThan(2);
    expect(helped).toEqual(alone);
  });

  it('gives the same timeline with the dates of the later parts read ahead by the worker', () => {
    const helper = workerReadsTheRest(startPartHelper(), true);
    const helped = ingestArticles([article], { longestPart, partHelper: helper });
    // Every part but the first, whose reading gives the day the others are dated from.
    const parts = Number(/read in (\d+) parts/u.exec(alone.reports[0]?.warnings.join() ?? '')?.[1]);
    expect(helper.datedByWorker()).toBe(parts - 1);
    expect(helped).toEqual(alone);
  });

  it('gives the same timeline when both threads take parts as they come', () => {
    const helped = ingestArticles([article, { ...article, file: 'dam-again.txt' }], {
      longestPart,
      partHelper: startPartHelper(),
    });
    const unhelped = ingestArticles([article, { ...article, file: 'dam-again.txt' }], {
      longestPart,
    });
    expect(helped).toEqual(unhelped);
  });

  it('reads the parts itself when the worker falls silent', () => {
    // A worker silent for 1 ms is let go: the main thread reads every part it had taken.
    const helper = workerReadsTheRest(startPartHelper(1));
    const helped = ingestArticles([article], { longestPart, partHelper: helper });
    expect(helper.fromWorker()).toBe(0);
    expect(helped).toEqual(alone);
  });

  it('reads every part itself when the worker cannot be started', () => {
    vi.stubEnv('NEWSLINE_PART_WORKER', '/nonexistent/readParts.worker.mjs');
    const helper = workerReadsTheRest(startPartHelper());
    const helped = ingestArticles([article], { longestPart, partHelper: helper });
    expect(helper.fromWorker()).toBe(0);
    expect(helped).toEqual(alone);
  });
});
