/**
 * Titles of office that stand before a name ("Secretary of State Jane Doe") or on their own
 * for an unnamed holder ("Norway's prime minister"). A few titles exist in one country only
 * and carry it, so that the holder gets a country even when the text gives none.
 * General knowledge only; matching is case-insensitive because headlines capitalise everything.
 */
export interface OfficeTitle {
  /** How the role is shown ("Foreign Minister"). */
  role: string;
  /** The title's words, lower case, as they appear in text. */
  forms: readonly string[];
  /** A head of state or government: "the Chilean leader" may refer to one. */
  head?: boolean;
  /** The one country that has this title, when there is only one. */
  country?: string;
}

export const OFFICE_TITLES: readonly OfficeTitle[] = [
  { role: 'President', forms: ['president', 'pres.'], head: true },
  { role: 'President-elect', forms: ['president-elect'], head: true },
  { role: 'Vice President', forms: ['vice president', 'vice-president', 'vp'] },
  { role: 'Prime Minister', forms: ['prime minister', 'premier', 'pm'], head: true },
  { role: 'Deputy Prime Minister', forms: ['deputy prime minister'] },
  { role: 'Chancellor', forms: ['chancellor'], head: true },
  { role: 'Supreme Leader', forms: ['supreme leader'], head: true, country: 'IR' },
  { role: 'King', forms: ['king'], head: true },
  { role: 'Queen', forms: ['queen'], head: true },
  { role: 'Crown Prince', forms: ['crown prince'] },
  { role: 'Prince', forms: ['prince'] },
  { role: 'Emir', forms: ['emir'], head: true },
  { role: 'Pope', forms: ['pope'], head: true, country: 'VA' },
  { role: 'Foreign Minister', forms: ['foreign minister', 'minister of foreign affairs'] },
  { role: 'Foreign Secretary', forms: ['foreign secretary'], country: 'GB' },
  { role: 'Home Secretary', forms: ['home secretary'], country: 'GB' },
  { role: 'Secretary of State', forms: ['secretary of state'], country: 'US' },
  {
    role: 'Secretary of Defense',
    forms: ['secretary of defense', 'defense secretary', 'secretary of war', 'war secretary'],
    country: 'US',
  },
  {
    role: 'Treasury Secretary',
    forms: ['treasury secretary', 'secretary of the treasury'],
    country: 'US',
  },
  {
    role: 'Homeland Security Secretary',
    forms: ['homeland security secretary', 'secretary of homeland security'],
    country: 'US',
  },
  { role: 'Attorney General', forms: ['attorney general'] },
  {
    role: 'Defense Minister',
    forms: ['defense minister', 'defence minister', 'minister of defense'],
  },
  { role: 'Interior Minister', forms: ['interior minister', 'minister of the interior'] },
  { role: 'Finance Minister', forms: ['finance minister', 'minister of finance'] },
  { role: 'Security Minister', forms: ['security minister', 'security secretary'] },
  { role: 'Minister', forms: ['minister'] },
  { role: 'Secretary', forms: ['secretary'] },
  { role: 'Secretary-General', forms: ['secretary-general', 'secretary general'] },
  { role: 'Ambassador', forms: ['ambassador', 'amb.'] },
  { role: 'Governor', forms: ['governor', 'gov.'] },
  { role: 'Mayor', forms: ['mayor'] },
  { role: 'Senator', forms: ['senator', 'sen.'] },
  { role: 'Representative', forms: ['representative', 'rep.', 'congressman', 'congresswoman'] },
  { role: 'Speaker', forms: ['speaker'] },
  { role: 'General', forms: ['general', 'gen.', 'lt. gen.', 'maj. gen.'] },
  { role: 'Admiral', forms: ['admiral', 'adm.'] },
  { role: 'Colonel', forms: ['colonel', 'col.'] },
  { role: 'Chief Justice', forms: ['chief justice'] },
  { role: 'Judge', forms: ['judge', 'justice'] },
  { role: 'Spokesperson', forms: ['spokesperson', 'spokesman', 'spokeswoman'] },
  { role: 'Opposition Leader', forms: ['opposition leader', 'leader of the opposition'] },
  { role: 'Prosecutor', forms: ['prosecutor', 'chief prosecutor', 'public prosecutor'] },
  { role: 'Chief Executive', forms: ['chief executive', 'chief executive officer', 'ceo'] },
  { role: 'Chair', forms: ['chairman', 'chairwoman', 'chairperson', 'chair'] },
  { role: 'Commissioner', forms: ['commissioner'] },
  { role: 'Sheriff', forms: ['sheriff'] },
  { role: 'Police Chief', forms: ['police chief', 'chief of police'] },
  { role: 'Leader', forms: ['leader'], head: true },
];

const byForm = new Map<string, OfficeTitle>();
for (const t of OFFICE_TITLES) for (const f of t.forms) byForm.set(f, t);
const LONGEST = OFFICE_TITLES.flatMap((t) => t.forms).reduce(
  (most, f) => Math.max(most, f.split(' ').length),
  0,
);
/** The words a title can open with: any other word opens none, and is answered at once. */
const FIRST_WORDS = new Set(OFFICE_TITLES.flatMap((t) => t.forms.map((f) => f.split(' ')[0])));

/** Former, acting and the like: they change the role shown, not who holds it. */
export const ROLE_PREFIXES = [
  'former',
  'ex-',
  'acting',
  'interim',
  'outgoing',
  'incoming',
  'then-',
];

export interface TitleMatch {
  title: OfficeTitle;
  /** How many words of the input the title took. */
  words: number;
}

/** The longest title that the words start with. */
export function titleAt(words: readonly string[]): TitleMatch | undefined {
  // "PREMIER DIVISION WINNERS Dalton": a kicker in capitals, not a premier.
  if (/^\p{Lu}{3,}$/u.test(words[0] ?? '')) return undefined;
  if (!FIRST_WORDS.has((words[0] ?? '').toLowerCase())) return undefined;
  for (let n = Math.min(LONGEST, words.length); n > 0; n--) {
    const title = byForm.get(words.slice(0, n).join(' ').toLowerCase());
    if (title) return { title, words: n };
  }
  return undefined;
}
