import { describe, expect, it } from 'vitest';
import { uniqueIdGiver } from '../../src/domain/uniqueIds';

describe('uniqueIdGiver', () => {
  it('keeps free ids, numbers taken ones past the reserved, and stays unique', () => {
    const give = uniqueIdGiver(['a', 'a-2'], new Set(['a-3']));
    expect(['b', 'a', 'a', 'b'].map(give)).toEqual(['b', 'a-4', 'a-5', 'b-2']);
  });
});
