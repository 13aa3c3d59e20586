/**
 * A Markdown article to its plain text: headings, paragraphs, list items, quotes and the cells
 * of a pipe table are paragraphs of their own; emphasis and links are their words; images are
 * their alt text; code is kept as text; raw HTML is dropped (never rendered, never read). Its
 * metadata comes from the YAML front matter (frontMatter.ts), and its title from the first
 * level-1 heading when the front matter gives none. A front matter's title heads the text, as the
 * ingest reads the first line as the headline. Limits: CommonMark with front matter, no GFM
 * (a pipe table is read from its lines: a cell holding an escaped "|" is split there).
 */
import { fromMarkdown } from 'mdast-util-from-markdown';
import { frontmatterFromMarkdown } from 'mdast-util-frontmatter';
import { frontmatter } from 'micromark-extension-frontmatter';
import { defined, oneLine, sameWords, type FormatReading } from './fields';
import { readFrontMatter } from './frontMatter';

type MarkdownRoot = ReturnType<typeof fromMarkdown>;
type MarkdownNode = MarkdownRoot | MarkdownRoot['children'][number];

/** Stands for a hard line break inside a paragraph, apart from its soft ones. */
const HARD_BREAK = '\u2028';

/** The words of a heading or paragraph, line breaks included; nothing of its markup. */
function inlineText(node: MarkdownNode): string {
  const parts: string[] = [];
  const stack: MarkdownNode[] = [node];
  for (let next = stack.pop(); next !== undefined; next = stack.pop()) {
    if (next.type === 'text' || next.type === 'inlineCode') parts.push(next.value);
    else if (next.type === 'break') parts.push(HARD_BREAK);
    else if (next.type === 'image' || next.type === 'imageReference') parts.push(next.alt ?? '');
    else if (next.type !== 'html' && 'children' in next) {
      for (let k = next.children.length - 1; k >= 0; k--) {
        const child = next.children[k];
        if (child !== undefined) stack.push(child);
      }
    }
  }
  return parts.join('');
}

/** Lines of text, each with its spaces collapsed; blank lines dropped. */
function cleanLines(lines: readonly string[]): string {
  return lines
    .map((line) => line.replace(/\s+/gu, ' ').trim())
    .filter((line) => line.length > 0)
    .join('\n');
}

const TABLE_DELIMITER_ROW = /^\s*\|?\s*:?-+:?\s*(?:\|\s*:?-+:?\s*)*\|?\s*$/u;

/** The cells of a pipe table ("| a | b |" over "|---|---|"), or undefined if it is not one. */
function tableCells(text: string): string[] | undefined {
  const rows = text.split('\n');
  const delimiter = rows[1];
  if (delimiter === undefined || !delimiter.includes('|') || !TABLE_DELIMITER_ROW.test(delimiter))
    return undefined;
  if (!(rows[0] ?? '').includes('|')) return undefined;
  const cells: string[] = [];
  rows.forEach((row, n) => {
    if (n === 1) return;
    for (const cell of row
      .trim()
      .replace(/^\||\|$/gu, '')
      .split('|')) {
      const words = cleanLines(cell.split(HARD_BREAK));
      if (words.length > 0) cells.push(words);
    }
  });
  return cells;
}

interface MarkdownReading {
  blocks: string[];
  firstHeading?: string;
  yaml?: string;
}

/** The document's paragraphs in order, walked without recursion (quotes nest deep). */
function readTree(root: MarkdownRoot): MarkdownReading {
  const reading: MarkdownReading = { blocks: [] };
  const stack: MarkdownNode[] = [root];
  for (let node = stack.pop(); node !== undefined; node = stack.pop()) {
    if (node.type === 'yaml') reading.yaml ??= node.value;
    else if (node.type === 'heading') {
      const text = cleanLines(inlineText(node).split(HARD_BREAK));
      if (text.length > 0) reading.blocks.push(text);
      const title = node.depth === 1 ? oneLine(text) : undefined;
      if (title !== undefined) reading.firstHeading ??= title;
    } else if (node.type === 'paragraph') {
      const raw = inlineText(node);
      const cells = tableCells(raw);
      if (cells !== undefined) for (const cell of cells) reading.blocks.push(cell);
      else {
        const text = cleanLines(raw.split(HARD_BREAK));
        if (text.length > 0) reading.blocks.push(text);
      }
    } else if (node.type === 'code') {
      const text = node.value
        .split('\n')
        .map((line) => line.trimEnd())
        .filter((line) => line.trim().length > 0)
        .join('\n');
      if (text.length > 0) reading.blocks.push(text);
    } else if (node.type !== 'html' && 'children' in node) {
      for (let k = node.children.length - 1; k >= 0; k--) {
        const child = node.children[k];
        if (child !== undefined) stack.push(child);
      }
    }
  }
  return reading;
}

export function readMarkdown(source: string): FormatReading {
  const tree = fromMarkdown(source.replace(/^\uFEFF/u, ''), {
    extensions: [frontmatter(['yaml'])],
    mdastExtensions: [frontmatterFromMarkdown(['yaml'])],
  });
  const { blocks, firstHeading, yaml } = readTree(tree);
  const front = yaml === undefined ? { meta: {}, warnings: [] } : readFrontMatter(yaml);
  const title = front.meta.title ?? firstHeading;
  const opensWithTitle = title !== undefined && sameWords(blocks[0] ?? '', title);
  const body = opensWithTitle ? blocks.slice(1) : blocks;
  if (body.length === 0) return { error: 'no article text was found in the file' };
  // A front matter's title heads the text; a heading further down stays where it is, once.
  const head = title !== undefined && (opensWithTitle || front.meta.title !== undefined);
  return {
    text: (head ? [title] : []).concat(body).join('\n\n'),
    meta: { ...front.meta, ...defined({ title }) },
    warnings: front.warnings,
  };
}
