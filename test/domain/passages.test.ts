import { describe, expect, it } from 'vitest';
import { passageInParagraph, segmentArticle } from '../../src/domain/passages';

const text = 'Headline\n\nFirst paragraph. The passage is here. More words.\nSecond paragraph.';
const at = (passage: string): [number, number] => {
  const start = text.indexOf(passage);
  return [start, start + passage.length];
};

describe('passageInParagraph', () => {
  it.each([
    [
      'a passage inside a paragraph keeps its neighbours',
      'The passage is here.',
      'First paragraph. ',
      ' More words.',
    ],
    [
      'a passage at the start of a paragraph has nothing before it',
      'First paragraph.',
      '',
      ' The passage is here. More words.',
    ],
    ['a passage on the last line runs to the end of the text', 'Second', '', ' paragraph.'],
    [
      'a passage over two lines takes both lines',
      'words.\nSecond',
      'First paragraph. The passage is here. More ',
      ' paragraph.',
    ],
  ])('%s', (_why, passage, before, after) => {
    const [start, end] = at(passage);
    const result = passageInParagraph(text, start, end);
    expect(result.passage).toBe(passage);
    expect(result.before).toBe(before);
    expect(result.after).toBe(after);
  });

  it('leaves the carriage return of a Windows line break out of the paragraph', () => {
    const crlf = 'One line.\r\nThe passage.\r\nNext.';
    const start = crlf.indexOf('The passage.');
    const result = passageInParagraph(crlf, start, start + 'The passage.'.length);
    expect(result).toMatchObject({ before: '', passage: 'The passage.', after: '' });
  });

  it('trims a very long paragraph to a window around the passage', () => {
    const long = `${'word '.repeat(400)}PASSAGE${' word'.repeat(400)}`;
    const start = long.indexOf('PASSAGE');
    const result = passageInParagraph(long, start, start + 7, 50);
    expect(result.passage).toBe('PASSAGE');
    expect(result.trimmedBefore && result.trimmedAfter).toBe(true);
    expect(result.before.length).toBeLessThanOrEqual(50);
    expect(result.after.length).toBeLessThanOrEqual(50);
  });

  it('clamps offsets that run past the text', () => {
    const result = passageInParagraph(text, text.length - 3, text.length + 20);
    expect(result.passage).toBe('ph.');
  });
});

describe('segmentArticle', () => {
  it('covers the whole text, in order, with each mark on its own span', () => {
    const [s1, e1] = at('The passage is here.');
    const [s2, e2] = at('Second paragraph.');
    const segments = segmentArticle(text, [
      { id: 'b', start: s2, end: e2 },
      { id: 'a', start: s1, end: e1 },
    ]);
    expect(segments.map((s) => s.text).join('')).toBe(text);
    expect(segments.filter((s) => s.markIds.length > 0).map((s) => [s.text, s.markIds])).toEqual([
      ['The passage is here.', ['a']],
      ['Second paragraph.', ['b']],
    ]);
  });

  it('gives overlapping passages both marks where they overlap', () => {
    const segments = segmentArticle('abcdef', [
      { id: 'x', start: 0, end: 4 },
      { id: 'y', start: 2, end: 6 },
    ]);
    expect(segments.map((s) => [s.text, s.markIds])).toEqual([
      ['ab', ['x']],
      ['cd', ['x', 'y']],
      ['ef', ['y']],
    ]);
  });

  it('ignores empty marks and keeps text with no marks whole', () => {
    expect(segmentArticle('abc', [{ id: 'x', start: 2, end: 2 }])).toEqual([
      { start: 0, end: 3, text: 'abc', markIds: [] },
    ]);
  });
});
