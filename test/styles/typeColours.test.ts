/**
 * The event types' colours (app.css) against the page's surface in the light and the dark theme:
 * each at least 3:1 (WCAG's least contrast for graphics, the dots and edges they colour), one for
 * every type of the schema, and no two alike.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EVENT_TYPES } from '../../src/domain/schema';

const css = readFileSync(resolve(import.meta.dirname, '../../src/styles/app.css'), 'utf8');
const darkStart = css.indexOf('@media (prefers-color-scheme: dark)');
const themes = {
  light: css.slice(0, darkStart),
  dark: css.slice(darkStart, css.indexOf('}\n}', darkStart)),
};

function variable(block: string, name: string): string {
  const found = new RegExp(`--${name}:\\s*(#[0-9a-f]{6})`, 'i').exec(block);
  if (found?.[1] === undefined) throw new Error(`no --${name}`);
  return found[1];
}

function luminance(hex: string): number {
  const channel = (i: number): number => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(1) + 0.7152 * channel(3) + 0.0722 * channel(5);
}

function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

describe.each(Object.entries(themes))('event type colours, %s theme', (_theme, block) => {
  const surface = variable(block, 'surface');
  it.each(EVENT_TYPES.map((type) => [type]))('%s stands out 3:1 against the surface', (type) => {
    expect(contrast(variable(block, `type-${type}`), surface)).toBeGreaterThanOrEqual(3);
  });

  it('gives each type a colour of its own', () => {
    const colours = EVENT_TYPES.map((type) => variable(block, `type-${type}`).toLowerCase());
    expect(new Set(colours).size).toBe(EVENT_TYPES.length);
  });
});
