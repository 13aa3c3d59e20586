import { describe, expect, it } from 'vitest';
import { memoizePerObject } from '../../src/domain/memo';

describe('memoizePerObject', () => {
  it('makes a value once per object and key, and again for another object or key', () => {
    const made: string[] = [];
    const label = memoizePerObject((object: { name: string }, key: string) => {
      made.push(`${object.name}/${key}`);
      return { text: `${object.name}:${key}` };
    });
    const a = { name: 'a' };
    const b = { name: 'a' };
    const first = label(a, 'x');
    expect(label(a, 'x')).toBe(first);
    expect(label(a, 'y')).toEqual({ text: 'a:y' });
    // An equal but different object is another timeline: its values are its own.
    expect(label(b, 'x')).not.toBe(first);
    expect(made).toEqual(['a/x', 'a/y', 'a/x']);
  });

  it('keeps a value that is undefined instead of making it again', () => {
    let calls = 0;
    const nothing = memoizePerObject((_object: object, _key: number) => {
      calls += 1;
      return undefined;
    });
    const object = {};
    nothing(object, 1);
    nothing(object, 1);
    expect(calls).toBe(1);
  });
});
