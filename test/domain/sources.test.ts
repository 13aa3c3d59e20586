import { describe, expect, it } from 'vitest';
import { distinctPassages, reportedBy, webAddress } from '../../src/domain/sources';
import type { Source } from '../../src/domain/schema';

const lead = 'The council approved the ferry on Monday.';
const repeatText = `${lead}\nThe mayor spoke.\n${lead}\n${lead.replace(' ', '  ')}`;
const second = 'Other text. The council approved the ferry on Monday.';
const at = (text: string, from: number, passage = lead): Source => {
  const start = text.indexOf(passage, from);
  return { documentId: text === second ? 'b' : 'a', start, end: start + passage.length };
};
const documents = new Map([
  ['a', { text: repeatText, title: 'Ferry approved', file: 'a.txt' }],
  ['b', { text: second, title: 'Night ferry', file: 'b.txt', outlet: 'Coast Post' }],
]);

describe('distinctPassages', () => {
  it('keeps one passage for a paragraph an article prints twice, and counts the copies', () => {
    const first = at(repeatText, 0);
    const copy = at(repeatText, 1);
    const kept = distinctPassages([first, copy], documents);
    expect(kept).toEqual([{ source: first, copies: 2 }]);
  });

  it('takes a copy that differs only in spacing for the same wording', () => {
    const spaced = {
      documentId: 'a',
      start: repeatText.lastIndexOf('The'),
      end: repeatText.length,
    };
    expect(distinctPassages([at(repeatText, 0), spaced], documents)).toHaveLength(1);
  });

  it.each([
    ['the same wording in two articles is two reports', [at(repeatText, 0), at(second, 0)], 2],
    [
      'two wordings in one article are two passages',
      [at(repeatText, 0), at(repeatText, 0, 'The mayor spoke.')],
      2,
    ],
    [
      'sources of an article not yet arrived are kept by their offsets',
      [
        { documentId: 'late', start: 0, end: 5 },
        { documentId: 'late', start: 10, end: 15 },
        { documentId: 'late', start: 0, end: 5 },
      ],
      2,
    ],
  ])('%s', (_why, sources, length) => {
    expect(distinctPassages(sources, documents)).toHaveLength(length);
  });
});

describe('reportedBy', () => {
  it.each([
    [
      'one article printing a passage twice is one article',
      [at(repeatText, 0), at(repeatText, 1)],
      'Reported by 1 article',
      ['Ferry approved'],
    ],
    [
      'articles without an outlet are named by their titles, outlets by name',
      [at(repeatText, 0), at(second, 0)],
      'Reported by 2 articles',
      ['Ferry approved', 'Coast Post'],
    ],
    [
      'every article with its outlet counts outlets',
      [at(second, 0)],
      'Reported by 1 outlet',
      ['Coast Post'],
    ],
  ])('%s', (_why, sources, heading, names) => {
    expect(reportedBy(sources, documents)).toEqual({ heading, names });
  });

  it('counts two articles of one outlet as one outlet and says how many articles', () => {
    const both = new Map([
      ['a', { title: 'One', file: 'a.txt', outlet: 'Coast Post' }],
      ['b', { title: 'Two', file: 'b.txt', outlet: 'Coast Post ' }],
    ]);
    const sources = [
      { documentId: 'a', start: 0, end: 1 },
      { documentId: 'b', start: 0, end: 1 },
    ];
    expect(reportedBy(sources, both)).toEqual({
      heading: 'Reported by 1 outlet (2 articles)',
      names: ['Coast Post'],
    });
  });
});

describe('webAddress', () => {
  it.each([
    ['an https address', 'https://example.org/news/ferry', 'https://example.org/news/ferry'],
    ['an http address, with spaces around it', '  http://example.org/a ', 'http://example.org/a'],
  ])('gives %s', (_why, url, href) => {
    expect(webAddress(url)?.href).toBe(href);
  });

  it.each([
    ['no address', undefined],
    ['a script', 'javascript:alert(1)'],
    ['a script in capitals', 'JAVASCRIPT:alert(1)'],
    ['a data address', 'data:text/html,<script>alert(1)</script>'],
    ['a file address', 'file:///etc/passwd'],
    ['a relative path', '/news/ferry'],
    ['an address with no scheme', 'example.org/news'],
    ['words', 'not an address'],
  ])('refuses %s', (_why, url) => {
    expect(webAddress(url)).toBeUndefined();
  });
});
