import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { TimelineSchema } from '../../src/domain/schema';
import { LIMA_ARTICLE, PARIS_ARTICLE } from './fixtures';

let dir = '';
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'newsline-cli-'));
  // --out must be in a folder that exists: the CLI no longer creates one.
  mkdirSync(join(dir, 'out'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

function ingest(...args: string[]) {
  const out = join(dir, 'out', 'timeline.json');
  const r = spawnSync(
    process.execPath,
    ['--import', 'tsx', 'scripts/ingest.ts', '--in', dir, '--out', out, ...args],
    {
      encoding: 'utf8',
    },
  );
  return { code: r.status, stdout: r.stdout, stderr: r.stderr, out };
}

// Each case starts the CLI as a process (one to three times): allow for a busy machine.
describe('ingest CLI', { timeout: 60_000 }, () => {
  it('names each unreadable article with its reason and still writes the others', () => {
    writeFileSync(join(dir, 'good.txt'), PARIS_ARTICLE);
    writeFileSync(join(dir, 'empty.txt'), '  \n\n');
    writeFileSync(join(dir, 'binary.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01]));
    writeFileSync(
      join(dir, 'cut.txt'),
      Buffer.concat([Buffer.from('Café au lait.', 'utf8'), Buffer.from([0xe2, 0x80])]),
    );
    const r = ingest();
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/FAIL empty\.txt: the file is empty/u);
    expect(r.stdout).toMatch(/FAIL binary\.txt: .*binary/u);
    expect(r.stdout).toMatch(/FAIL cut\.txt: .*not valid UTF-8/u);
    expect(r.stdout).toMatch(/ok {3}good\.txt: \d+ events, \d+ actors/u);
    const timeline = TimelineSchema.parse(JSON.parse(readFileSync(r.out, 'utf8')));
    expect(timeline.documents.map((d) => d.file)).toEqual(['good.txt']);
  });

  it('fails when no article can be read, and with --strict when one cannot', () => {
    writeFileSync(join(dir, 'empty.txt'), '');
    expect(ingest().code).toBe(1);
    writeFileSync(join(dir, 'good.txt'), LIMA_ARTICLE);
    expect(ingest().code).toBe(0);
    expect(ingest('--strict').code).toBe(1);
  });

  it('lets a sidecar override what the text says and reports a broken sidecar', () => {
    writeFileSync(join(dir, 'lima.txt'), LIMA_ARTICLE);
    writeFileSync(
      join(dir, 'lima.meta.json'),
      JSON.stringify({ title: 'Arrest in Lima', published: '2024-06-13', outlet: 'Daily' }),
    );
    writeFileSync(join(dir, 'paris.txt'), PARIS_ARTICLE);
    writeFileSync(join(dir, 'paris.meta.json'), '{ not json');
    const r = ingest();
    expect(r.stdout).toMatch(/FAIL paris\.txt: paris\.meta\.json is not valid JSON/u);
    const doc = TimelineSchema.parse(JSON.parse(readFileSync(r.out, 'utf8'))).documents[0];
    expect(doc).toMatchObject({
      title: 'Arrest in Lima',
      published: '2024-06-13',
      outlet: 'Daily',
    });
  });

  it('keeps the raw text of the file exactly, BOM and CRLF included', () => {
    const raw = `\uFEFF${LIMA_ARTICLE.replace(/\n/gu, '\r\n')}`;
    writeFileSync(join(dir, 'lima.txt'), raw);
    const r = ingest();
    expect(TimelineSchema.parse(JSON.parse(readFileSync(r.out, 'utf8'))).documents[0]?.text).toBe(
      raw,
    );
  });
});

describe('npm run ingest (scripts/run.mjs)', { timeout: 60_000 }, () => {
  it('writes the same timeline as the CLI run from its source, and leaves no bundle behind', () => {
    writeFileSync(join(dir, 'paris.txt'), PARIS_ARTICLE);
    writeFileSync(join(dir, 'lima.txt'), LIMA_ARTICLE);
    const fromSource = ingest();
    // A bundle left by a process stopped before it could remove its own (that process is gone).
    const cache = join('node_modules', '.cache', 'newsline');
    mkdirSync(cache, { recursive: true });
    const gone = spawnSync(process.execPath, ['-e', '0']).pid;
    writeFileSync(join(cache, `ingest-${gone}.mjs`), '');
    const bundledOut = join(dir, 'out', 'bundled.json');
    const bundled = spawnSync(
      process.execPath,
      ['scripts/run.mjs', 'scripts/ingest.ts', '--in', dir, '--out', bundledOut],
      { encoding: 'utf8' },
    );
    expect(bundled.status).toBe(0);
    expect(bundled.stdout).toMatch(/ok {3}paris\.txt: \d+ events/u);
    const read = (file: string): unknown => ({
      ...(JSON.parse(readFileSync(file, 'utf8')) as object),
      generatedAt: 'when written',
    });
    expect(read(bundledOut)).toEqual(read(fromSource.out));
    expect(
      readdirSync(cache).filter((f) => f.includes(`-${bundled.pid}.`) || f.includes(`-${gone}.`)),
    ).toEqual([]);
  });

  it('runs the command in a process of its own with a larger young generation, passing its arguments and exit code', () => {
    const script = join(dir, 'probe.ts');
    writeFileSync(
      script,
      [
        'const argv: string[] = process.argv.slice(2);',
        'console.log(JSON.stringify({ argv, execArgv: process.execArgv }));',
        'process.exitCode = argv.length;',
      ].join('\n'),
    );
    const r = spawnSync(process.execPath, ['scripts/run.mjs', script, 'a', 'b c'], {
      encoding: 'utf8',
    });
    expect(r.status).toBe(2);
    const seen = JSON.parse(r.stdout.trim()) as { argv: string[]; execArgv: string[] };
    expect(seen.argv).toEqual(['a', 'b c']);
    expect(seen.execArgv).toEqual(
      expect.arrayContaining(['--max-semi-space-size=32', '--heap-growing-percent=50']),
    );
  });

  it('says how it is used when given no command', () => {
    const r = spawnSync(process.execPath, ['scripts/run.mjs'], { encoding: 'utf8' });
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/usage: node scripts\/run\.mjs FILE\.ts/u);
  });
});
