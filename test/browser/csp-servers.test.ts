/**
 * The Content-Security-Policy of every way the app is served: `vite` (what `npm start` runs),
 * `vite preview` and the built page. One policy, made in one place (vite.config.ts), so that the
 * page a reader first sees is the hardened one: the dev server's adds only the hash of React
 * fast refresh's inline preamble. In Chromium the dev page loads and draws with no violation.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createServer, type ViteDevServer } from 'vite';
import type { Browser } from 'playwright-core';
import {
  CONTENT_SECURITY_POLICY,
  DEV_CONTENT_SECURITY_POLICY,
  REACT_REFRESH_PREAMBLE,
  contentSecurityPolicy,
} from '../../vite.config';
import { smallTimeline } from '../fixtures/smallTimeline';
import { launchChromium } from './chromium';
import { ROOT, serveProductionBuild } from './server';

const directives = (policy: string): Map<string, string[]> =>
  new Map(
    policy.split(';').map((part) => {
      const [name = '', ...values] = part.trim().split(/\s+/u);
      return [name, values] as const;
    }),
  );

/** The built page's meta policy, its HTML entities read back. */
function builtPolicy(): string | undefined {
  const html = readFileSync(resolve(ROOT, 'dist/index.html'), 'utf8');
  return /<meta http-equiv="Content-Security-Policy" content="([^"]+)"/u
    .exec(html)?.[1]
    ?.replace(/&#39;/gu, "'")
    .replace(/&quot;/gu, '"')
    .replace(/&amp;/gu, '&');
}

let dev: ViteDevServer;
let devUrl: string;
let browser: Browser;

beforeAll(async () => {
  dev = await createServer({
    root: ROOT,
    logLevel: 'silent',
    server: { host: '127.0.0.1', port: 0, strictPort: false },
  });
  await dev.listen();
  const address = dev.httpServer?.address();
  if (address === null || address === undefined || typeof address === 'string')
    throw new Error('the dev server has no port');
  devUrl = `http://127.0.0.1:${address.port}/`;
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await dev?.close();
});

describe('the Content-Security-Policy of each server', () => {
  it('is sent by the dev server as a header, the production policy with one script hash more', async () => {
    const response = await fetch(devUrl);
    const header = response.headers.get('content-security-policy');
    expect(header).toBe(DEV_CONTENT_SECURITY_POLICY);
    const devDirectives = directives(header ?? '');
    const production = directives(CONTENT_SECURITY_POLICY);
    for (const [name, values] of production) {
      if (name === 'script-src') {
        expect(devDirectives.get(name)?.slice(0, values.length)).toEqual(values);
        expect(devDirectives.get(name)).toHaveLength(values.length + 1);
      } else expect(devDirectives.get(name), name).toEqual(values);
    }
    expect([...devDirectives.keys()]).toEqual([...production.keys()]);
  });

  it('allows by hash every inline script of the dev page, and no other', async () => {
    const html = await (await fetch(devUrl)).text();
    const inline = [...html.matchAll(/<script\b(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/gu)].map(
      (match) => match[1] ?? '',
    );
    expect(inline).toEqual([REACT_REFRESH_PREAMBLE]);
    expect(DEV_CONTENT_SECURITY_POLICY).toBe(contentSecurityPolicy(inline));
  });

  it('is sent by vite preview as a header, the same text as the built page holds', async () => {
    const preview = await serveProductionBuild();
    try {
      const response = await fetch(preview.url);
      expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
      expect(builtPolicy()).toBe(CONTENT_SECURITY_POLICY);
    } finally {
      await preview.close();
    }
  });

  it('lets the dev page load, connect its update socket and draw, with no violation', async () => {
    const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.addInitScript(() => {
      const violations: string[] = [];
      Reflect.set(window, '__cspViolations', violations);
      document.addEventListener('securitypolicyviolation', (event) =>
        violations.push(`${event.violatedDirective} ${event.blockedURI}`),
      );
    });
    const sockets: string[] = [];
    page.on('websocket', (socket) => sockets.push(socket.url()));
    await page.route('**/seeds/timeline.json', (route) =>
      route.fulfill({
        contentType: 'application/json',
        body: JSON.stringify(smallTimeline),
      }),
    );
    await page.goto(devUrl);
    await page.locator('.event-item').first().waitFor({ timeout: 45_000 });
    const violations = await page.evaluate(
      () => Reflect.get(window, '__cspViolations') as string[],
    );
    expect(violations).toEqual([]);
    expect(errors).toEqual([]);
    expect(sockets.length).toBeGreaterThan(0);
    await page.close();
  });
});
