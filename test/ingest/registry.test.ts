/**
 * The actor registry finds a person by any form an article uses (full name, surname, a later
 * name word, an alias) without reading every person it knows: a corpus of many people stays
 * linear to ingest.
 */
import { describe, expect, it } from 'vitest';
import { ActorRegistry, type ActorRecord } from '../../src/ingest/actors/registry';
import type { Mention } from '../../src/ingest/actors/mention';

const person = (name: string, extra: Partial<Mention> = {}): Mention => ({
  start: 0,
  end: name.length,
  kind: 'person',
  name,
  possessive: false,
  ...extra,
});

function learn(registry: ActorRegistry, name: string, extra?: Partial<Mention>): ActorRecord {
  const record = registry.learnPerson(person(name, extra), 'doc');
  if (!record) throw new Error(`not learned: ${name}`);
  return record;
}

describe('ActorRegistry.findPerson', () => {
  it('finds a person by full name, surname, a longer form and a later name word', () => {
    const registry = new ActorRegistry();
    const vidal = learn(registry, 'Rosa Vidal', { role: 'President', country: 'CL' });
    const costa = learn(registry, 'João Mário da Costa');
    expect(registry.findPerson(['Rosa', 'Vidal'])).toBe(vidal);
    expect(registry.findPerson(['Vidal'])).toBe(vidal);
    expect(registry.findPerson(['vidal'])).toBe(vidal);
    expect(registry.findPerson(['President', 'Rosa', 'Vidal'])).toBe(vidal);
    expect(registry.findPerson(['Mário'])).toBe(costa);
    expect(registry.findPerson(['Ortega'])).toBeUndefined();
  });

  it('finds a person by an alias added later, from anywhere', () => {
    const registry = new ActorRegistry();
    const lee = learn(registry, 'Lee Jae-myung');
    expect(registry.findPerson(['Lee'])).toBe(lee);
    lee.aliases.add('Jae');
    expect(registry.findPerson(['Jae'])).toBe(lee);
  });

  it('finds a person under the longer name the registry learned later', () => {
    const registry = new ActorRegistry();
    const ruiz = learn(registry, 'Ruiz', { role: 'Mayor' });
    expect(learn(registry, 'Ana Ruiz')).toBe(ruiz);
    expect(ruiz.name).toBe('Ana Ruiz');
    expect(registry.findPerson(['Ana', 'Ruiz'])).toBe(ruiz);
    expect(registry.findPerson(['Ruiz'])).toBe(ruiz);
  });

  it('answers with the person learned first when two share a surname', () => {
    const registry = new ActorRegistry();
    const first = learn(registry, 'Marek Novak', { country: 'CZ' });
    learn(registry, 'Ilse Novak', { country: 'AT' });
    expect(registry.findPerson(['Novak'])).toBe(first);
  });

  it('reads only the people a name can match, not everyone it knows', () => {
    const registry = new ActorRegistry();
    let reads = 0;
    for (let i = 0; i < 3_000; i++) {
      const record = learn(registry, `Name${i} Family${i}`);
      let name = record.name;
      Object.defineProperty(record, 'name', {
        get: () => {
          reads++;
          return name;
        },
        set: (value: string) => {
          name = value;
        },
      });
    }
    reads = 0;
    for (let i = 0; i < 1_000; i++) expect(registry.findPerson([`Family${i}`])).toBeDefined();
    expect(registry.findPerson(['Nobody'])).toBeUndefined();
    // About one person read per lookup (3,000 each before).
    expect(reads).toBeLessThan(5_000);
  });
});
