import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { CHROMIUM, checkRunPrerequisites } from './prerequisites';

export interface Browser {
  context: BrowserContext;
  page: Page;
  close(): Promise<void>;
}

const args = [
  '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
];

/** Debian's headless Chromium with a throwaway profile (playwright kills its process group on close or exit). */
export async function launchBrowser(viewport = { width: 1400, height: 900 }): Promise<Browser> {
  checkRunPrerequisites();
  const dir = mkdtempSync(join(tmpdir(), 'slchrome-'));
  // Otherwise Chromium writes crash reports, dconf and scoped dirs under $HOME and /tmp.
  const home = join(dir, 'home');
  mkdirSync(join(home, 'tmp'), { recursive: true });
  const context = await chromium.launchPersistentContext(join(dir, 'profile'), {
    executablePath: CHROMIUM,
    headless: true,
    args,
    env: { ...process.env, HOME: home, XDG_CACHE_HOME: join(home, '.cache'), XDG_CONFIG_HOME: join(home, '.config'), TMPDIR: join(home, 'tmp') },
    viewport,
  });
  const page = context.pages()[0] ?? (await context.newPage());
  return {
    context,
    page,
    async close() {
      await context.close().catch(() => undefined);
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
