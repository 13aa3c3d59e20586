/**
 * Word lists that tell names from other capitalised words: function words that open sentences,
 * words that make a capitalised run an organisation or a document, words that never belong to a
 * person's name, and the plural nouns that make a collective actor ("Chilean officials").
 */
/** Words that open a capitalised run without being part of the name that follows. */
export const FUNCTION_WORDS = new Set(
  (
    'the a an in on at for of by with from to as after before following during while when but ' +
    'and or however meanwhile yet still since under over amid despite beyond according this that ' +
    'these those it its he she they his her their we i our you there here if although though ' +
    'unlike like per some many most all both several other any each every no not only also then ' +
    'january february march april may june july august september october november december jan ' +
    'feb mar apr jun jul aug sep sept oct nov dec monday tuesday wednesday thursday friday ' +
    'saturday sunday today yesterday tomorrow ultimately'
  ).split(' '),
);

/** Words that never belong to a person's name: the function words, and these. */
export const NOT_NAMES = new Set([
  ...FUNCTION_WORDS,
  ...(
    'mr mrs ms dr new national federal central united ' +
    'general great supreme royal democratic republican socialist liberal conservative western ' +
    'eastern northern southern international global world foreign military similar past ' +
    'opposition border security relations historical outlook broader escalating full social ' +
    'economic productive continuous only ultimately as image photo source updated published ' +
    'comments related articles home policy economy article share word count newsletter popular ' +
    'breaking live exclusive analysis opinion editorial update report'
  ).split(' '),
]);

/** Last words that make a capitalised run an organisation. */
export const ORGANISATION_WORDS = new Set(
  (
    'department ministry agency administration protection patrol guard police army navy forces ' +
    'force party congress senate parliament council court commission committee bank fund ' +
    'organization organisation union association institute centers center centre university ' +
    'company corporation inc corp group cartel news times post journal network office bureau ' +
    'service services authority movement front alliance coalition assembly reuters press ' +
    'ministries tribunal command corps'
  ).split(' '),
);

/** Words that make a capitalised run a document or a programme, not an actor. */
export const THING_WORDS = new Set(
  'charter constitution treaty agreement accord act initiative program programme plan doctrine law'.split(
    ' ',
  ),
);

/** Particles inside names ("José de la Vega", "Ana da Costa"). */
export const NAME_PARTICLES = new Set(
  'de la del da das do dos van von der den di du le bin ibn al el y'.split(' '),
);

/** Words that join a title or an organisation's name ("Secretary of State", "X and Y"). */
export const RUN_JOINERS = new Set(['of', 'for', 'and', 'the', 'on']);

/** Plural nouns that, after a country or demonym, name a collective actor. */
export const COLLECTIVE_NOUNS = new Set(
  (
    'officials leaders authorities forces troops government administration lawmakers diplomats ' +
    'military police prosecutors negotiators ministers politicians soldiers officers agents ' +
    'voters legislators regulators investigators delegation embassy'
  ).split(' '),
);

/** A person's possessive before one of these acts for the person ("Cole's administration"). */
export const ACTING_FOR = new Set([
  'administration',
  'government',
  'team',
  'office',
  'campaign',
  'cabinet',
]);
