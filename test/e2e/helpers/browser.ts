/** Debian chromium driven by playwright-core. */
import { chromium, type Browser } from 'playwright-core';
import { CHROMIUM, missingTools } from '../../helpers/tools';

export { CHROMIUM };

/** Why the browser tests cannot run (reported once per test run), or null. */
export function chromiumMissing(): string | null {
  return missingTools('chromium');
}

export function launchChromium(extraArgs: readonly string[] = []): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
      '--disable-sync', '--no-first-run', ...extraArgs],
  });
}
