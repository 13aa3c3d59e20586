/**
 * What a document has talked about so far: the people and groups most recently mentioned, so
 * that "she reiterated" and "they responded" find whom they refer to, and the gender a person's
 * pronouns have shown ("Sheinbaum ... her nation's sovereignty").
 * Limits: the most recent compatible antecedent wins; no syntax-aware binding.
 */
import type { ActorRecord } from '../actors/registry';

const MALE = /^(?:he|his|him|himself)$/iu;
const FEMALE = /^(?:she|her|hers|herself)$/iu;

export class Discourse {
  private recent: ActorRecord[] = [];

  mention(record: ActorRecord): void {
    this.recent = this.recent.filter((r) => r !== record);
    this.recent.push(record);
    if (this.recent.length > 12) this.recent.shift();
  }

  resolve(pronoun: 'he' | 'she' | 'they'): ActorRecord | undefined {
    const fromLatest = [...this.recent].reverse();
    if (pronoun === 'they') {
      return fromLatest.find(
        (r) => r.kind === 'group' || r.kind === 'organization' || r.kind === 'country',
      );
    }
    const people = fromLatest.filter((r) => r.kind === 'person');
    return people.find((r) => r.gender === pronoun) ?? people.find((r) => r.gender === undefined);
  }
}

/** The gender a pronoun word shows, if any. */
export function genderOf(word: string): 'he' | 'she' | undefined {
  if (MALE.test(word)) return 'he';
  if (FEMALE.test(word)) return 'she';
  return undefined;
}
