// @vitest-environment jsdom
import { cleanup, render } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { densityHistogram } from '../../src/domain/density';
import type { TimelineItemSpec } from '../../src/domain/timelineItems';
import { OverviewStrip } from '../../src/features/timeline/OverviewStrip';

afterEach(() => cleanup());

const at = (id: string, year: number): TimelineItemSpec => ({
  id,
  group: 'g',
  title: id,
  eventType: 'policy',
  kind: 'point',
  precision: 'day',
  start: new Date(year, 5, 1, 12),
  end: undefined,
});

/** The labels under the strip: text, and whether a label ends at its place rather than starts. */
function endLabels(dense: { start: number; end: number }, items: TimelineItemSpec[]) {
  const density = densityHistogram(items, 100, dense);
  if (density === undefined) throw new Error('no density');
  const { container } = render(<OverviewStrip density={density} shown={null} onMove={() => {}} />);
  return [...container.querySelectorAll('.overview__ends span')].map((s) => ({
    text: s.textContent ?? '',
    endsAtBreak: s.classList.contains('overview__break-label--left'),
  }));
}

describe('OverviewStrip', () => {
  it('ends the label of a break at the break when it lies right of the middle, clear of the end year', () => {
    // Many events from 1945 to 1962, two far away in 2025: the dense stretch takes most of the
    // strip, and the break before 2025 sits near the right end.
    const items = [1945, 1948, 1950, 1955, 1960, 1962, 2025, 2025].map((y, i) => at(`e${i}`, y));
    const dense = { start: new Date(1944, 0, 1).getTime(), end: new Date(1963, 0, 1).getTime() };
    const labels = endLabels(dense, items);
    expect(labels.map((l) => l.text)).toEqual(['1944', 'Jan 1963', '2025']);
    // "Jan 1963" ends where the scale breaks, so it does not run into "2025" ("Dec 1962025").
    expect(labels[1]?.endsAtBreak).toBe(true);
    expect(labels[0]?.endsAtBreak).toBe(false);
  });
});
