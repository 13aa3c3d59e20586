import { describe, expect, it } from 'vitest';
import { formatOf, readArticleFile, type ArticleFormat } from '../../../src/ingest/formats';
import { encode } from './pages';

describe('formatOf', () => {
  it.each<[string, ArticleFormat | undefined]>([
    ['lima.txt', 'text'],
    ['notes.text', 'text'],
    ['LIMA.TXT', 'text'],
    ['page.html', 'html'],
    ['page.htm', 'html'],
    ['Page.XHTML', 'html'],
    ['story.md', 'markdown'],
    ['story.markdown', 'markdown'],
    ['archive.2024.md', 'markdown'],
    ['lima.meta.json', undefined],
    ['photo.jpg', undefined],
    ['README', undefined],
    ['.md', 'markdown'],
    ['folder.md/story', undefined],
    ['story.constructor', undefined],
  ])('%s is %s', (name, format) => {
    expect(formatOf(name)).toBe(format);
  });
});

describe('readArticleFile', () => {
  it('passes a text file on exactly as it is, BOM and CRLF included, with no metadata', () => {
    const raw =
      '\uFEFFPier Opens\r\n\r\nBy Jane Roe\r\n\r\nThe pier opened on Monday &amp; closed.\r\n';
    expect(readArticleFile('pier.txt', encode(raw))).toEqual({
      text: raw,
      meta: {},
      warnings: [],
      format: 'text',
    });
  });

  it('reads a file as the format it is given, whatever its name', () => {
    const read = readArticleFile(
      'download',
      encode('<h1>Pier Opens</h1><p>It opened.</p>'),
      'html',
    );
    expect(read).toMatchObject({ text: 'Pier Opens\n\nIt opened.', format: 'html' });
    const asText = readArticleFile('page.html', encode('<p>It opened.</p>'), 'text');
    expect(asText).toMatchObject({ text: '<p>It opened.</p>', format: 'text' });
  });

  it('refuses a file of a kind it does not read, naming the kinds it reads', () => {
    expect(readArticleFile('photo.jpg', encode('JFIF'))).toEqual({
      error: expect.stringMatching(/not of a kind Newsline reads \(\.txt, .*\.html.*\.md/u),
    });
  });

  const NUL = Uint8Array.from([0x3c, 0x70, 0x3e, 0x00, 0x01, 0x02]);
  const CUT_UTF8 = Uint8Array.from([0x43, 0x61, 0x66, 0xc3, 0xa9, 0x20, 0xe2, 0x80]);
  it.each<[string, Uint8Array, RegExp]>([
    ['an empty file', new Uint8Array(0), /^the file is empty$/u],
    ['a file of blank lines', encode(' \n\n\t\n'), /^the file is empty$/u],
    ['a file of a BOM only', encode('\uFEFF'), /^the file is empty$/u],
    ['a binary file (NUL bytes)', NUL, /^the file is binary/u],
    ['a file cut inside a UTF-8 character', CUT_UTF8, /^the file is not valid UTF-8$/u],
  ])('refuses %s in every format', (_, bytes, error) => {
    for (const name of ['a.txt', 'a.html', 'a.md']) {
      const read = readArticleFile(name, bytes);
      expect(read, name).toEqual({ error: expect.stringMatching(error) });
    }
  });

  it('reads a Latin-1 page with the warning to save it as UTF-8', () => {
    const latin1 = Uint8Array.from(
      [...'<h1>Caf', '\xE9 Opens</h1><p>The caf', '\xE9 opened on Monday.</p>'].flatMap((part) =>
        [...part].map((c) => c.charCodeAt(0)),
      ),
    );
    const read = readArticleFile('cafe.html', latin1);
    expect(read).toMatchObject({
      text: 'Café Opens\n\nThe café opened on Monday.',
      warnings: [expect.stringMatching(/looks like Latin-1/u)],
    });
  });

  it('never quotes the file in an error', () => {
    const secret = 'SECRET-9921';
    for (const [name, text] of [
      ['a.html', `<html><body><script>${secret}</script><!-- ${secret} --></body></html>`],
      ['b.md', `---\ntitle: ${secret}\n---\n`],
      ['c.html', `<p>${secret}</p>${'<div>'.repeat(4000)}`],
    ] as const) {
      const read = readArticleFile(name, encode(text));
      expect('error' in read ? read.error : 'read', name).not.toContain(secret);
      expect('error' in read, name).toBe(true);
    }
  });
});
