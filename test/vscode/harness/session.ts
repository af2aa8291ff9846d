import { mkdtempSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Frame, Page } from 'playwright-core';
import { launchBrowser, type Browser } from './browser';
import { repoRoot } from './paths';
import { startCodeServer, type CodeServer, type ServerOptions } from './server';
import { demoWorkspace } from './workspace';
import { runCommand, screenshot, waitForWorkbench, webviewFrame, webviewText, workbenchUrl } from './workbench';

export type SessionOptions = Partial<ServerOptions>;

// Open sessions, shared by every bundle that includes the harness (each UI test file is its own
// bundle): the UI runner screenshots them when a test fails.
const openSessions: Set<VSCodeSession> = ((globalThis as Record<symbol, unknown>)[Symbol.for('sightline.vscode.sessions')] ??= new Set()) as Set<VSCodeSession>;

/** Screenshots every open workbench into test-results/<prefix>-<n>.png. */
export async function screenshotOpenSessions(prefix: string): Promise<string[]> {
  const shots = [...openSessions].map((session, i) => session.screenshot(`${prefix}-${i + 1}`).catch(() => ''));
  return (await Promise.all(shots)).filter(Boolean);
}

/** One code-server + one Chromium page showing its workbench: what a UI test drives. */
export interface VSCodeSession {
  server: CodeServer;
  page: Page;
  runCommand(title: string, timeout?: number): Promise<void>;
  webviewFrame(selector: string, timeout?: number): Promise<Frame>;
  webviewText(selector: string, timeout?: number): Promise<string>;
  screenshot(name: string): Promise<string>;
  close(): Promise<void>;
}

/**
 * An extensions folder holding the repository as an installed extension (a symlink: dist/ as
 * built). Not extensionDevelopmentPath: a development-host window in code-server ignores the
 * user settings, so the theme and other settings would not apply.
 */
function linkedExtensionsDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'slext-'));
  const { publisher, name, version } = JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8'));
  symlinkSync(repoRoot, join(dir, `${publisher}.${name}-${version}`));
  return dir;
}

/**
 * Starts a server on the demo workspace with Sightline installed (theme and settings applied
 * before start) and opens its workbench. Pass `extensionsDir` to use other extensions instead.
 */
export async function openVSCode(options: SessionOptions = {}): Promise<VSCodeSession> {
  const ownExtensions = options.extensionsDir ? undefined : linkedExtensionsDir();
  const server = await startCodeServer({ workspace: demoWorkspace, name: 'ui', extensionsDir: ownExtensions, ...options }).catch((error) => {
    if (ownExtensions) rmSync(ownExtensions, { recursive: true, force: true });
    throw error;
  });
  let browser: Browser | undefined;
  const closeAll = async () => {
    await browser?.close();
    await server.stop();
    if (ownExtensions) rmSync(ownExtensions, { recursive: true, force: true });
  };
  try {
    browser = await launchBrowser();
    const page = browser.page;
    await page.goto(workbenchUrl(server));
    await waitForWorkbench(page);
    const session: VSCodeSession = {
      server,
      page,
      runCommand: (title, timeout) => runCommand(page, title, timeout),
      webviewFrame: (selector, timeout) => webviewFrame(page, selector, timeout),
      webviewText: (selector, timeout) => webviewText(page, selector, timeout),
      screenshot: (name) => screenshot(page, name),
      async close() {
        openSessions.delete(session);
        await closeAll();
      },
    };
    openSessions.add(session);
    return session;
  } catch (error) {
    await closeAll();
    throw error;
  }
}
