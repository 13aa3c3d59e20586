/**
 * The actors of a whole ingest run under one canonical name each. A person first seen as
 * "President Cole" and later as "Dan Cole" becomes one actor; "Vidal" and "Ríos
 * Vega" resolve to the full names seen elsewhere; an office seen without a name ("the French
 * president") resolves to the one known holder of that role in that country, or stays an
 * unnamed office holder ("Prime Minister of Norway"). Learning runs over every document
 * before resolution, so an article can use what another one said about someone.
 * Limits: two different people with the same surname merge unless their full names differ.
 */
import type { ActorKind } from '../../domain/schema';
import { countryName } from '../geo/countries';
import type { Mention } from './mention';

export interface ActorRecord {
  key: string;
  kind: ActorKind;
  name: string;
  aliases: Set<string>;
  role?: string;
  head?: boolean;
  country?: string;
  gender?: 'he' | 'she';
  /** Documents that name the actor. */
  documents: Set<string>;
}

const tokenCache = new Map<string, string[]>();
const tokensOf = (name: string): string[] => {
  let tokens = tokenCache.get(name);
  if (!tokens) {
    tokens = name.split(/\s+/u).filter((t) => t.length > 0);
    if (tokenCache.size > 10_000) tokenCache.clear();
    tokenCache.set(name, tokens);
  }
  return tokens;
};

function endsWith(long: readonly string[], short: readonly string[]): boolean {
  if (short.length > long.length || short.length === 0) return false;
  const off = long.length - short.length;
  return short.every((t, i) => {
    const other = long[off + i];
    return other === t || other?.toLowerCase() === t.toLowerCase();
  });
}

function sameRole(a: string | undefined, b: string | undefined): boolean {
  if (!a || !b) return false;
  const strip = (r: string): string =>
    r.replace(/^(?:Former|Acting|Interim|Outgoing|Incoming|Then)\s+/u, '');
  return strip(a) === strip(b) || strip(a).startsWith(strip(b)) || strip(b).startsWith(strip(a));
}

/** A set of aliases that tells its owner of each one added, wherever it is added from. */
class AliasSet extends Set<string> {
  private readonly onAdd: ((alias: string) => void) | undefined;

  constructor(first: string, onAdd: (alias: string) => void) {
    super([first]);
    this.onAdd = onAdd;
    onAdd(first);
  }

  override add(alias: string): this {
    if (!this.has(alias)) this.onAdd?.(alias);
    return super.add(alias);
  }
}

export class ActorRegistry {
  private readonly people: ActorRecord[] = [];
  private readonly others = new Map<string, ActorRecord>();
  private readonly peopleByKey = new Map<string, ActorRecord>();
  /**
   * People by each word (lower case) any of their names or aliases has held, and by each alias,
   * in the order they were learned: a lookup reads the few people a word can match, where a scan
   * of everyone made a corpus of many people quadratic (800 articles read at half the speed of
   * 200). The lists may hold more than match; the rule below still decides.
   */
  private readonly byWord = new Map<string, ActorRecord[]>();
  private readonly byAlias = new Map<string, ActorRecord[]>();
  private readonly rank = new Map<ActorRecord, number>();

  private file(map: Map<string, ActorRecord[]>, key: string, record: ActorRecord): void {
    const list = map.get(key);
    if (!list) map.set(key, [record]);
    else if (!list.includes(record)) list.push(record);
  }

  private fileName(record: ActorRecord, name: string): void {
    for (const token of tokensOf(name)) this.file(this.byWord, token.toLowerCase(), record);
  }

  all(): ActorRecord[] {
    return [...this.people, ...this.others.values()];
  }

  /** How a title names the actor: the surname for a person ("Vidal"), else the name. */
  shortName(record: ActorRecord): string {
    if (record.kind !== 'person' || record.key.startsWith('office:')) return record.name;
    const tokens = tokensOf(record.name);
    const suffixes = [...record.aliases]
      .map(tokensOf)
      .filter((a) => a.length < tokens.length && (endsWith(tokens, a) || a[0] === tokens[0]));
    suffixes.sort((a, b) => a.length - b.length);
    return suffixes[0]?.join(' ') ?? record.name;
  }

  byKey(key: string): ActorRecord | undefined {
    return this.peopleByKey.get(key) ?? this.others.get(key);
  }

  /** Records a person named with a title or a full name; returns the record it belongs to. */
  learnPerson(m: Mention, documentId?: string): ActorRecord | undefined {
    if (m.kind !== 'person') return undefined;
    const tokens = tokensOf(m.name);
    if (tokens.length < 2 && !m.role) return undefined;
    let record = this.findPerson(tokens, m.country);
    if (!record) {
      const created: ActorRecord = {
        key: `person:${m.name}`,
        kind: 'person',
        name: m.name,
        aliases: new Set(),
        documents: new Set(),
      };
      this.rank.set(created, this.people.length);
      created.aliases = new AliasSet(m.name, (alias) => {
        this.file(this.byAlias, alias, created);
        this.fileName(created, alias);
      });
      this.fileName(created, m.name);
      this.people.push(created);
      this.peopleByKey.set(created.key, created);
      record = created;
    } else if (tokens.length > tokensOf(record.name).length) {
      record.name = m.name;
      this.fileName(record, m.name);
    }
    record.aliases.add(m.name);
    if (documentId !== undefined) record.documents.add(documentId);
    // "Rosa Vidal" is "Vidal" later; longer names ("Andrés Manuel Ríos Vega")
    // have compound surnames, so only the forms the text itself uses become aliases.
    // A hyphenated given name with a lower-case second part ("Lee Jae-myung") follows the
    // family name, which then comes first.
    const givenLast = /^\p{Lu}\p{Ll}+-\p{Ll}+$/u.test(tokens[1] ?? '');
    const surname = givenLast ? tokens[0] : tokens[tokens.length - 1];
    if (surname && tokens.length === 2) record.aliases.add(surname);
    if (m.role && !record.role) record.role = m.role;
    if (m.head) record.head = true;
    if (m.country && !record.country) record.country = m.country;
    return record;
  }

  /** The people a name can match, in the order they were learned. */
  private candidates(tokens: readonly string[]): readonly ActorRecord[] {
    const last = tokens[tokens.length - 1];
    if (last === undefined) return this.people;
    const found = new Set(this.byWord.get(last.toLowerCase()) ?? []);
    if (tokens.length === 1) for (const p of this.byAlias.get(last) ?? []) found.add(p);
    return [...found].sort((a, b) => (this.rank.get(a) ?? 0) - (this.rank.get(b) ?? 0));
  }

  findPerson(tokens: readonly string[], country?: string): ActorRecord | undefined {
    const matches = this.candidates(tokens).filter((p) => {
      if (country && p.country && p.country !== country) return false;
      const known = tokensOf(p.name);
      if (tokens.length === 1 && p.aliases.has(tokens[0] ?? '')) return true;
      return endsWith(known, tokens) || endsWith(tokens, known);
    });
    if (matches[0] || tokens.length !== 1) return matches[0];
    // "Mário" for "João Mário da Costa": a later name word, when one person has it.
    const word = tokens[0] ?? '';
    const inside = this.candidates(tokens).filter((p) => tokensOf(p.name).indexOf(word) > 0);
    return inside.length === 1 ? inside[0] : undefined;
  }

  /** The named holder of a role in a country, when exactly one is known. */
  findHolder(
    role: string,
    country: string,
    head: boolean,
    documentId?: string,
  ): ActorRecord | undefined {
    const fits = (p: ActorRecord): boolean =>
      !/^(?:Former|Outgoing)\b/u.test(p.role ?? '') &&
      (sameRole(p.role, role) || (head && p.head === true));
    const inCountry = this.people.filter((p) => p.country === country && fits(p));
    if (inCountry.length === 1) return inCountry[0];
    if (inCountry.length > 1) return undefined;
    const unplaced = this.people.filter(
      (p) =>
        p.country === undefined &&
        (documentId === undefined || p.documents.has(documentId)) &&
        !/^(?:Former|Outgoing)\b/u.test(p.role ?? '') &&
        sameRole(p.role, role),
    );
    const holder = unplaced.length === 1 ? unplaced[0] : undefined;
    if (holder) holder.country = country;
    return holder;
  }

  private other(
    kind: ActorKind,
    key: string,
    name: string,
    extra: Partial<ActorRecord>,
  ): ActorRecord {
    const found = this.others.get(key);
    if (found) return found;
    const record: ActorRecord = {
      key,
      kind,
      name,
      aliases: new Set([name]),
      documents: new Set(),
      ...extra,
    };
    this.others.set(key, record);
    return record;
  }

  /** The actor a mention stands for; pronouns and "who" are resolved by the caller. */
  resolve(m: Mention): ActorRecord | undefined {
    switch (m.kind) {
      case 'person': {
        const tokens = tokensOf(m.name);
        // Only titled names are learned here; untitled ones were learned (or not) beforehand.
        return m.role ? this.learnPerson(m) : this.findPerson(tokens);
      }
      case 'office': {
        const holder =
          m.role && m.country ? this.findHolder(m.role, m.country, m.head === true) : undefined;
        if (holder) return holder;
        return this.other('person', `office:${m.name}`, m.name, {
          ...(m.role ? { role: m.role } : {}),
          ...(m.country ? { country: m.country } : {}),
        });
      }
      case 'organization':
      case 'group': {
        const prefix = m.kind === 'organization' ? 'org' : 'group';
        return this.other(
          m.kind,
          `${prefix}:${m.name.toLowerCase()}`,
          m.name,
          m.country ? { country: m.country } : {},
        );
      }
      case 'country': {
        const code = m.country ?? '';
        const name = countryName(code) ?? m.name;
        return this.other('country', `country:${code}`, name, { country: code });
      }
      case 'pronoun':
      case 'relative':
        return undefined;
    }
  }
}
