/**
 * The content words of a passage (lower case, no function words, no short words), which the
 * merge step compares to tell whether two reports tell the same event.
 */
const STOP = new Set(
  (
    'the and for with that this from have has had was were are is been being will would could ' +
    'should their there they them then than into onto over under about after before while which ' +
    'who whom whose what when where also said says saying its his her hers our your not but any ' +
    'all some such very more most other only just even both each many much said told added'
  ).split(' '),
);

export function contentWords(text: string): string[] {
  const words = text.toLowerCase().match(/\p{L}[\p{L}\p{M}'’-]*/gu) ?? [];
  return [
    ...new Set(
      words.filter((w) => w.length > 3 && !STOP.has(w)).map((w) => w.replace(/['’]s$/u, '')),
    ),
  ];
}
