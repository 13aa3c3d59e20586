import { describe, expect, it } from 'vitest';
import { clauseTitle, clip, MAX_TITLE, sentenceTitle } from '../../src/ingest/events/title';
import { presentTense, readVerb } from '../../src/ingest/events/verbs';

const parts = { actor: 'Rubio', plural: false, lemma: 'warn', present: 'warns', negated: false };

describe('event titles', () => {
  const rows: [string, Parameters<typeof clauseTitle>[0], string][] = [
    [
      'actor, verb and the first clause of the object',
      { ...parts, rest: ' that talks would fail, officials said.' },
      'Rubio warns talks would fail',
    ],
    [
      'double quotes become single quotes',
      { ...parts, rest: ' that Washington "will have to act" soon.' },
      "Rubio warns Washington 'will have to act' soon",
    ],
    [
      'a plural actor takes the plural verb',
      { ...parts, actor: 'Iranian leaders', plural: true, rest: ' of defiance.' },
      'Iranian leaders warn of defiance',
    ],
    [
      'a denial reads as one',
      { ...parts, negated: true, lemma: 'confirm', present: 'confirms', rest: ' the remarks.' },
      'Rubio does not confirm the remarks',
    ],
    [
      'the quote when the verb has no object',
      { ...parts, lemma: 'add', present: 'adds', rest: ', smiling.', quote: 'We will win' },
      "Rubio adds 'We will win'",
    ],
    [
      'a passive names what was acted upon',
      { ...parts, lemma: 'describe', present: 'describes', patient: 'Cuba', rest: ' as unstable.' },
      'Rubio describes Cuba as unstable',
    ],
    [
      'the full stop of an abbreviation does not end the object',
      { ...parts, rest: ' of a U.S. invasion.' },
      'Rubio warns of a U.S. invasion',
    ],
    [
      'an aside between dashes is left out',
      {
        ...parts,
        lemma: 'confirm',
        present: 'confirms',
        rest: ' that the leader—now in his second term—had raised the option.',
      },
      'Rubio confirms the leader had raised the option',
    ],
    [
      'a thousands separator does not end the object',
      { ...parts, rest: ' of 30,000 deaths.' },
      'Rubio warns of 30,000 deaths',
    ],
  ];
  it.each(rows)('%s', (_name, input, expected) => {
    expect(clauseTitle(input)).toBe(expected);
  });

  it('cuts long titles at a word boundary, at most 100 characters, without a dangling word', () => {
    const long =
      'Officials said the negotiations over the future of the regional trade agreement would continue for the rest of the year';
    const title = clip(long);
    expect(title.length).toBeLessThanOrEqual(MAX_TITLE);
    expect(long.startsWith(title)).toBe(true);
    expect(title).not.toMatch(/\s(?:the|of|for|and)$/u);
  });

  it('keeps a hyphenated pair of countries that opens a sentence', () => {
    expect(sentenceTitle('U.S.-Mexico security ties date back to 2008, officials said.')).toBe(
      'U.S.-Mexico security ties date back to 2008, officials said',
    );
  });

  it('drops an agency dateline', () => {
    expect(sentenceTitle('BRUSSELS (AP) — Record rains hit the north, officials said.')).toBe(
      'Record rains hit the north, officials said',
    );
  });

  it('drops a dateline and keeps the sentence when it fits', () => {
    expect(
      sentenceTitle('Lima, March 3, 2025 – Record rains hit the north in 2025, officials counted.'),
    ).toBe('Record rains hit the north in 2025, officials counted');
  });
});

describe('verbs', () => {
  const rows: [string, string, string, string | undefined][] = [
    ['a regular past', 'rejected', '', 'statement'],
    ['an irregular past', 'said', '', 'statement'],
    ['a third person present', 'warns', '', 'threat'],
    ['a doubled consonant', 'committed', '', 'statement'],
    ['an -ied past', 'denied', '', 'statement'],
    ['a law-enforcement verb', 'extradited', '', 'law-enforcement'],
    ['an election verb', 'succeeded', '', 'election'],
    ['a bare form after a modal', 'invade', 'could', 'military-operation'],
    ['a bare form alone is read as a noun', 'strike', 'the', undefined],
    ['a capitalised verb in a headline', 'Rejects', '', 'statement'],
    ['a word that is not one of ours', 'coincides', '', undefined],
  ];
  it.each(rows)('%s', (_name, word, previous, type) => {
    expect(readVerb(word, previous)?.type).toBe(type);
  });

  it('puts verbs in the present tense for titles', () => {
    expect(['say', 'reject', 'deny', 'echo', 'push', 'tell'].map(presentTense)).toEqual([
      'says',
      'rejects',
      'denies',
      'echoes',
      'pushes',
      'tells',
    ]);
  });
});
