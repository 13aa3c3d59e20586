/**
 * Drops chrono-node matches that are one ordinary word split in two: its relative-date parser
 * allows no space between "last"/"past"/"next"/"this" and a one-letter unit, so it reads
 * "lasts" as "last second" and "pasty" as "past year".
 *
 * Runs before chrono's own refiners, so that such a match cannot be merged into a range
 * ("the ban lasts until December 2026"). Limits: only this one form is checked.
 */
import type { ParsingResult, Refiner } from 'chrono-node/en';
import type { ParsingContext } from '../parsers/pattern';

const MODIFIER_GLUED_TO_UNIT = /^(?:this|last|past|next)[a-z]+$/i;

export function createWordFragmentFilter(): Refiner {
  return {
    refine: (_context: ParsingContext, results: ParsingResult[]) =>
      results.filter((result) => !MODIFIER_GLUED_TO_UNIT.test(result.text.trim())),
  };
}
