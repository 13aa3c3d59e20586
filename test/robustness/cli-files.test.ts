/**
 * The ingest CLI and the files around it, as someone who controls the input folder could shape
 * them: links that lead elsewhere, an --out that names an input or a place that cannot be
 * written, a write cut short, file names that hold control characters, and text that is not
 * quite UTF-8. Each case spawns the CLI on its own temporary folder.
 */
import { spawnSync } from 'node:child_process';
import {
  existsSync,
  linkSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { TimelineSchema, type Timeline } from '../../src/domain/schema';

const ROOT = resolve(import.meta.dirname, '../..');

/** An invented article the extraction reads (it has a date and an event). */
function article(title: string, extra = ''): string {
  return [
    title,
    '',
    'Published: March 3, 2025',
    '',
    `The mayor of Lindqvist said on Monday that the new ferry pier would open next week.${extra}`,
    '',
  ].join('\n');
}

/** What a file outside the input folder holds; it must never reach the output or a message. */
const SECRET = 'SECRET-7f3a outside the folder';

let base = '';
let dir = '';
let out = '';

beforeEach(() => {
  base = mkdtempSync(join(tmpdir(), 'newsline-files-'));
  dir = join(base, 'articles');
  mkdirSync(dir);
  mkdirSync(join(base, 'out'));
  out = join(base, 'out', 'timeline.json');
  writeFileSync(join(base, 'secret.txt'), article('Private Notes', ` ${SECRET}`));
});
afterEach(() => rmSync(base, { recursive: true, force: true }));

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

function ingest(...args: string[]): Run {
  const hasOut = args.includes('--out');
  const run = spawnSync(
    process.execPath,
    [
      '--import',
      'tsx',
      'scripts/ingest.ts',
      '--in',
      dir,
      ...(hasOut ? [] : ['--out', out]),
      ...args,
    ],
    // A run that waits on a file is stopped (and its code is null) instead of hanging the suite.
    { cwd: ROOT, encoding: 'utf8', timeout: 30_000 },
  );
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

/** The same, with the size of any file it writes limited by the shell (`ulimit -f`, in KiB). */
function ingestWithFileLimit(kib: number): Run {
  const command = `ulimit -f ${kib} && exec "$0" --import tsx scripts/ingest.ts --in "$1" --out "$2"`;
  const run = spawnSync('bash', ['-c', command, process.execPath, dir, out], {
    cwd: ROOT,
    encoding: 'utf8',
  });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

function written(): Timeline {
  return TimelineSchema.parse(JSON.parse(readFileSync(out, 'utf8')));
}

function lineFor(run: Run, file: string): string {
  return run.stdout.split('\n').find((l) => l.slice(5).startsWith(`${file}: `)) ?? '';
}

/** A stack trace printed by Node: "    at main (…)". */
const STACK = /^\s+at /mu;

describe('ingest CLI and symbolic links', { timeout: 60_000 }, () => {
  it('skips an article that is a symbolic link, and says how to read it', () => {
    writeFileSync(join(dir, 'pier.txt'), article('Ferry Pier Opens'));
    symlinkSync(join(base, 'secret.txt'), join(dir, 'link.txt'));
    const run = ingest();
    expect(run.code).toBe(0);
    expect(lineFor(run, 'link.txt')).toBe(
      `FAIL link.txt: skipped: a symbolic link; give --follow-symlinks to read links inside ${dir}`,
    );
    expect(written().documents.map((d) => d.file)).toEqual(['pier.txt']);
    expect(readFileSync(out, 'utf8')).not.toContain(SECRET);
  });

  it('with --follow-symlinks reads a link inside the folder, never one that leads out', () => {
    writeFileSync(join(dir, 'pier.txt'), article('Ferry Pier Opens'));
    mkdirSync(join(dir, 'drafts'));
    writeFileSync(join(dir, 'drafts', 'bridge.md'), article('Bridge Reopens'));
    symlinkSync(join('drafts', 'bridge.md'), join(dir, 'bridge.txt'));
    symlinkSync(join(base, 'secret.txt'), join(dir, 'link.txt'));
    const run = ingest('--follow-symlinks');
    expect(run.code).toBe(0);
    expect(lineFor(run, 'bridge.txt')).toMatch(/^ok {3}bridge\.txt: /u);
    expect(lineFor(run, 'link.txt')).toBe(
      `FAIL link.txt: skipped: a symbolic link to a file outside ${dir}`,
    );
    expect(written().documents.map((d) => d.file)).toEqual(['bridge.txt', 'pier.txt']);
    expect(readFileSync(out, 'utf8')).not.toContain(SECRET);
  });

  it('skips a sidecar that is a symbolic link and shows nothing of what it points at', () => {
    writeFileSync(join(base, 'passwd'), 'root:x:0:0:SECRET-7f3a:/root:/bin/sh\n');
    writeFileSync(join(dir, 'pier.txt'), article('Ferry Pier Opens'));
    symlinkSync(join(base, 'passwd'), join(dir, 'pier.meta.json'));
    for (const args of [[], ['--follow-symlinks']]) {
      const run = ingest(...args);
      expect(lineFor(run, 'pier.txt')).toMatch(
        /^FAIL pier\.txt: pier\.meta\.json skipped: a symbolic link/u,
      );
      expect(`${run.stdout}${run.stderr}`).not.toMatch(/root|SECRET/u);
    }
  });

  it.each([
    ['a sidecar that is not JSON', 'SECRET-7f3a is not json', /is not valid JSON/u],
    ['a sidecar with a field it does not know', '{"SECRET-7f3a": 1}', /unknown field/u],
    ['a sidecar whose title is not text', '{"title": ["SECRET-7f3a"]}', /title: must be text/u],
  ])('says what is wrong with %s without quoting it', (_, body, reason) => {
    writeFileSync(join(dir, 'pier.txt'), article('Ferry Pier Opens'));
    writeFileSync(join(dir, 'pier.meta.json'), body);
    const run = ingest();
    expect(lineFor(run, 'pier.txt')).toMatch(/^FAIL pier\.txt: pier\.meta\.json[ :]/u);
    expect(lineFor(run, 'pier.txt')).toMatch(reason);
    expect(`${run.stdout}${run.stderr}`).not.toContain('SECRET');
  });
});

describe('ingest CLI and special files', { timeout: 60_000 }, () => {
  it('skips a FIFO named like an article instead of waiting for a writer', () => {
    writeFileSync(join(dir, 'pier.txt'), article('Ferry Pier Opens'));
    expect(spawnSync('mkfifo', [join(dir, 'pipe.txt')]).status).toBe(0);
    const run = ingest();
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^FAIL pipe\.txt: skipped: not a regular file$/mu);
    expect(written().documents.map((d) => d.file)).toEqual(['pier.txt']);
  });
});

describe('ingest CLI and where --out points', { timeout: 60_000 }, () => {
  const cases: readonly [name: string, target: () => string, reason: RegExp][] = [
    ['an input article', () => join(dir, 'pier.txt'), /is one of the input files/u],
    ['an input sidecar', () => join(dir, 'pier.meta.json'), /is one of the input files/u],
    [
      'a link to an input article',
      () => {
        symlinkSync(join(dir, 'pier.txt'), join(base, 'out', 'alias.json'));
        return join(base, 'out', 'alias.json');
      },
      /is one of the input files/u,
    ],
    [
      'a second name (hard link) of an input article',
      () => {
        linkSync(join(dir, 'pier.txt'), join(base, 'out', 'hard.json'));
        return join(base, 'out', 'hard.json');
      },
      /is one of the input files/u,
    ],
    ['a folder', () => join(base, 'out'), /is a folder/u],
    ['a file in a missing folder', () => join(base, 'missing', 'timeline.json'), /does not exist/u],
    ['a device (/dev/full)', () => '/dev/full', /is not a regular file/u],
  ];

  it.each(cases)('refuses %s before reading anything', (_, target, reason) => {
    const pier = article('Ferry Pier Opens');
    writeFileSync(join(dir, 'pier.txt'), pier);
    writeFileSync(join(dir, 'pier.meta.json'), '{"outlet": "Harbour Gazette"}');
    const path = target();
    const run = ingest('--out', path);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(/^ingest: cannot write --out /u);
    expect(run.stderr).toMatch(reason);
    expect(run.stderr).not.toMatch(STACK);
    expect(readFileSync(join(dir, 'pier.txt'), 'utf8')).toBe(pier);
    expect(readFileSync(join(dir, 'pier.meta.json'), 'utf8')).toBe('{"outlet": "Harbour Gazette"}');
    expect(existsSync(join(base, 'missing'))).toBe(false);
  });
});

describe('ingest CLI when the write is cut short', { timeout: 60_000 }, () => {
  it('keeps the previous timeline whole, leaves no temporary file, and says why', () => {
    for (const name of ['pier', 'bridge', 'harbour', 'market'])
      writeFileSync(join(dir, `${name}.txt`), article(`${name} Story Told Again`));
    const previous = `${JSON.stringify({ previous: 'a good timeline from an earlier run' })}\n`;
    writeFileSync(out, previous);
    const run = ingestWithFileLimit(1);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/^ingest: cannot write .*timeline\.json: the file is too large/mu);
    expect(run.stderr).toMatch(/the previous file is left as it was/u);
    expect(run.stderr).not.toMatch(STACK);
    expect(readFileSync(out, 'utf8')).toBe(previous);
    expect(readdirSync(join(base, 'out'))).toEqual(['timeline.json']);
  });
});

describe('ingest CLI and file names', { timeout: 60_000 }, () => {
  it('prints a name with a line break or other control characters on one escaped line', () => {
    const forged =
      'x: 0 events, 0 actors, warnings: none\nok   fake.txt: 999 events\r\u001b[2K.txt';
    writeFileSync(join(dir, forged), article('Ferry Pier Opens'));
    writeFileSync(join(dir, 'back\\slash.txt'), article('Bridge Reopens'));
    const run = ingest();
    expect(run.code).toBe(0);
    const lines = run.stdout.trimEnd().split('\n');
    expect(lines).toHaveLength(3);
    expect(lines[0]).toMatch(/^ok {3}back\\\\slash\.txt: \d+ events/u);
    expect(lines[1]).toMatch(
      /^ok {3}x: 0 events, 0 actors, warnings: none\\nok {3}fake\.txt: 999 events\\r\\u001b\[2K\.txt: \d+ events/u,
    );
    expect(run.stdout).not.toContain('\r');
    expect(run.stdout).not.toContain('\u001b');
  });
});

describe('ingest CLI and text encodings', { timeout: 60_000 }, () => {
  it('reads valid UTF-8 that holds the replacement character itself', () => {
    const text = article('Ferry Pier Opens', ' A sign read \uFFFD.');
    writeFileSync(join(dir, 'pier.txt'), text);
    const run = ingest();
    expect(lineFor(run, 'pier.txt')).toMatch(/^ok {3}pier\.txt: /u);
    expect(written().documents[0]?.text).toBe(text);
  });

  it('reads a Latin-1 (Windows-1252) file as such, and warns by name to save it as UTF-8', () => {
    const text = article('Café Owners Protest', ' “The café stays,” she said, for €5.');
    const bytes = Buffer.from(
      text.replace('“', '\x93').replace('”', '\x94').replace('€', '\x80'),
      'latin1',
    );
    writeFileSync(join(dir, 'cafe.txt'), bytes);
    const run = ingest();
    expect(lineFor(run, 'cafe.txt')).toMatch(
      /^ok {3}cafe\.txt: .*warnings: .*not UTF-8 but looks like Latin-1 \(Windows-1252\).*save it as UTF-8/u,
    );
    expect(written().documents[0]?.text).toBe(text);
  });

  it('still refuses UTF-8 cut inside a character', () => {
    const bytes = Buffer.concat([
      Buffer.from(article('Café Owners Protest'), 'utf8'),
      Buffer.from([0xe2, 0x80]),
    ]);
    writeFileSync(join(dir, 'cut.txt'), bytes);
    writeFileSync(join(dir, 'pier.txt'), article('Ferry Pier Opens'));
    const run = ingest();
    expect(lineFor(run, 'cut.txt')).toMatch(/^FAIL cut\.txt: the file is not valid UTF-8/u);
  });
});
