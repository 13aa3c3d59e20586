/**
 * A quick test that a text may hold a date expression at all, so that the many texts (sentences
 * of a news article) that cannot are not given to chrono-node.
 *
 * A date expression needs a digit or one of these words at the start of a word (chrono's own
 * patterns begin at a word boundary too; month and weekday names and the shortest units must
 * also end there): a month or weekday name or abbreviation, a unit of
 * time, a casual day word, a part of day, a season or a holiday. On the seed articles this lets
 * through about a third of the sentences. Limits: the list must grow with any parser added to
 * `newsChrono`; its tests check it against every dated test sentence and against generated
 * word soups. chrono's one-letter units ("next w") are not included: they are dropped as
 * misreads anyway.
 */

const MAY_HOLD_DATE = new RegExp(
  '\\d|\\b(?:' +
    [
      // Months and weekdays and their abbreviations ("Sept.", "Thurs"), as whole words: chrono
      // reads them only so, and their prefixes begin many other words ("security", "minister",
      // "decided", "market", "friend", "money").
      '(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?)\\b',
      '(?:sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\b',
      '(?:mon(?:day)?|tue(?:s(?:day)?)?|wed(?:nesday)?|thu(?:r(?:s(?:day)?)?)?|fri(?:day)?)\\b',
      '(?:sat(?:urday)?|sun(?:day)?)\\b',
      // Units and their abbreviations; "week" also covers weekend and weekday.
      '(?:min(?:ute)?|sec(?:ond)?)s?\\b',
      'day|week|month|year|yr|hour|hr|moment|qtr|quarter|half|decade|centur|mos?\\b',
      // Casual words and parts of day.
      'now|today|tonight|tomorrow|overmorrow|tmr|yesterday|morning|afternoon|noon|evening',
      'night|midnight|midday',
      // Seasons and holidays.
      'spring|summer|autumn|fall|winter|christmas|halloween|valentine',
    ].join('|') +
    ')',
  'i',
);

export function mayHoldDate(text: string): boolean {
  return MAY_HOLD_DATE.test(text);
}
