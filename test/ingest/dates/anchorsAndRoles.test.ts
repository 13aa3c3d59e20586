// Dates counted from an occasion (the caller's anchor), the role of each date, and what an
// unusable publication date leaves.
import { describe, expect, it } from 'vitest';
import { findDateMentions, type DateMention } from '../../../src/ingest/dates';

const PUBLISHED = '2026-01-05';

function only(sentence: string, anchor?: string): DateMention {
  const context =
    anchor === undefined ? { published: PUBLISHED } : { published: PUBLISHED, anchor };
  const mentions = findDateMentions(sentence, context);
  expect(mentions).toHaveLength(1);
  const [mention] = mentions;
  if (mention === undefined) throw new Error('no mention');
  expect(sentence.slice(mention.start, mention.end)).toBe(mention.text);
  return mention;
}

type AnchorRow = [name: string, sentence: string, anchor: string, start: string, end?: string];

const ANCHORED: AnchorRow[] = [
  [
    '"N days later" counts from the anchor',
    'Two days later, he was charged.',
    '2025-11-03',
    '2025-11-05',
  ],
  [
    '"N days after <event>" counts from the anchor, not publication',
    'He appeared in court two days after being detained.',
    '2026-01-03',
    '2026-01-05',
  ],
  [
    '"a week earlier" goes back from the anchor',
    'A week earlier, talks had failed.',
    '2025-06-20',
    '2025-06-13',
  ],
  [
    '"the next day" is the day after the anchor',
    'The next day, markets fell.',
    '2024-02-28',
    '2024-02-29',
  ],
  [
    '"the following morning" crosses a month end',
    'The following morning, crews arrived.',
    '2025-04-30',
    '2025-05-01',
  ],
  [
    '"the day before" is the day before the anchor',
    'The day before, he had warned them.',
    '2025-03-01',
    '2025-02-28',
  ],
  [
    '"that evening" is the anchor day itself',
    'That evening, the council met.',
    '2025-09-09',
    '2025-09-09',
  ],
  [
    '"later that day" is the anchor day itself',
    'Later that day, the order was signed.',
    '2025-09-09',
    '2025-09-09',
  ],
  [
    '"the following month" steps by calendar month, not by days',
    'The following month, prices rose.',
    '2025-01-31',
    '2025-02',
  ],
  [
    '"the previous year" steps by calendar year',
    'The previous year, exports had grown.',
    '2023-07-15',
    '2022',
  ],
  [
    '"the following week" is the seven days after the anchor',
    'The following week, he resigned.',
    '2025-05-07',
    '2025-05-08',
    '2025-05-14',
  ],
  [
    '"hours later" is the anchor day',
    'Hours later, police sealed the area.',
    '2025-08-14',
    '2025-08-14',
  ],
  [
    '"N hours later" within the day is the anchor day',
    'Two hours later, the fire was out.',
    '2025-08-14',
    '2025-08-14',
  ],
];

describe('findDateMentions: dates counted from an occasion (anchor)', () => {
  it.each(ANCHORED)('%s', (_name, sentence, anchor, start, end) => {
    const mention = only(sentence, anchor);
    expect(mention.offsetFrom).toBe('anchor');
    expect(mention.date.basis).toBe('relative');
    expect(mention.date.start).toBe(start);
    expect(mention.date.end).toBe(end);
  });

  it('counts from publication, and says so, when the caller gives no anchor', () => {
    const mention = only('Two days later, he was charged.');
    expect(mention.offsetFrom).toBe('publication');
    expect(mention.date.start).toBe('2026-01-07');
  });

  it('ignores an anchor that is not a day and counts from publication', () => {
    const mention = only('The next day, markets fell.', 'soon');
    expect(mention.offsetFrom).toBe('publication');
    expect(mention.date.start).toBe('2026-01-06');
  });

  it('leaves publication-relative words alone when an anchor is given', () => {
    const mention = only('Three days ago, the ship was seized.', '2020-01-01');
    expect(mention.offsetFrom).toBeUndefined();
    expect(mention.date.start).toBe('2026-01-02');
  });

  it('leaves explicit dates alone when an anchor is given', () => {
    const mention = only('The law passed on March 3, 2019.', '2020-01-01');
    expect(mention.offsetFrom).toBeUndefined();
    expect(mention.date.start).toBe('2019-03-03');
  });
});

type RoleRow = [name: string, sentence: string, role: DateMention['role']];

const ROLES: RoleRow[] = [
  ['"since" opens a period from the date on', 'Prices have doubled since 2019.', 'after'],
  ['"since" before a month', 'No rain has fallen since March 2024.', 'after'],
  ['"after" opens a period from the date on', 'Talks resumed after 2020 under new rules.', 'after'],
  ['"post-" opens a period', 'The post-2008 reforms tightened rules.', 'after'],
  ['"pre-" closes a period', 'Pre-1990 buildings were exempt.', 'before'],
  ['"by" sets a deadline', 'The plant must close by 2030.', 'before'],
  ['"until" sets an end', 'The ban lasts until December 2026.', 'before'],
  ['"before" sets an end', 'It was built before 1950 by settlers.', 'before'],
  ['"in" is a point', 'The treaty was signed in 1994.', 'point'],
  [
    '"since" before a mention that starts with "the"',
    'Banks have been wary since the 2008 crisis.',
    'after',
  ],
  ['"by" before a weekday', 'A deal is due by Friday, aides said.', 'before'],
  ['a full date is a point', 'He spoke on January 5, 2026.', 'point'],
  ['a span is a period', 'Output fell in 2019-2021.', 'period'],
  ['a relative week is a period', 'Rubio spoke last week.', 'period'],
];

describe('findDateMentions: how the date relates to the event (role)', () => {
  it.each(ROLES)('%s', (_name, sentence, role) => {
    expect(only(sentence).role).toBe(role);
  });
});

describe('findDateMentions: unusable publication date', () => {
  it('keeps dates that name their year and drops those that need the publication date', () => {
    const mentions = findDateMentions('On Monday, it cited the 2008 plan and Jan. 4 talks.', {
      published: 'not a date',
    });
    expect(mentions.map((m) => m.text)).toEqual(['the 2008']);
  });
});
