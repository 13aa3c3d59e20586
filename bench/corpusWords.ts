/**
 * Word stock for the synthetic corpus: the countries it covers, the names its actors are made
 * of, and the phrases its titles and passages are built from. Plain data, no logic beyond the
 * choice of a readable English name for each country code.
 */
import type { EventType } from '../src/domain/schema';
import en from 'i18n-iso-countries/langs/en.json' with { type: 'json' };

/** Sixty real ISO 3166-1 alpha-2 codes of countries that are often in the news. */
// prettier-ignore
export const COUNTRY_CODES = [
  'US', 'MX', 'VE', 'CO', 'CU', 'GL', 'DK', 'IR', 'CN', 'RU', 'UA', 'GB', 'FR', 'DE', 'IT', 'ES',
  'BR', 'AR', 'CL', 'PE', 'EC', 'BO', 'PA', 'NI', 'HN', 'GT', 'SV', 'CA', 'JP', 'KR', 'KP', 'IN',
  'PK', 'AF', 'IQ', 'SY', 'IL', 'PS', 'LB', 'SA', 'AE', 'QA', 'TR', 'EG', 'LY', 'SD', 'ET', 'NG',
  'ZA', 'KE', 'CD', 'PL', 'HU', 'RS', 'GR', 'TW', 'PH', 'ID', 'AU', 'NZ',
] as const;

const NAMES: Record<string, string | readonly string[]> = en.countries;

/**
 * The library lists several names for some codes, the official one first ("United States of
 * America", "Islamic Republic of Iran"); a newsroom writes the short one, which comes second.
 */
export function countryName(code: string): string {
  const names = NAMES[code];
  if (names === undefined) throw new Error(`no English name for country code ${code}`);
  if (typeof names === 'string') return names;
  const [official = code, short] = names;
  return short !== undefined && /\bof\b|,/.test(official) ? short : official;
}

// prettier-ignore
export const FIRST_NAMES = [
  'Ana', 'Carlos', 'María', 'José', 'Luis', 'Elena', 'Daniel', 'Sofía', 'Ahmed', 'Fatima', 'Olena',
  'Dmitri', 'Wei', 'Mei', 'Hiroshi', 'Yuki', 'Min-jun', 'Priya', 'Rahul', 'Amina', 'Kwame',
  'Grace', 'Pierre', 'Claire', 'Hans', 'Greta', 'Marco', 'Giulia', 'Piotr', 'Katarzyna', 'John',
  'Sarah', 'Michael', 'Emily', 'David', 'Laura', 'Omar', 'Leila', 'Tomás', 'Isabel',
] as const;

// prettier-ignore
export const LAST_NAMES = [
  'García', 'Rodríguez', 'Martínez', 'López', 'Hernández', 'González', 'Pérez', 'Sánchez',
  'Ramírez', 'Torres', 'Flores', 'Rivera', 'Gómez', 'Díaz', 'Morales', 'Ortiz', 'Castillo', 'Khan',
  'Hassan', 'Haddad', 'Kovalenko', 'Ivanov', 'Petrov', 'Zhang', 'Wang', 'Li', 'Tanaka', 'Sato',
  'Kim', 'Park', 'Sharma', 'Patel', 'Okafor', 'Mensah', 'Dubois', 'Laurent', 'Müller', 'Schmidt',
  'Rossi', 'Bianchi', 'Nowak', 'Kowalski', 'Smith', 'Johnson', 'Brown', 'Miller', 'Wilson',
  'Anderson', 'Taylor', 'Moore', 'Ali', 'Yilmaz', 'Nasser', 'Silva', 'Costa',
] as const;

// prettier-ignore
export const PERSON_ROLES = [
  'President', 'Prime Minister', 'Foreign Minister', 'Defence Minister', 'Interior Minister',
  'Finance Minister', 'Attorney General', 'Ambassador', 'opposition leader', 'Senator',
  'central bank governor', 'army commander', 'spokesperson', 'governor', 'mayor', 'judge',
] as const;

// prettier-ignore
export const ORGANIZATION_STEMS = [
  'Ministry of Defence', 'Ministry of Foreign Affairs', 'Supreme Court', 'National Assembly',
  'Electoral Council', 'Central Bank', 'Coast Guard', 'Armed Forces', 'Public Prosecutor',
  'State Oil Company', 'Chamber of Commerce', 'Statistics Office',
] as const;

// prettier-ignore
export const GROUP_STEMS = [
  'Liberation Front', 'Cartel', 'Workers Union', 'Students Movement', 'Farmers Alliance',
  'Human Rights Watchers', 'Rebel Army', 'Militia', 'Civic Platform', 'Green Coalition',
] as const;

// prettier-ignore
export const OUTLETS = [
  'The Daily Ledger', 'Morning Wire', 'Global Dispatch', 'The Evening Courier', 'News Desk',
  'Continental Post', 'The Observer Review', 'Harbour Times',
] as const;

// prettier-ignore
export const TOPICS = [
  'oil exports', 'border security', 'drug trafficking', 'tariffs', 'migration', 'the election',
  'the ceasefire', 'sanctions', 'the peace talks', 'inflation', 'the pipeline', 'the budget',
  'fishing rights', 'the trade deal', 'nuclear enrichment', 'the detention', 'the protests',
  'energy prices', 'the extradition request', 'arms sales', 'the embassy', 'the referendum',
] as const;

/** What an event of each type says, as a verb phrase that takes a topic. */
export const VERBS: Record<EventType, readonly string[]> = {
  statement: ['made remarks on', 'told reporters about', 'commented on', 'spoke about', 'defended'],
  threat: ['threatened action over', 'warned of consequences over', 'vowed retaliation over'],
  'military-operation': [
    'ordered strikes linked to',
    'deployed troops over',
    'launched a raid over',
  ],
  diplomacy: [
    'met counterparts about',
    'signed an accord on',
    'opened talks on',
    'hosted a summit on',
  ],
  policy: ['announced new rules on', 'unveiled a plan for', 'raised spending on', 'suspended'],
  'law-enforcement': ['arrested suspects in', 'seized cargo tied to', 'opened an inquiry into'],
  legal: ['ruled on', 'filed charges over', 'appealed the verdict on', 'indicted officials over'],
  election: ['won a vote on', 'called early elections over', 'conceded defeat over'],
  statistic: ['reported figures on', 'published data on', 'revised estimates of'],
  other: ['was linked to', 'was asked about', 'visited sites tied to'],
};

/** Sentences that pad a passage to a realistic length without naming anything new. */
// prettier-ignore
export const FILLER_SENTENCES = [
  'Officials did not say how long the measures would stay in place.',
  'The announcement followed weeks of tension between the two governments.',
  'Analysts said the move could reshape the region for years.',
  'Critics called the decision rushed and poorly explained.',
  'Supporters gathered outside the building as the news spread.',
  'Markets reacted cautiously in early trading.', 'A spokesperson declined to comment further.',
  'The details were confirmed by two people familiar with the matter.',
  'It was not immediately clear who would carry out the plan.',
  'Previous attempts at a similar arrangement had collapsed.',
] as const;
