import { describe, expect, it } from 'vitest';
import { decodeArticle } from '../../src/ingest';

const bytes = (...b: number[]): Uint8Array => Uint8Array.from(b);
const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);

describe('decodeArticle', () => {
  it.each([
    [
      'valid UTF-8 holding U+FFFD itself is read as it is',
      utf8('A sign read \uFFFD.'),
      'A sign read \uFFFD.',
    ],
    ['a BOM is kept', utf8('\uFEFFPier'), '\uFEFFPier'],
  ])('%s', (_, input, text) => {
    expect(decodeArticle(input)).toEqual({ text });
  });

  it.each([
    ['Latin-1 accents', bytes(0x43, 0x61, 0x66, 0xe9), 'Café'],
    ['Windows-1252 quotes and euro sign', bytes(0x93, 0x78, 0x94, 0x20, 0x80, 0x35), '“x” €5'],
  ])('reads %s as Windows-1252, with a warning', (_, input, text) => {
    const decoded = decodeArticle(input);
    expect(decoded).toMatchObject({ text });
    expect('warning' in decoded ? decoded.warning : '').toMatch(/looks like Latin-1/u);
  });

  it.each([
    ['UTF-8 cut inside a character', bytes(0x43, 0xc3, 0xa9, 0x20, 0xe2, 0x80), /not valid UTF-8/u],
    ['a byte Windows-1252 leaves unassigned', bytes(0x43, 0x81, 0x20), /not valid UTF-8/u],
    ['NUL bytes', bytes(0x89, 0x50, 0x00, 0x01), /binary/u],
  ])('refuses %s', (_, input, reason) => {
    const decoded = decodeArticle(input);
    expect('error' in decoded ? decoded.error : '').toMatch(reason);
  });
});
