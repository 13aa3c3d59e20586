import { describe, expect, it } from 'vitest';
import { andMore, firstOf, namesWithMore } from '../../src/domain/capped';

describe('lists of one event, shown in part', () => {
  it.each<[string, number, readonly string[], number]>([
    ['a short list is shown whole', 3, ['a', 'b'], 0],
    ['a list of exactly the cap is shown whole', 2, ['a', 'b'], 0],
    ['a long list keeps its first items and counts the rest', 2, ['a', 'b', 'c', 'd'], 2],
  ])('%s', (_why, max, items, more) => {
    const result = firstOf(items, max);
    expect(result.shown).toEqual(items.slice(0, max));
    expect(result.more).toBe(more);
  });

  it('counts with thousands separators', () => {
    expect(andMore(49_980)).toBe('and 49,980 more');
  });

  it('names only the items it shows', () => {
    const asked: number[] = [];
    const names = namesWithMore(
      Array.from({ length: 50_000 }, (_, i) => i),
      (i) => {
        asked.push(i);
        return `n${i}`;
      },
      ', ',
      3,
    );
    expect(names).toBe('n0, n1, n2 and 49,997 more');
    expect(asked).toEqual([0, 1, 2]);
  });
});
