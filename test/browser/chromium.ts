/**
 * Launches the system's Chromium (Debian's /usr/bin/chromium) through playwright-core, with the
 * flags this machine needs: no sandbox as root, and no background networking (the network is
 * closed, and Chromium's own connections would otherwise be refused many at a time).
 */
import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export const CHROMIUM_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export async function launchChromium(): Promise<Browser> {
  if (!existsSync(CHROMIUM_PATH)) {
    throw new Error(
      `No Chromium at ${CHROMIUM_PATH}: install it with 'apt-get install -y chromium' (bash .ci/run does).`,
    );
  }
  // playwright-core makes its own empty user-data-dir for each launch.
  return chromium.launch({ executablePath: CHROMIUM_PATH, headless: true, args: CHROMIUM_FLAGS });
}
