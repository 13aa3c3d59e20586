/**
 * The ingest CLI: reads every *.txt article of a folder (with its optional NAME.meta.json
 * sidecar), runs the pure ingest pipeline, validates the result against the published schema
 * and writes timeline.json. One line per article; an article that cannot be read is named with
 * the reason and left out while the others are written. Every line printed is escaped
 * (printable.ts), so a file name cannot forge one.
 *
 *   npm run ingest -- [--in DIR] [--out FILE] [--strict]
 *
 * Exit code: 0 when the timeline was written (1 with --strict if any article failed), 1 when
 * nothing could be written, 2 for a usage error.
 */
import { mkdir, readFile, readdir, writeFile } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { z } from 'zod';
import { TimelineSchema } from '../src/domain/schema';
import {
  decodeArticle,
  ingestArticles,
  type ArticleInput,
  type ArticleReport,
} from '../src/ingest';
import { printable } from './printable';

const SidecarSchema = z
  .object({
    title: z.string().optional(),
    published: z.string().optional(),
    outlet: z.string().optional(),
    url: z.string().optional(),
    byline: z.string().optional(),
  })
  .strict();

interface Options {
  input: string;
  output: string;
  strict: boolean;
}

function parseArgs(argv: readonly string[]): Options | string {
  const options: Options = {
    input: 'public/seeds/articles',
    output: 'public/seeds/timeline.json',
    strict: false,
  };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const value = argv[i + 1];
    if (arg === '--strict') options.strict = true;
    else if (
      (arg === '--in' || arg === '--out') &&
      value !== undefined &&
      !value.startsWith('--')
    ) {
      if (arg === '--in') options.input = value;
      else options.output = value;
      i++;
    } else return `unknown or incomplete argument: ${arg ?? ''}`;
  }
  return options;
}

async function readSidecar(
  dir: string,
  name: string,
): Promise<ArticleInput['meta'] | { error: string }> {
  const path = join(dir, `${name}.meta.json`);
  let raw: string;
  try {
    raw = await readFile(path, 'utf8');
  } catch {
    return undefined;
  }
  try {
    const parsed = SidecarSchema.safeParse(JSON.parse(raw));
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      return {
        error: `${basename(path)}: ${issue?.path.join('.') || 'file'}: ${issue?.message ?? 'invalid'}`,
      };
    }
    const meta: NonNullable<ArticleInput['meta']> = {};
    for (const [k, v] of Object.entries(parsed.data))
      if (v !== undefined) meta[k as keyof typeof meta] = v;
    return meta;
  } catch (e) {
    return {
      error: `${basename(path)} is not valid JSON (${e instanceof Error ? e.message : String(e)})`,
    };
  }
}

function say(text: string): void {
  console.log(printable(text));
}

function complain(text: string): void {
  console.error(printable(text));
}

function line(report: ArticleReport): string {
  if (!report.ok) return `FAIL ${report.file}: ${report.error ?? 'unreadable'}`;
  const warnings = report.warnings.length > 0 ? report.warnings.join('; ') : 'none';
  return `ok   ${report.file}: ${report.events} events, ${report.actors} actors, warnings: ${warnings}`;
}

async function main(): Promise<number> {
  const options = parseArgs(process.argv.slice(2));
  if (typeof options === 'string') {
    complain(`ingest: ${options}`);
    complain('usage: npm run ingest -- [--in DIR] [--out FILE] [--strict]');
    return 2;
  }
  const dir = resolve(options.input);
  let files: string[];
  try {
    files = (await readdir(dir)).filter((f) => f.toLowerCase().endsWith('.txt')).sort();
  } catch (e) {
    complain(
      `ingest: cannot read folder ${options.input}: ${e instanceof Error ? e.message : String(e)}`,
    );
    return 1;
  }
  const inputs: ArticleInput[] = [];
  const failures: ArticleReport[] = [];
  const decodingWarnings = new Map<string, string>();
  for (const file of files) {
    const fail = (error: string): void => {
      failures.push({ file, ok: false, events: 0, actors: 0, warnings: [], error });
    };
    let bytes: Uint8Array;
    try {
      bytes = await readFile(join(dir, file));
    } catch (e) {
      fail(`cannot read the file (${e instanceof Error ? e.message : String(e)})`);
      continue;
    }
    const decoded = decodeArticle(bytes);
    if ('error' in decoded) {
      fail(decoded.error);
      continue;
    }
    if (decoded.warning !== undefined) decodingWarnings.set(file, decoded.warning);
    const meta = await readSidecar(dir, file.replace(/\.txt$/iu, ''));
    if (meta && 'error' in meta) {
      fail(String(meta.error));
      continue;
    }
    inputs.push({ file, text: decoded.text, ...(meta ? { meta } : {}) });
  }
  const { timeline, reports } = ingestArticles(inputs);
  for (const report of reports) {
    const warning = decodingWarnings.get(report.file);
    if (warning !== undefined) report.warnings.unshift(warning);
  }
  const all = [...reports, ...failures].sort((a, b) => a.file.localeCompare(b.file));
  for (const report of all) say(line(report));
  if (timeline.documents.length === 0) {
    complain(`ingest: no article could be read in ${options.input}; nothing written`);
    return 1;
  }
  const checked = TimelineSchema.safeParse(timeline);
  if (!checked.success) {
    for (const issue of checked.error.issues.slice(0, 10)) {
      complain(`ingest: invalid timeline at ${issue.path.join('.')}: ${issue.message}`);
    }
    return 1;
  }
  await mkdir(dirname(resolve(options.output)), { recursive: true });
  await writeFile(options.output, `${JSON.stringify(checked.data, null, 2)}\n`, 'utf8');
  const failed = all.filter((r) => !r.ok).length;
  say(
    `wrote ${options.output}: ${timeline.documents.length} documents, ${timeline.events.length} events, ` +
      `${timeline.actors.length} actors, ${timeline.countries.length} countries` +
      (failed > 0 ? ` (${failed} article${failed === 1 ? '' : 's'} failed)` : ''),
  );
  return options.strict && failed > 0 ? 1 : 0;
}

process.exitCode = await main();
