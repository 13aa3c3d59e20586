/**
 * What a document has talked about so far: the people and groups most recently mentioned, so
 * that "she reiterated" and "they responded" find whom they refer to, and the gender a person's
 * pronouns have shown ("Vidal ... her nation's budget").
 * Limits: the most recent compatible antecedent wins; no syntax-aware binding.
 */
import type { ActorRecord } from '../actors/registry';

const GENDERED = new Map<string, 'he' | 'she'>();
for (const w of ['he', 'his', 'him', 'himself']) GENDERED.set(w, 'he');
for (const w of ['she', 'her', 'hers', 'herself']) GENDERED.set(w, 'she');

export class Discourse {
  private recent: ActorRecord[] = [];

  mention(record: ActorRecord): void {
    if (this.recent[this.recent.length - 1] === record) return;
    const at = this.recent.indexOf(record);
    if (at >= 0) this.recent.splice(at, 1);
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
  if (word.length > 7) return undefined;
  return GENDERED.get(word) ?? GENDERED.get(word.toLowerCase());
}
