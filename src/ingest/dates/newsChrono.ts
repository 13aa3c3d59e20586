/**
 * The one chrono-node instance the date module uses: chrono's casual English configuration,
 * cloned, with the parsers and refiners news text needs added through chrono's own extension
 * points.
 *
 * The added parsers go first, so that when one of them and a built-in parser match the same
 * words, chrono's overlap removal keeps ours (it keeps the earlier of two equally long
 * matches). A filter of misread words runs first; the other added refiners run last, on
 * chrono's merged results. Built once at import.
 */
import { casual, type Chrono } from 'chrono-node/en';
import { createAnchoredDayParser } from './parsers/anchoredDayParser';
import { createCenturyParser } from './parsers/centuryParser';
import { createDecadeParser } from './parsers/decadeParser';
import { createFiscalYearParser } from './parsers/fiscalYearParser';
import {
  createCalendarPeriodParser,
  createPastWeekendParser,
  createRecentSpanParser,
} from './parsers/relativePeriodParsers';
import { createHolidayParser } from './parsers/holidayParser';
import { createSeasonParser } from './parsers/seasonParser';
import { createPartOfYearParser } from './parsers/partOfYearParser';
import { createYearParser } from './parsers/yearParser';
import { createYearRangeParser } from './parsers/yearRangeParser';
import { createAnchoredOffsetRefiner } from './refiners/anchoredOffsetRefiner';
import { createNewsFilterRefiner } from './refiners/newsFilterRefiner';
import { createPartOfDayRefiner } from './refiners/partOfDayRefiner';
import { createPastWeekdayRefiner } from './refiners/pastWeekdayRefiner';
import { createSinceInPastRefiner } from './refiners/sinceInPastRefiner';
import { createBetweenRangeRefiner } from './refiners/betweenRangeRefiner';
import { createMonthOfRelativeYearRefiner } from './refiners/monthOfRelativeYearRefiner';
import { createMisreadFilter } from './refiners/misreadFilter';

function buildNewsChrono(): Chrono {
  const chrono = casual.clone();
  chrono.parsers.unshift(
    createFiscalYearParser(),
    createPartOfYearParser(),
    createHolidayParser(),
    createSeasonParser(),
    createYearRangeParser(),
    createDecadeParser(),
    createCenturyParser(),
    createRecentSpanParser(),
    createCalendarPeriodParser(),
    createPastWeekendParser(),
    createAnchoredDayParser(),
    createYearParser(),
  );
  chrono.refiners.unshift(createMisreadFilter());
  chrono.refiners.push(
    createBetweenRangeRefiner(),
    createMonthOfRelativeYearRefiner(),
    createPartOfDayRefiner(),
    createNewsFilterRefiner(),
    createPastWeekdayRefiner(),
    createSinceInPastRefiner(),
    createAnchoredOffsetRefiner(),
  );
  return chrono;
}

export const newsChrono: Chrono = buildNewsChrono();
