import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

/** Flags for a headless Chromium on a machine with no network and no display. */
export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--disable-sync',
];

/**
 * Finds a Chromium to drive, in this order: one named in CHROME_PATH,
 * Playwright's own download (a developer's machine), then the system's.
 */
export function findBrowser(): string {
  const candidates = [
    process.env.CHROME_PATH,
    safePlaywrightPath(),
    '/usr/bin/chromium',
    '/usr/bin/chromium-browser',
    '/usr/bin/google-chrome',
    '/usr/bin/google-chrome-stable',
    '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
    '/Applications/Chromium.app/Contents/MacOS/Chromium',
  ].filter((path): path is string => Boolean(path));
  const found = candidates.find((path) => existsSync(path));
  if (found) return found;
  throw new Error(
    [
      'No Chromium browser was found. The tests (and the PDF build) need one.',
      'Install one of these, then run the command again:',
      '  - on Debian or Ubuntu: sudo apt-get update && sudo apt-get install -y chromium',
      '  - anywhere with internet access: npx playwright install chromium',
      '  - or set CHROME_PATH to the full path of a Chrome or Chromium you already have.',
      `Looked in: ${candidates.join(', ')}`,
    ].join('\n'),
  );
}

function safePlaywrightPath(): string | undefined {
  try {
    return chromium.executablePath();
  } catch {
    return undefined;
  }
}

export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: findBrowser(), args: chromiumArgs, headless: true });
}
