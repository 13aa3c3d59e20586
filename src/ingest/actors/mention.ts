/**
 * A mention of someone in a sentence, as the mention readers produce it and the registry
 * resolves it: people, organisations, groups, offices, countries, pronouns and relative "who".
 */
export type MentionKind =
  'person' | 'organization' | 'group' | 'country' | 'office' | 'pronoun' | 'relative';

export interface Mention {
  start: number;
  end: number;
  kind: MentionKind;
  /** The name as written, without title: "Rosa Vidal", "Vidal", "Chilean officials". */
  name: string;
  role?: string;
  /** The role is that of a head of state or government. */
  head?: boolean;
  country?: string;
  possessive: boolean;
  pronoun?: 'he' | 'she' | 'they';
}
