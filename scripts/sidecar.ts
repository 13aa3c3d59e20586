/**
 * An article's optional NAME.meta.json sidecar (NAME is the article's file name without its
 * extension: lima.meta.json for lima.txt, lima.html or lima.md), read through the same guarded
 * reader as the articles. What is wrong with one is said in the CLI's own words: never a quote of
 * the file (JSON.parse and zod quote the bytes or keys they stumble on).
 */
import { z } from 'zod';
import type { ArticleMeta } from '../src/ingest';
import { readInputFile, type InputFolder } from './inputFiles';

const FIELDS = ['title', 'published', 'outlet', 'url', 'byline'] as const;

const SidecarSchema = z
  .object({
    title: z.string().optional(),
    published: z.string().optional(),
    outlet: z.string().optional(),
    url: z.string().optional(),
    byline: z.string().optional(),
  })
  .strict();

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** Line and column of a character offset, counted from 1. */
function lineAndColumn(text: string, offset: number): string {
  const before = text.slice(0, offset).split('\n');
  return `line ${before.length}, column ${(before.at(-1)?.length ?? 0) + 1}`;
}

function jsonProblem(text: string, error: unknown): string {
  const message = error instanceof Error ? error.message : '';
  const position = /at position (\d+)/u.exec(message)?.[1];
  if (position !== undefined) return ` (at ${lineAndColumn(text, Number(position))})`;
  if (/end of JSON input/u.test(message)) return ' (it ends too early)';
  return '';
}

function schemaProblem(name: string, issue: z.core.$ZodIssue | undefined): string {
  const field = FIELDS.find((f) => f === issue?.path[0]);
  if (issue?.code === 'unrecognized_keys')
    return `${name} has an unknown field (the fields are ${FIELDS.join(', ')})`;
  if (field === undefined) return `${name} must hold a JSON object`;
  return `${name}: ${field}: must be text`;
}

/** The sidecar's metadata, undefined when there is none, or what is wrong with it. */
export async function readSidecar(
  folder: InputFolder,
  article: string,
): Promise<ArticleMeta | undefined | { error: string }> {
  const name = `${article.replace(/\.[^.]+$/u, '')}.meta.json`;
  const read = await readInputFile(folder, name);
  if ('missing' in read) return undefined;
  if ('skipped' in read) return { error: `${name} skipped: ${read.skipped}` };
  if ('unreadable' in read) return { error: `${name}: cannot read the file (${read.unreadable})` };
  let text: string;
  try {
    text = utf8.decode(read.bytes);
  } catch {
    return { error: `${name} is not valid UTF-8` };
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return { error: `${name} is not valid JSON${jsonProblem(text, error)}` };
  }
  const parsed = SidecarSchema.safeParse(json);
  if (!parsed.success) return { error: schemaProblem(name, parsed.error.issues[0]) };
  const meta: ArticleMeta = {};
  for (const field of FIELDS) {
    const value = parsed.data[field];
    if (value !== undefined) meta[field] = value;
  }
  return meta;
}
