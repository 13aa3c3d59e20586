/**
 * Cuts a long text into pieces that chrono-node reads in linear time, keeping each piece's
 * offset so that mentions still index into the whole text.
 *
 * chrono slows down more than linearly on long inputs (on a 750 KB text it ran at a third of
 * its per-paragraph speed), so a whole article, or many, is read piece by piece. Pieces end at
 * line breaks, so no date written on one line is cut; a line longer than `MAX_PIECE` is cut
 * after a sentence end, else at a space. Limits: a date written across such a cut is lost.
 */
import { cutPoint as safeCut } from '../../domain/utf16';

export interface TextPiece {
  /** Offset of the piece's first character in the whole text. */
  offset: number;
  text: string;
}

/** Pieces grow to about this many characters before a line break ends them. */
const TARGET_PIECE = 2_000;
/** No piece is longer than this. */
const MAX_PIECE = 8_000;

function cutPoint(text: string, from: number): number {
  const limit = Math.min(text.length, from + MAX_PIECE);
  if (limit === text.length) return limit;
  const window = text.slice(from + TARGET_PIECE, limit);
  const newline = window.lastIndexOf('\n');
  if (newline >= 0) return from + TARGET_PIECE + newline + 1;
  const sentence = Math.max(window.lastIndexOf('. '), window.lastIndexOf('? '));
  if (sentence >= 0) return from + TARGET_PIECE + sentence + 2;
  const space = window.lastIndexOf(' ');
  if (space >= 0) return from + TARGET_PIECE + space + 1;
  // No break at all: cut anywhere but inside a surrogate pair.
  return safeCut(text, limit);
}

export function textPieces(text: string): TextPiece[] {
  if (text.length <= MAX_PIECE) return [{ offset: 0, text }];
  const pieces: TextPiece[] = [];
  let from = 0;
  while (from < text.length) {
    const firstBreak = text.indexOf('\n', from + TARGET_PIECE);
    const end =
      firstBreak >= 0 && firstBreak + 1 - from <= MAX_PIECE ? firstBreak + 1 : cutPoint(text, from);
    pieces.push({ offset: from, text: text.slice(from, end) });
    from = end;
  }
  return pieces;
}
