/**
 * Remembers the last result of a pure function and returns it again while every argument is the
 * same reference: how derived data (visible events, facet counts) is computed once per change
 * instead of once per component that reads it. One entry only; enough for a single store.
 */
export function memoizeLast<Args extends readonly unknown[], Result>(
  compute: (...args: Args) => Result,
): (...args: Args) => Result {
  let lastArgs: Args | undefined;
  let lastResult: Result | undefined;
  let hasResult = false;
  return (...args: Args): Result => {
    if (
      hasResult &&
      lastArgs !== undefined &&
      lastArgs.length === args.length &&
      args.every((arg, i) => Object.is(arg, lastArgs?.[i]))
    ) {
      return lastResult as Result;
    }
    lastResult = compute(...args);
    lastArgs = args;
    hasResult = true;
    return lastResult;
  };
}

/**
 * A value made once per object and key (a loaded timeline and a facet, say), kept as long as the
 * object lives: `make` runs on the first call for each pair only.
 */
export function memoizePerObject<O extends object, K, V>(
  make: (object: O, key: K) => V,
): (object: O, key: K) => V {
  const made = new WeakMap<O, Map<K, V>>();
  return (object, key) => {
    let byKey = made.get(object);
    if (byKey === undefined) {
      byKey = new Map();
      made.set(object, byKey);
    }
    if (byKey.has(key)) return byKey.get(key) as V;
    const value = make(object, key);
    byKey.set(key, value);
    return value;
  };
}
