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
