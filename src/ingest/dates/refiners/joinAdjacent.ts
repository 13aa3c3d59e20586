/**
 * The walk shared by the refiners that join two adjacent results into one: each result with the
 * one after it, joined when `join` makes one of them (the second is then used up), kept as it is
 * otherwise.
 */
import type { ParsingResult } from 'chrono-node/en';

export function joinAdjacent(
  results: readonly ParsingResult[],
  join: (a: ParsingResult, b: ParsingResult) => ParsingResult | null,
): ParsingResult[] {
  const out: ParsingResult[] = [];
  for (let i = 0; i < results.length; i++) {
    const a = results[i];
    if (a === undefined) continue;
    const b = results[i + 1];
    const joined = b === undefined ? null : join(a, b);
    if (joined === null) {
      out.push(a);
      continue;
    }
    out.push(joined);
    i++;
  }
  return out;
}
