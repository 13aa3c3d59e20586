/**
 * The ingest CLI on a folder of the reader's own files: plain text, a saved web page and
 * Markdown, each read into a document of the written timeline. Each case spawns the CLI.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { TimelineSchema, type Timeline } from '../../src/domain/schema';
import { LIMA_ARTICLE } from './fixtures';
import { HEADLINE, newsPage, PARAGRAPHS } from './formats/pages';

let dir = '';
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'newsline-formats-'));
  mkdirSync(join(dir, 'out'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

function ingest() {
  const out = join(dir, 'out', 'timeline.json');
  const r = spawnSync(
    process.execPath,
    ['--import', 'tsx', 'scripts/ingest.ts', '--in', dir, '--out', out],
    { encoding: 'utf8' },
  );
  const timeline = (): Timeline => TimelineSchema.parse(JSON.parse(readFileSync(out, 'utf8')));
  return { code: r.status, stdout: r.stdout, stderr: r.stderr, timeline };
}

const DAM_PAGE = newsPage({
  head: [
    '<meta property="og:site_name" content="The Valley Post">',
    '<meta property="article:published_time" content="2024-03-05T09:00:00+01:00">',
    '<link rel="canonical" href="https://valleypost.example/news/ilse-dam-opens">',
    '<meta name="author" content="Ana Ruiz">',
  ].join('\n'),
});

const FERRY_MARKDOWN = [
  '---',
  'title: Ferry Crews Strike Over Night Shifts',
  'date: 2024-05-06',
  'author: Tomas Brel',
  '---',
  '',
  'Ferry crews in Harrowby walked out on Monday over night shifts, the union said.',
  '',
  'The port authority said talks would resume on Thursday.',
  '',
].join('\n');

// Each case starts the CLI as a process: allow for a busy machine.
describe('ingest CLI with web pages and Markdown', { timeout: 60_000 }, () => {
  it('reads a .txt, an .html and an .md article into documents of the timeline', () => {
    writeFileSync(join(dir, 'lima.txt'), LIMA_ARTICLE);
    writeFileSync(join(dir, 'dam.html'), DAM_PAGE);
    writeFileSync(join(dir, 'ferry.md'), FERRY_MARKDOWN);
    writeFileSync(join(dir, 'notes.json'), '{}');
    const r = ingest();
    expect(r.code).toBe(0);
    for (const file of ['dam.html', 'ferry.md', 'lima.txt']) {
      expect(r.stdout).toMatch(
        new RegExp(`ok {3}${file.replace('.', '\\.')}: [1-9]\\d* events`, 'u'),
      );
    }
    const documents = r.timeline().documents;
    expect(documents.map((d) => d.file).sort()).toEqual(['dam.html', 'ferry.md', 'lima.txt']);
    expect(documents.find((d) => d.file === 'dam.html')).toMatchObject({
      title: HEADLINE,
      published: '2024-03-05',
      outlet: 'The Valley Post',
      url: 'https://valleypost.example/news/ilse-dam-opens',
      byline: 'Ana Ruiz',
      text: [HEADLINE, ...PARAGRAPHS].join('\n\n'),
    });
    expect(documents.find((d) => d.file === 'ferry.md')).toMatchObject({
      title: 'Ferry Crews Strike Over Night Shifts',
      published: '2024-05-06',
      byline: 'Tomas Brel',
    });
    expect(documents.find((d) => d.file === 'lima.txt')?.text).toBe(LIMA_ARTICLE);
  });

  it('lets a sidecar override a page field by field, and names a page it cannot read', () => {
    writeFileSync(join(dir, 'dam.html'), DAM_PAGE);
    writeFileSync(join(dir, 'dam.meta.json'), JSON.stringify({ title: 'Dam Opens' }));
    writeFileSync(
      join(dir, 'empty.htm'),
      '<html><body><nav>Home</nav><script>x()</script></body></html>',
    );
    writeFileSync(join(dir, 'deep.html'), `<html><body>${'<div>'.repeat(4000)}</body></html>`);
    writeFileSync(join(dir, 'ferry.md'), FERRY_MARKDOWN.replace('date: 2024-05-06', 'date: [2024'));
    writeFileSync(join(dir, 'ferry.meta.json'), JSON.stringify({ published: '2024-05-06' }));
    const r = ingest();
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/FAIL deep\.html: the page's elements nest more than 3,000 deep/u);
    expect(r.stdout).toMatch(/FAIL empty\.htm: no article text was found in the page/u);
    expect(r.stdout).toMatch(/ok {3}ferry\.md: .*warnings: the front matter is not valid YAML/u);
    const documents = r.timeline().documents;
    expect(documents.map((d) => d.file).sort()).toEqual(['dam.html', 'ferry.md']);
    expect(documents.find((d) => d.file === 'dam.html')).toMatchObject({
      title: 'Dam Opens',
      published: '2024-03-05',
      outlet: 'The Valley Post',
      byline: 'Ana Ruiz',
    });
    expect(documents.find((d) => d.file === 'ferry.md')).toMatchObject({
      published: '2024-05-06',
    });
  });
});
