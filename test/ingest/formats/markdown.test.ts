import { describe, expect, it } from 'vitest';
import { readArticleFile, type ReadArticleFile } from '../../../src/ingest/formats';
import { encode } from './pages';

/** An invented article about a ferry strike in the invented port of Harrowby. */
const BODY = [
  'Ferry crews in *Harrowby* walked out on **Monday** over [night shifts](https://harbour.example/shifts), halting sailings to the islands.',
  '',
  '> "We will not sail until the rota changes," said union leader `Ines Vark`.',
  '',
  '## What changes',
  '',
  '- Two night crossings are cancelled.',
  '- The morning ferry leaves an hour later.',
  '',
  '![Ferries tied up at the pier](pier.jpg) ![](decoration.png)',
  '',
  '<div class="ad">Book your holiday now!</div>',
  '',
  'The port authority said talks would resume on Thursday.<span>x</span>',
  '',
  '```',
  'Sailings cancelled: 14',
  'Passengers affected: 2,300',
  '```',
  '',
  '| Route | Sailings |',
  '| --- | ---: |',
  '| North | 4 |',
  '',
].join('\n');

const BODY_TEXT = [
  'Ferry crews in Harrowby walked out on Monday over night shifts, halting sailings to the islands.',
  '"We will not sail until the rota changes," said union leader Ines Vark.',
  'What changes',
  'Two night crossings are cancelled.',
  'The morning ferry leaves an hour later.',
  'Ferries tied up at the pier',
  'The port authority said talks would resume on Thursday.x',
  'Sailings cancelled: 14\nPassengers affected: 2,300',
  'Route',
  'Sailings',
  'North',
  '4',
];

function read(markdown: string, name = 'ferry.md'): ReadArticleFile {
  const result = readArticleFile(name, encode(markdown));
  if ('error' in result) throw new Error(`unexpected error: ${result.error}`);
  return result;
}

describe('a Markdown article', () => {
  it('takes its metadata from the front matter and its text from the document', () => {
    const markdown = [
      '---',
      'title: Ferry Crews Strike Over Night Shifts',
      'date: 2024-05-06',
      'author:',
      '  - name: Tomas Brel',
      'source: Harrowby Harbour News',
      'canonical: https://harbour.example/news/ferry-strike',
      'tags: [strike, ferries]',
      '---',
      '',
      BODY,
    ].join('\n');
    const article = read(markdown);
    expect(article.text).toBe(['Ferry Crews Strike Over Night Shifts', ...BODY_TEXT].join('\n\n'));
    expect(article.meta).toEqual({
      title: 'Ferry Crews Strike Over Night Shifts',
      published: '2024-05-06',
      byline: 'Tomas Brel',
      outlet: 'Harrowby Harbour News',
      url: 'https://harbour.example/news/ferry-strike',
    });
    expect(article).toMatchObject({ format: 'markdown', warnings: [] });
  });

  it.each<[string, string, ReadArticleFile['meta']]>([
    [
      'published, byline, outlet and url, in any case',
      'Title: Strike\nPublished: "May 6, 2024"\nByline: By Tomas Brel\nOutlet: Harbour News\nURL: http://harbour.example/a',
      {
        title: 'Strike',
        published: '2024-05-06',
        byline: 'Tomas Brel',
        outlet: 'Harbour News',
        url: 'http://harbour.example/a',
      },
    ],
    [
      'a date and time',
      'date: 2024-05-06T23:30:00-04:00\nsite: Harbour News',
      { published: '2024-05-06', outlet: 'Harbour News' },
    ],
  ])('reads the front matter keys %s', (_, front, meta) => {
    expect(read(`---\n${front}\n---\n\nCrews walked out.\n`).meta).toEqual(meta);
  });

  it('takes the first level-1 heading as the title when there is no front matter', () => {
    const article = read(`Draft notes\n\n# Ferry Crews Strike\n\n${BODY}`);
    expect(article.meta).toEqual({ title: 'Ferry Crews Strike' });
    expect(article.text).toBe(['Draft notes', 'Ferry Crews Strike', ...BODY_TEXT].join('\n\n'));
  });

  it('starts with the heading once when it opens the document', () => {
    const article = read(`# Ferry Crews Strike\n\n${BODY}`, 'ferry.markdown');
    expect(article.text).toBe(['Ferry Crews Strike', ...BODY_TEXT].join('\n\n'));
  });

  it('has no title when it has neither a front matter title nor a level-1 heading', () => {
    const article = read(BODY);
    expect(article.meta).toEqual({});
    expect(article.text).toBe(BODY_TEXT.join('\n\n'));
  });

  it('keeps entities decoded and non-Latin scripts as they are', () => {
    const article = read(
      '# Απεργία στο λιμάνι\n\nAT&amp;T &copy; 2024 — 港のフェリーが止まった。 قال النقابي إن الإضراب سيستمر.\n',
    );
    expect(article.text).toBe(
      'Απεργία στο λιμάνι\n\nAT&T © 2024 — 港のフェリーが止まった。 قال النقابي إن الإضراب سيستمر.',
    );
  });

  it('keeps a hard line break and joins the lines of a wrapped paragraph', () => {
    expect(read('Crews walked out\non Monday.  \nTalks resume Thursday.\n').text).toBe(
      'Crews walked out on Monday.\nTalks resume Thursday.',
    );
  });
});

describe('a Markdown front matter that cannot be read', () => {
  it.each([
    ['bad YAML', 'title: [unclosed\ndate: 2024-05-06', /not valid YAML \(line \d+ of the file\)/u],
    ['a list instead of fields', '- one\n- two', /not a list of fields/u],
    ['a scalar', 'just words', /not a list of fields/u],
    [
      'aliases that repeat without end',
      ['a: &a [x, x, x, x, x, x, x, x, x]', 'b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]']
        .concat(['c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]', 'd: [*c, *c, *c, *c, *c, *c]'])
        .join('\n'),
      /too many aliases/u,
    ],
  ])('is a warning when it holds %s, and the article is still read', (_, front, warning) => {
    const article = read(`---\n${front}\n---\n\n# Ferry Crews Strike\n\nCrews walked out.\n`);
    expect(article.warnings).toEqual([expect.stringMatching(warning)]);
    expect(article.meta).toEqual({ title: 'Ferry Crews Strike' });
    expect(article.text).toBe('Ferry Crews Strike\n\nCrews walked out.');
  });

  it.each([
    ['a date that is no date', 'date: next week', /date is not a date/u, {}],
    ['a day that does not exist', 'date: 2024-02-30', /date is not a date/u, {}],
    ['a javascript: url', 'url: "javascript:alert(1)"', /url is not an http or https address/u, {}],
    ['a title that is a list', 'title: [a, b]', /title is not a line of text/u, {}],
  ])('warns of %s and leaves that field out', (_, front, warning, meta) => {
    const article = read(`---\n${front}\n---\n\nCrews walked out.\n`);
    expect(article.warnings).toEqual([expect.stringMatching(warning)]);
    expect(article.meta).toEqual(meta);
  });

  it('never quotes the front matter in a warning', () => {
    const article = read('---\ntitle: "SECRET-4471 unclosed\n---\n\nCrews walked out.\n');
    expect(article.warnings.join(' ')).not.toContain('SECRET');
  });

  it('is refused when the file holds nothing but its front matter and title', () => {
    expect(readArticleFile('x.md', encode('---\ntitle: Strike\n---\n\n# Strike\n'))).toEqual({
      error: 'no article text was found in the file',
    });
  });
});
