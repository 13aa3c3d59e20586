/**
 * Verbs that report a datable action or statement, with the event type each one signals, and
 * their inflected forms. Only inflected forms count (said, says, has said; after a modal the base
 * form), because the bare form of many of them is also a noun ("a state", "the call").
 * General English only; the type is a first reading that the sentence can refine.
 */
import type { EventType } from '../../domain/schema';

interface VerbEntry {
  lemma: string;
  type: EventType;
  /** Same-meaning group, used when deciding that two reports tell the same event. */
  sense: string;
}

const IRREGULAR: Record<string, readonly string[]> = {
  say: ['said', 'says'],
  tell: ['told', 'tells'],
  write: ['wrote', 'written', 'writes'],
  give: ['gave', 'given', 'gives'],
  take: ['took', 'taken', 'takes'],
  hold: ['held', 'holds'],
  meet: ['met', 'meets'],
  win: ['won', 'wins'],
  lose: ['lost', 'loses', 'losing'],
  lead: ['led', 'leads'],
  seek: ['sought', 'seeks'],
  strike: ['struck', 'strikes'],
  shoot: ['shot', 'shoots'],
  speak: ['spoke', 'spoken', 'speaks'],
  swear: ['swore', 'sworn', 'swears'],
  begin: ['began', 'begun', 'begins'],
  send: ['sent', 'sends'],
  sign: ['signed', 'signs'],
  put: ['puts'],
  set: ['sets'],
  fight: ['fought', 'fights'],
  bring: ['brought', 'brings'],
  break: ['broke', 'broken', 'breaks'],
  forbid: ['forbade', 'forbidden', 'forbids'],
  beat: ['beat', 'beaten', 'beats'],
  withdraw: ['withdrew', 'withdrawn', 'withdraws'],
  rule: ['ruled', 'rules'],
  commit: ['committed', 'commits', 'committing'],
  die: ['died', 'dies', 'dying'],
  travel: ['travelled', 'traveled', 'travels', 'travelling', 'traveling'],
  pay: ['paid', 'pays'],
  buy: ['bought', 'buys'],
  sell: ['sold', 'sells'],
  free: ['freed', 'frees'],
  ship: ['shipped', 'ships'],
  signal: ['signaled', 'signalled', 'signals', 'signaling', 'signalling'],
};

const TABLE: ReadonlyArray<readonly [EventType, string, string]> = [
  // [type, sense, lemmas]
  [
    'statement',
    'say',
    'say state tell add note declare stress emphasize emphasise highlight reiterate insist affirm reaffirm argue explain conclude comment remark write post tweet confirm acknowledge admit describe claim assert echo maintain recall predict reply respond answer counter question speak announce outline issue report',
  ],
  ['statement', 'urge', 'urge call appeal demand ask press'],
  ['statement', 'pledge', 'pledge vow promise commit'],
  ['statement', 'praise', 'praise welcome thank hail applaud support back endorse'],
  [
    'statement',
    'criticise',
    'criticize criticise condemn denounce slam blast decry lambast attack',
  ],
  ['statement', 'reject', 'reject dismiss deny refuse oppose rebuff rebut resist'],
  ['statement', 'defend', 'defend justify'],
  ['threat', 'warn', 'warn threaten caution'],
  ['threat', 'accuse', 'accuse blame'],
  ['threat', 'suggest', 'suggest hint float propose floated signal entertain renew broaden'],
  [
    'policy',
    'decide',
    'designate impose approve order ban lift raise cut adopt pass veto decree renegotiate prioritize prioritise pursue implement introduce unveil launch sanction suspend cancel extend expand fund allocate',
  ],
  ['diplomacy', 'meet', 'meet visit negotiate offer agree host discuss mediate invite sign'],
  [
    'military-operation',
    'strike',
    'strike bomb invade deploy shoot kill raid capture bombard shell target',
  ],
  [
    'law-enforcement',
    'arrest',
    'arrest detain extradite seize intercept deport expel raid dismantle',
  ],
  ['legal', 'charge', 'charge indict convict sentence sue rule acquit prosecute'],
  [
    'election',
    'elect',
    'elect win lose succeed assume inaugurate swear resign appoint nominate vote defeat',
  ],
  ['statistic', 'record', 'record register'],
  ['diplomacy', 'travel', 'hold travel arrive accept'],
  [
    'policy',
    'start',
    'begin start resume end close open release free sell buy pay block halt fine',
  ],
  ['military-operation', 'fight', 'fight send withdraw'],
  ['law-enforcement', 'investigate', 'investigate probe'],
  ['legal', 'file', 'file testify'],
  ['other', 'other', 'die lead fire'],
];

const entries = new Map<string, VerbEntry>();
const baseForms = new Map<string, VerbEntry>();

function regularForms(lemma: string): string[] {
  const doubled = /^(?:[^aeiou]*[aeiou][bdgmnprt])$/u.test(lemma) && !/(?:en|er|on)$/u.test(lemma);
  const stem = doubled ? lemma + lemma.slice(-1) : lemma;
  if (lemma.endsWith('e')) return [`${lemma}d`, `${lemma}s`, `${lemma.slice(0, -1)}ing`];
  if (/[^aeiou]y$/u.test(lemma)) {
    return [`${lemma.slice(0, -1)}ied`, `${lemma.slice(0, -1)}ies`, `${lemma}ing`];
  }
  const s = /(?:s|sh|ch|x|z)$/u.test(lemma) ? `${lemma}es` : `${lemma}s`;
  return [`${stem}ed`, s, `${stem}ing`];
}

for (const [type, sense, lemmas] of TABLE) {
  for (const lemma of lemmas.split(' ')) {
    const entry: VerbEntry = { lemma, type, sense };
    if (!baseForms.has(lemma)) baseForms.set(lemma, entry);
    const forms = [...(IRREGULAR[lemma] ?? []), ...regularForms(lemma)];
    for (const f of forms) if (!entries.has(f)) entries.set(f, entry);
  }
}

export interface VerbReading extends VerbEntry {
  /** The form is a present participle ("rejecting"): it does not make a clause alone. */
  participle: boolean;
}

const MODALS = new Set([
  'will',
  'would',
  'could',
  'can',
  'should',
  'may',
  'might',
  'must',
  'to',
  'did',
  'does',
  'do',
]);

/** The verb a word is, if it is one of ours; previous is the word before it. */
/** Readings made once per form: reading a word allocates nothing. */
const readings = new Map<string, VerbReading>();
for (const [form, entry] of entries)
  readings.set(form, { ...entry, participle: form.endsWith('ing') });
const baseReadings = new Map<string, VerbReading>();
for (const [form, entry] of baseForms) baseReadings.set(form, { ...entry, participle: false });

export function readVerb(word: string, previous: string): VerbReading | undefined {
  const first = word.charCodeAt(0);
  // Verbs are lower case, or capitalised in headlines and at a sentence start.
  if (first < 65 || (first > 90 && first < 97) || first > 122) return undefined;
  if (word.length < 3) return undefined;
  const w = first >= 97 ? word : word.toLowerCase();
  const reading = readings.get(w);
  if (reading) return reading;
  const base = baseReadings.get(w);
  return base && MODALS.has(previous.toLowerCase()) ? base : undefined;
}

/** "rejects", "says": the form a title uses. */
export function presentTense(lemma: string): string {
  const irregular = IRREGULAR[lemma]?.find((f) => f.endsWith('s') && !f.endsWith('ss'));
  if (irregular && irregular.startsWith(lemma.slice(0, 2))) return irregular;
  if (/[^aeiou]y$/u.test(lemma)) return `${lemma.slice(0, -1)}ies`;
  if (/(?:s|sh|ch|x|z|o)$/u.test(lemma)) return `${lemma}es`;
  return `${lemma}s`;
}
