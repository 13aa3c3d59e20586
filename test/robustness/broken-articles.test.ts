/**
 * Broken articles through the ingest CLI, as a user drops them in a folder: every sound article
 * is written, each bad one is named with its reason, the exit code says whether anything could be
 * written, and offsets stay exact whatever the line endings or a byte-order mark.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TimelineSchema, type Timeline } from '../../src/domain/schema';
import {
  CHINESE_ARTICLE,
  SOUND_ARTICLE,
  SPANISH_ARTICLE,
  UNDATED_ARTICLE,
  hugeArticle,
  withBom,
  withCr,
  withCrlf,
} from '../fixtures/broken/articles';

const ROOT = resolve(import.meta.dirname, '../..');

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
  out: string;
}

function ingest(dir: string, ...args: string[]): Run {
  const out = join(dir, '..', `${dir.split(/[\\/]/u).pop() ?? 'out'}.timeline.json`);
  const run = spawnSync(
    process.execPath,
    ['--import', 'tsx', 'scripts/ingest.ts', '--in', dir, '--out', out, ...args],
    { cwd: ROOT, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 },
  );
  return { code: run.status, stdout: run.stdout, stderr: run.stderr, out };
}

function readTimeline(file: string): Timeline {
  return TimelineSchema.parse(JSON.parse(readFileSync(file, 'utf8')));
}

/** The passages of one document, as the sources point at them. */
function passages(timeline: Timeline, documentId: string): string[] {
  const text = timeline.documents.find((d) => d.id === documentId)?.text ?? '';
  return timeline.events
    .flatMap((e) => e.sources.filter((s) => s.documentId === documentId))
    .sort((a, b) => a.start - b.start)
    .map((s) => text.slice(s.start, s.end));
}

/** A sound file, read as UTF-8 unless it says otherwise, or the reason it is refused for. */
type Expectation =
  { readonly ok: true; readonly encoding?: 'latin1' } | { readonly reason: RegExp };

/** One file per kind of input; what the CLI must say about it. */
const FILES: readonly [name: string, bytes: Buffer | string, expected: Expectation][] = [
  ['sound.txt', SOUND_ARTICLE, { ok: true }],
  ['sound-bom.txt', withBom(SOUND_ARTICLE), { ok: true }],
  ['sound-crlf.txt', withCrlf(SOUND_ARTICLE), { ok: true }],
  ['sound-bom-crlf.txt', withBom(withCrlf(SOUND_ARTICLE)), { ok: true }],
  ['sound-cr.txt', withCr(SOUND_ARTICLE), { ok: true }],
  ['spanish.txt', SPANISH_ARTICLE, { ok: true }],
  ['chinese.txt', CHINESE_ARTICLE, { reason: /no publication date found/u }],
  ['undated.txt', UNDATED_ARTICLE, { reason: /no publication date found/u }],
  ['empty.txt', Buffer.alloc(0), { reason: /empty/u }],
  ['blank.txt', ' \n\t\r\n  \n', { reason: /empty/u }],
  ['bom-only.txt', '\uFEFF', { reason: /empty/u }],
  [
    'binary.txt',
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48]),
    { reason: /binary/u },
  ],
  [
    'latin1.txt',
    Buffer.from('Caf\xe9 Owners Protest\n\nPublished: March 3, 2025\n\nThe mayor spoke.', 'latin1'),
    { ok: true, encoding: 'latin1' },
  ],
  [
    'truncated-utf8.txt',
    Buffer.concat([Buffer.from(SOUND_ARTICLE, 'utf8'), Buffer.from([0xe2, 0x80])]),
    { reason: /not valid UTF-8/u },
  ],
  ['utf16.txt', Buffer.from(withBom(SOUND_ARTICLE), 'utf16le'), { reason: /binary|UTF-16/u }],
];

const SIDECARS: readonly [name: string, body: string][] = [
  ['spanish.meta.json', JSON.stringify({ published: '2026-01-05' })],
];

let base = '';
let mixed = '';
let bad = '';
let run: Run;
let timeline: Timeline;

beforeAll(() => {
  base = mkdtempSync(join(tmpdir(), 'newsline-broken-'));
  mixed = join(base, 'mixed');
  bad = join(base, 'bad');
  mkdirSync(mixed);
  mkdirSync(bad);
  for (const [name, bytes] of FILES) writeFileSync(join(mixed, name), bytes);
  for (const [name, body] of SIDECARS) writeFileSync(join(mixed, name), body);
  // A folder whose name ends in .txt cannot be read as a file.
  mkdirSync(join(mixed, 'folder.txt'));
  for (const [name, bytes, expected] of FILES) {
    if (!('ok' in expected)) writeFileSync(join(bad, name), bytes);
  }
  run = ingest(mixed);
  timeline = readTimeline(run.out);
}, 60_000);

afterAll(() => rmSync(base, { recursive: true, force: true }));

describe('ingest CLI on a folder of sound and broken articles', () => {
  it('exits 0 because it could write the sound articles', () => {
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
  });

  it.each(FILES.filter(([, , e]) => 'ok' in e).map(([name]) => [name]))('writes %s', (name) => {
    expect(run.stdout).toMatch(new RegExp(`^ok {3}${name.replace('.', '\\.')}: `, 'mu'));
    expect(timeline.documents.map((d) => d.file)).toContain(name);
  });

  it.each(FILES.flatMap(([name, , e]) => ('reason' in e ? [[name, e.reason] as const] : [])))(
    'names %s with its reason and leaves it out',
    (name, reason) => {
      const line = run.stdout.split('\n').find((l) => l.startsWith(`FAIL ${name}: `)) ?? '';
      expect(line).toMatch(reason);
      expect(timeline.documents.map((d) => d.file)).not.toContain(name);
    },
  );

  it('names a folder called folder.txt as unreadable', () => {
    expect(run.stdout).toMatch(/^FAIL folder\.txt: cannot read the file/mu);
  });

  it('sums up what it wrote and how many failed', () => {
    const failed = FILES.filter(([, , e]) => 'reason' in e).length + 1;
    expect(run.stdout).toContain(`(${failed} articles failed)`);
  });

  it.each(FILES.flatMap(([name, bytes, e]) => ('ok' in e ? [[name, bytes, e] as const] : [])))(
    'keeps the text of %s exactly as the file holds it',
    (name, bytes, expectation) => {
      const expected =
        typeof bytes === 'string' ? bytes : bytes.toString(expectation.encoding ?? 'utf8');
      expect(timeline.documents.find((d) => d.file === name)?.text).toBe(expected);
    },
  );

  it.each(['sound-bom', 'sound-crlf', 'sound-bom-crlf', 'sound-cr'])(
    'finds in %s the same passages, at offsets that slice them exactly',
    (id) => {
      const plain = passages(timeline, 'sound');
      expect(plain.length).toBeGreaterThan(0);
      expect(passages(timeline, id)).toEqual(plain);
    },
  );

  it('keeps every passage inside its document, trimmed, with no BOM or line break', () => {
    for (const event of timeline.events) {
      for (const source of event.sources) {
        const text = timeline.documents.find((d) => d.id === source.documentId)?.text ?? '';
        expect(source.end).toBeLessThanOrEqual(text.length);
        const passage = text.slice(source.start, source.end);
        expect(passage).toBe(passage.trim());
        expect(passage).not.toMatch(/[\uFEFF\r\n]/u);
      }
    }
  });

  it('reads a non-English article dated by its sidecar, and says so if it found no events', () => {
    expect(run.stdout).toMatch(/^ok {3}spanish\.txt: (?:0 events, .*no events found|[1-9])/mu);
  });
});

describe('ingest CLI exit codes', () => {
  it('exits 1 and writes nothing when no article can be read', () => {
    const only = ingest(bad);
    expect(only.code).toBe(1);
    expect(only.stderr).toMatch(/no article could be read/u);
    expect(existsSync(only.out)).toBe(false);
    for (const [name, , expected] of FILES) {
      if ('reason' in expected) expect(only.stdout).toContain(`FAIL ${name}: `);
    }
  }, 60_000);

  it('exits 1 with --strict when one article fails, still writing the others', () => {
    const strict = ingest(mixed, '--strict');
    expect(strict.code).toBe(1);
    expect(readTimeline(strict.out).documents.length).toBe(timeline.documents.length);
  }, 60_000);
});

describe('ingest CLI on a 20 MB article', () => {
  it('writes it whole, with passages that slice exactly', () => {
    const dir = join(base, 'huge');
    mkdirSync(dir);
    const huge = withCrlf(hugeArticle(20));
    writeFileSync(join(dir, 'huge.txt'), huge);
    writeFileSync(join(dir, 'sound.txt'), SOUND_ARTICLE);
    const result = ingest(dir);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^ok {3}huge\.txt: /mu);
    const written = readTimeline(result.out);
    const document = written.documents.find((d) => d.id === 'huge');
    expect(document?.text.length).toBe(huge.length);
    expect(document?.text === huge).toBe(true);
    const found = passages(written, 'huge');
    expect(found.length).toBeGreaterThan(0);
    expect(new Set(found)).toEqual(new Set(passages(written, 'sound')));
  }, 180_000);
});
