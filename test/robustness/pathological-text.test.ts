/**
 * Text shaped to make pattern matching backtrack: long runs of one character inside a line or a
 * reporting sentence. Each once took seconds to minutes (the splitter on 50,000 dots took 6 s,
 * title clean-up on 200,000 spaces minutes); ingest must read them like any article. The test
 * timeout is the guard: at these sizes a quadratic pass would run for many minutes.
 */
import { describe, expect, it } from 'vitest';
import { ingestArticles } from '../../src/ingest';

const HEAD = 'Border Talks Resume in Geneva\n\nPublished: March 3, 2025\n\n';
const RUN = 500_000;

function inSentence(run: string): string {
  return `Minister Ana Ruiz said on Monday that ${run} the talks would resume (in Geneva).`;
}

const ROWS: readonly [name: string, body: string][] = [
  ['a line of 500,000 full stops', `He said${'.'.repeat(RUN)}x`],
  ['a line of 500,000 exclamation marks', `He said${'!'.repeat(RUN)}x`],
  ['a full stop then 500,000 closing quotes', `He said.${'"'.repeat(RUN)}x`],
  ['a full stop then 500,000 spaces and a small letter', `He said.${' '.repeat(RUN)}x`],
  ['a reporting sentence holding 500,000 spaces', inSentence(' '.repeat(RUN))],
  ['a reporting sentence holding 500,000 full stops', inSentence('.'.repeat(RUN))],
  ['a reporting sentence holding 100,000 dashes', inSentence('—'.repeat(100_000))],
  ['a reporting sentence holding 100,000 open brackets', inSentence('('.repeat(100_000))],
  // Once ran ingest out of memory (every prefix of the capitalised run was kept).
  ['a line of "U.S. " written 80,000 times', 'U.S. '.repeat(80_000)],
  ['a line listing "Mexico, " 200,000 times', 'Mexico, '.repeat(200_000)],
];

describe('ingest on pathological runs of characters', () => {
  it.each(ROWS)(
    'reads %s, with passages inside the text',
    (_name, body) => {
      const text = `${HEAD}${body}\n`;
      const { timeline, reports } = ingestArticles([{ file: 'odd.txt', text }]);
      expect(reports[0]?.ok).toBe(true);
      expect(timeline.documents[0]?.text).toBe(text);
      for (const source of timeline.events.flatMap((e) => e.sources)) {
        expect(source.end).toBeLessThanOrEqual(text.length);
        expect(source.start).toBeLessThan(source.end);
      }
    },
    20_000,
  );
});
