/**
 * An event's sources as a reader weighs them: one passage for each distinct wording in each
 * article (a page that prints a paragraph twice gives the event two sources, but it is one
 * report), who reported it (outlets where the articles name them, else the articles), and the
 * address of an original article, given only when it is a web address.
 */
import type { NewsDocument, Source } from './schema';

export interface DistinctPassage {
  readonly source: Source;
  /** How many times the article prints this wording among the event's sources (1 or more). */
  readonly copies: number;
}

function wordingOf(text: string, source: Source): string {
  return text.slice(source.start, source.end).replace(/\s+/gu, ' ').trim();
}

/**
 * The sources in their order, each wording of each article once, with how many times it is
 * printed. A source whose article has not arrived is kept as it is.
 */
export function distinctPassages(
  sources: readonly Source[],
  documentById: ReadonlyMap<string, Pick<NewsDocument, 'text'>>,
): DistinctPassage[] {
  const byKey = new Map<string, { source: Source; copies: number }>();
  const kept: { source: Source; copies: number }[] = [];
  for (const source of sources) {
    const document = documentById.get(source.documentId);
    const key =
      document === undefined
        ? `${source.documentId}\u0000${source.start}:${source.end}`
        : `${source.documentId}\u0000${wordingOf(document.text, source)}`;
    const first = byKey.get(key);
    if (first !== undefined) {
      first.copies += 1;
      continue;
    }
    const entry = { source, copies: 1 };
    byKey.set(key, entry);
    kept.push(entry);
  }
  return kept;
}

export interface ReportedBy {
  /** "Reported by 2 outlets", "Reported by 1 article". */
  readonly heading: string;
  /** Who: each outlet once, or, where an article names none, the article by its title. */
  readonly names: readonly string[];
}

function plural(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}

/** Who reported an event, from the articles of its sources (in source order, each once). */
export function reportedBy(
  sources: readonly Source[],
  documentById: ReadonlyMap<string, Pick<NewsDocument, 'title' | 'file' | 'outlet'>>,
): ReportedBy {
  const ids = [...new Set(sources.map((s) => s.documentId))];
  const documents = ids.map((id) => documentById.get(id));
  const outlets = [
    ...new Set(documents.map((d) => d?.outlet?.trim() ?? '').filter((o) => o !== '')),
  ];
  const everyOutletKnown = documents.every((d) => (d?.outlet?.trim() ?? '') !== '');
  if (everyOutletKnown && documents.length > 0) {
    const articles = outlets.length === ids.length ? '' : ` (${plural(ids.length, 'article')})`;
    return {
      heading: `Reported by ${plural(outlets.length, 'outlet')}${articles}`,
      names: outlets,
    };
  }
  const names = ids.map((id, i) => {
    const document = documents[i];
    if (document === undefined) return id;
    const outlet = document.outlet?.trim() ?? '';
    if (outlet !== '') return outlet;
    return document.title.trim() === '' ? document.file : document.title.trim();
  });
  return { heading: `Reported by ${plural(ids.length, 'article')}`, names: [...new Set(names)] };
}

/**
 * The address of the original article when it is a web address (http or https), in the form the
 * URL parser writes it; undefined for anything else ("javascript:", "data:", a relative path, a
 * malformed address), which is then not offered as a link.
 */
export function webAddress(url: string | undefined): URL | undefined {
  if (url === undefined) return undefined;
  let parsed: URL;
  try {
    parsed = new URL(url.trim());
  } catch {
    return undefined;
  }
  return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed : undefined;
}
