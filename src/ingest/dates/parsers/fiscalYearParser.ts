/**
 * Fiscal years: "fiscal 2025", "fiscal year 2025", "FY2025", "FY 25", "FY'25".
 *
 * The months a fiscal year covers come from the rule in `data/fiscalYear`. Limits: a two-digit
 * year is taken as 20YY; split forms such as "FY2024-25" keep only the first year.
 */
import type { Parser } from 'chrono-node/en';
import { fiscalYearSpan } from '../data/fiscalYear';
import { WORD_CHARS, wordPattern, type ParsingContext } from './pattern';

export const FISCAL_YEAR_TAG = 'newsline/fiscal-year';

const PATTERN = wordPattern(
  `(?:fiscal(?:\\s+year)?\\s+|FY\\s?['’]?)(\\d{4}|\\d{2})(?![${WORD_CHARS}]|[.,]\\d)`,
);

export function createFiscalYearParser(): Parser {
  return {
    pattern: () => PATTERN,
    extract: (context: ParsingContext, match: RegExpMatchArray) => {
      const digits = match[1];
      if (digits === undefined) return null;
      const year = digits.length === 2 ? 2000 + Number(digits) : Number(digits);
      if (year < 1900 || year > 2099) return null;
      const span = fiscalYearSpan(year);
      return context
        .createParsingResult(match.index ?? 0, match[0], span.start, span.end)
        .addTag(FISCAL_YEAR_TAG);
    },
  };
}
