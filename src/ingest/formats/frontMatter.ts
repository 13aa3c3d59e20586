/**
 * A Markdown file's YAML front matter as article metadata: title; published or date; author or
 * byline; outlet, source or site; url or canonical (keys in any case). YAML is read as data only
 * (the core schema: no custom types, nothing run) and aliases are bounded, so a front matter
 * cannot make the reading blow up. What cannot be read is a warning, never an error: the
 * article is still read, without that metadata. Warnings name the field, never quote the file.
 */
import { parseDocument } from 'yaml';
import type { ArticleMeta } from '../types';
import { defined, oneLine, personName, publishedDay, webAddress } from './fields';

/** Enough aliases for any front matter; a "billion laughs" of aliases is refused. */
const MOST_ALIASES = 100;

export interface FrontMatter {
  meta: ArticleMeta;
  warnings: string[];
}

function fieldsOf(yaml: string): Record<string, unknown> | string | undefined {
  const document = parseDocument(yaml, { prettyErrors: true });
  const [error] = document.errors;
  if (error !== undefined) {
    // The front matter starts on the file's second line, after its opening "---".
    const line = error.linePos?.[0].line;
    return `the front matter is not valid YAML${line === undefined ? '' : ` (line ${line + 1} of the file)`}, so it was ignored`;
  }
  let data: unknown;
  try {
    data = document.toJS({ maxAliasCount: MOST_ALIASES });
  } catch {
    return 'the front matter repeats itself through too many aliases, so it was ignored';
  }
  if (data === null || data === undefined) return undefined;
  if (typeof data !== 'object' || Array.isArray(data) || data instanceof Date) {
    return 'the front matter is not a list of fields ("title: …"), so it was ignored';
  }
  const fields: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(data)) {
    const name = key.toLowerCase();
    if (!(name in fields)) fields[name] = value;
  }
  return fields;
}

/** A name given as text, as { name: … }, or as a list of either (the first is taken). */
function nameOf(value: unknown): string | undefined {
  const first: unknown = Array.isArray(value) ? value[0] : value;
  if (typeof first === 'object' && first !== null && !Array.isArray(first)) {
    return oneLine((first as Record<string, unknown>)['name']);
  }
  return typeof first === 'number' ? String(first) : oneLine(first);
}

export function readFrontMatter(yaml: string): FrontMatter {
  const fields = fieldsOf(yaml);
  if (fields === undefined) return { meta: {}, warnings: [] };
  if (typeof fields === 'string') return { meta: {}, warnings: [fields] };
  const warnings: string[] = [];
  const pick = (keys: readonly string[]): { key: string; value: unknown } | undefined => {
    const key = keys.find((k) => fields[k] !== undefined && fields[k] !== null);
    return key === undefined ? undefined : { key, value: fields[key] };
  };
  const read = <T>(
    keys: readonly string[],
    parse: (value: unknown) => T | undefined,
    what: string,
  ): T | undefined => {
    const given = pick(keys);
    if (given === undefined) return undefined;
    const value = parse(given.value);
    if (value === undefined)
      warnings.push(`the front matter's ${given.key} is not ${what}, so it was ignored`);
    return value;
  };
  const meta = defined({
    title: read(['title', 'headline'], oneLine, 'a line of text'),
    published: read(
      ['published', 'date', 'pubdate', 'published_at', 'datepublished'],
      publishedDay,
      'a date (such as 2024-03-05)',
    ),
    byline: read(['author', 'byline', 'authors'], (v) => personName(nameOf(v)), 'a name'),
    outlet: read(['outlet', 'source', 'site', 'publisher'], nameOf, 'a name'),
    url: read(['url', 'canonical', 'canonical_url'], webAddress, 'an http or https address'),
  });
  return { meta, warnings };
}
