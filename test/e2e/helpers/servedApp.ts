/**
 * The app as a user opens it: `layerloom serve` in a fresh working folder (its runs go there), Chromium at
 * 1440×900 in English, the page at the served address with its empty state shown; page errors collected.
 */
import { mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchChromium } from './browser';
import { EditorPage } from './editorPage';
import { ensureRendererBuilt, ROOT, startServe, type Served } from './serve';
import { TrainPage } from './trainPage';

export const SHOTS = join(ROOT, 'test-results', 'screenshots');

export interface ServedApp {
  readonly served: Served;
  readonly browser: Browser;
  readonly context: BrowserContext;
  readonly page: Page;
  /** The engine's working folder (its runs/ go there), a fresh temporary one. */
  readonly workDir: string;
  readonly ed: EditorPage;
  readonly tp: TrainPage;
  /** Messages of the page's uncaught errors, in order. */
  readonly pageErrors: string[];
  close(): Promise<void>;
}

export interface ServedAppOptions {
  /** Called with the page before it opens the app, to listen from the first request on. */
  readonly beforeOpen?: (page: Page) => void;
}

/** `folderPrefix`: names the temporary working folder (e.g. 'layerloom-lessons-e2e-'). Downloads are accepted. */
export async function openServedApp(folderPrefix: string, options: ServedAppOptions = {}): Promise<ServedApp> {
  ensureRendererBuilt();
  mkdirSync(SHOTS, { recursive: true });
  const workDir = mkdtempSync(join(tmpdir(), folderPrefix));
  const served = await startServe({ cwd: workDir });
  const browser = await launchChromium();
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, locale: 'en-US', acceptDownloads: true });
  const page = await context.newPage();
  const pageErrors: string[] = [];
  page.on('pageerror', (e) => pageErrors.push(e.message));
  options.beforeOpen?.(page);
  await page.goto(served.url);
  await page.waitForSelector('[data-testid="empty-state"]');
  return {
    served, browser, context, page, workDir, ed: new EditorPage(page), tp: new TrainPage(page), pageErrors,
    async close() {
      await browser.close();
      await served.stop();
    },
  };
}
