import { describe, expect, it } from 'vitest';
import type { EventDate, TimelineEvent } from '../../src/domain/schema';
import { sameItem, timelineItemSpec } from '../../src/domain/timelineItems';

const event = (date: Partial<EventDate>): TimelineEvent => ({
  id: 'e1',
  title: 'The council approved the budget',
  type: 'policy',
  date: { start: '2026-03-02', granularity: 'day', basis: 'explicit', ...date },
  actors: [],
  countries: [],
  sources: [{ documentId: 'd', start: 0, end: 10 }],
});

describe('timelineItemSpec', () => {
  it('carries how precise the date is, so that the item can be drawn so', () => {
    expect(timelineItemSpec(event({}), 'none').precision).toBe('day');
    expect(timelineItemSpec(event({ basis: 'inferred' }), 'none').precision).toBe('inferred-day');
    expect(timelineItemSpec(event({ start: '2026', granularity: 'year' }), 'none')).toMatchObject({
      kind: 'range',
      precision: 'year',
    });
  });

  it('tells an item whose date became less certain from the one drawn before', () => {
    const before = timelineItemSpec(event({}), 'none');
    const after = timelineItemSpec(event({ basis: 'inferred' }), 'none');
    expect(sameItem(before, after)).toBe(false);
    expect(sameItem(before, timelineItemSpec(event({}), 'none'))).toBe(true);
  });
});
