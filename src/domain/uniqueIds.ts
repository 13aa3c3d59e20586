/**
 * Ids made unique against ids already in use, the way the ingest makes its own unique (a slug,
 * then slug-2, slug-3, …): for records added to a timeline whose ids must not change.
 */

/**
 * Gives ids unique against `taken`: an id already taken becomes `id-2`, `id-3`, … skipping the
 * ids in `reserved` too (the ids still to come, which keep their own). Each id's counter carries
 * on from where it stopped, so that many copies of one id stay linear.
 */
export function uniqueIdGiver(
  taken: Iterable<string>,
  reserved: ReadonlySet<string> = new Set(),
): (id: string) => string {
  const used = new Set(taken);
  const next = new Map<string, number>();
  return (id) => {
    let fresh = id;
    if (used.has(id)) {
      let n = next.get(id) ?? 2;
      while (used.has(`${id}-${n}`) || reserved.has(`${id}-${n}`)) n++;
      next.set(id, n + 1);
      fresh = `${id}-${n}`;
    }
    used.add(fresh);
    return fresh;
  };
}
