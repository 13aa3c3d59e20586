import { describe, expect, it } from 'vitest';
import { flagEmoji } from '../../src/domain/flags';

describe('flagEmoji', () => {
  it.each([
    ['Mexico', 'MX', '🇲🇽'],
    ['Greenland has its own flag', 'GL', '🇬🇱'],
    ['a lower-case code is not a code', 'mx', ''],
    ['three letters are not a code', 'MEX', ''],
  ])('%s (%s)', (_why, code, expected) => {
    expect(flagEmoji(code)).toBe(expected);
  });
});
