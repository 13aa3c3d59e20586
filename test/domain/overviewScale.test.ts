import { describe, expect, it } from 'vitest';
import { densityHistogram } from '../../src/domain/density';
import { overviewScale } from '../../src/domain/overviewScale';
import type { TimelineItemSpec } from '../../src/domain/timelineItems';

const point = (id: string, at: number): TimelineItemSpec => ({
  id,
  group: 'g',
  title: id,
  eventType: 'statement',
  kind: 'point',
  precision: 'day',
  start: new Date(at),
  end: undefined,
});

describe('overviewScale', () => {
  it('gives a small dense stretch most of the strip, the years around it the ends', () => {
    const scale = overviewScale({ start: 0, end: 1000 }, { start: 900, end: 920 });
    expect(scale.toX(0)).toBe(0);
    expect(scale.toX(900)).toBeCloseTo(0.15);
    expect(scale.toX(920)).toBeCloseTo(0.85);
    expect(scale.toX(1000)).toBeCloseTo(1);
    expect(scale.pieces).toHaveLength(3);
  });

  it('is even when the dense stretch is much of the span', () => {
    const scale = overviewScale({ start: 0, end: 1000 }, { start: 100, end: 900 });
    expect(scale.pieces).toHaveLength(1);
    expect(scale.toX(500)).toBeCloseTo(0.5);
  });

  it('draws a short side at the dense stretch own rate, as part of it', () => {
    const scale = overviewScale({ start: 0, end: 1000 }, { start: 900, end: 990 });
    expect(scale.pieces).toHaveLength(2);
    expect(scale.toX(1000)).toBeCloseTo(1);
  });

  it.each([0, 100, 899, 900, 910, 920, 975, 1000])('goes back from the strip to time %d', (t) => {
    const scale = overviewScale({ start: 0, end: 1000 }, { start: 900, end: 920 });
    expect(scale.timeAt(scale.toX(t))).toBeCloseTo(t, 6);
  });

  it('the histogram spreads a dense stretch over most of the buckets', () => {
    const items = [
      point('old', 0),
      ...Array.from({ length: 10 }, (_, i) => point(`n${i}`, 900 + i * 5)),
    ];
    const density = densityHistogram(items, 100, { start: 900, end: 950 });
    const filled = density?.counts.filter((n) => n > 0).length ?? 0;
    // Evenly, ten events 5 ms apart in a span of 1000 would share 5 buckets at most.
    expect(filled).toBe(11);
    expect(density?.counts.reduce((a, b) => a + b, 0)).toBeCloseTo(11);
  });
});
