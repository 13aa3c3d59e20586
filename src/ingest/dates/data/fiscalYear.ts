/**
 * The fiscal-year rule: which months "fiscal 2025" / "FY25" covers.
 *
 * News in this project is read with the US federal convention: fiscal year N runs from
 * October of N−1 to September of N. Limits: other governments' fiscal years (UK April–March,
 * etc.) are not distinguished; a caller that knows better can ignore the range.
 */

export interface YearMonth {
  year: number;
  /** 1–12 */
  month: number;
}

export interface FiscalYearSpan {
  start: YearMonth;
  end: YearMonth;
}

/** The US federal fiscal year N: October N−1 through September N. */
export function fiscalYearSpan(fiscalYear: number): FiscalYearSpan {
  return {
    start: { year: fiscalYear - 1, month: 10 },
    end: { year: fiscalYear, month: 9 },
  };
}
