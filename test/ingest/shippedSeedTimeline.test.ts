/**
 * The app ships the seed articles' timeline (public/seeds/timeline.json); it must be what the
 * extraction makes of them today, or the app shows a reader yesterday's extraction.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ingestArticles } from '../../src/ingest';

const seeds = join(__dirname, '..', '..', 'public', 'seeds');

describe('the shipped seed timeline', () => {
  it('is the timeline npm run ingest makes of the seed articles now', () => {
    const articles = readdirSync(join(seeds, 'articles'))
      .filter((f) => f.endsWith('.txt'))
      .sort()
      .map((file) => ({ file, text: readFileSync(join(seeds, 'articles', file), 'utf8') }));
    const shipped: unknown = JSON.parse(readFileSync(join(seeds, 'timeline.json'), 'utf8'));
    expect(shipped, 'public/seeds/timeline.json is stale: run npm run ingest').toEqual(
      ingestArticles(articles).timeline,
    );
  });
});
