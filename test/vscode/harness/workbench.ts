import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Frame, Page } from 'playwright-core';
import { resultsDir } from './paths';
import type { CodeServer } from './server';

/** URL of a workbench window; `payload` is VS Code's ?payload= (extensionDevelopmentPath, extensionTestsPath). */
export function workbenchUrl(server: CodeServer, payload: Record<string, string> = {}): string {
  const remote = (path: string) => `vscode-remote://${server.authority}${path}`;
  const entries = Object.entries(payload).map(([key, path]) => [key, remote(path)]);
  const query = `folder=${encodeURIComponent(server.workspace)}` + (entries.length ? `&payload=${encodeURIComponent(JSON.stringify(entries))}` : '');
  return `${server.url}/?${query}`;
}

/** Waits for the workbench parts, then for "Activating Extensions..." to leave the status bar. */
export async function waitForWorkbench(page: Page, timeout = 90_000): Promise<void> {
  for (const part of ['.monaco-workbench', '.monaco-workbench .part.statusbar', '.monaco-workbench .part.activitybar']) {
    await page.waitForSelector(part, { timeout });
  }
  await page.waitForTimeout(1000);
  await page.waitForFunction(() => !document.querySelector('.part.statusbar')?.textContent?.includes('Activating Extensions'), null, { timeout });
}

/**
 * Opens a quick input with `key`, types `text` and clicks the row containing `rowText` (every
 * string of it, when it is a list).
 * An open palette does not refresh when an extension registers commands, and contributions can
 * arrive seconds after the workbench looks ready: so close, wait and retry until `timeout`.
 */
export async function pickFromQuickInput(page: Page, key: string, text: string, rowText: string | string[], timeout = 30_000): Promise<void> {
  const deadline = Date.now() + timeout;
  const input = page.locator('.quick-input-widget input');
  for (let attempt = 1; ; attempt++) {
    await page.keyboard.press(key);
    await input.waitFor({ state: 'visible', timeout: 10_000 });
    await input.fill(text);
    let rows = page.locator('.quick-input-list .monaco-list-row');
    for (const part of [rowText].flat()) rows = rows.filter({ hasText: part });
    const row = rows.first();
    try {
      await row.waitFor({ state: 'visible', timeout: 2500 });
      await row.click();
      return;
    } catch {
      const offered = await page.locator('.quick-input-list .monaco-list-row').allTextContents().catch(() => []);
      await page.keyboard.press('Escape');
      if (Date.now() > deadline) {
        throw new Error(`${JSON.stringify(rowText)} not offered after ${attempt} attempts (${timeout} ms); rows: ${JSON.stringify(offered.slice(0, 8))}`);
      }
      await page.waitForTimeout(1000);
    }
  }
}

/** Runs a command from the Command Palette by its title as shown there, e.g. "Sightline: Show CLI Help". */
export function runCommand(page: Page, title: string, timeout?: number): Promise<void> {
  return pickFromQuickInput(page, 'F1', `>${title}`, title, timeout);
}

/** Opens a workspace file through Quick Open (Ctrl+P): a name, or a path relative to the folder. */
export function quickOpen(page: Page, path: string, timeout?: number): Promise<void> {
  // A row shows the file name, then its folder, as separate labels.
  const slash = path.lastIndexOf('/');
  const parts = slash < 0 ? [path] : [path.slice(slash + 1), path.slice(0, slash)];
  return pickFromQuickInput(page, 'Control+P', path, parts, timeout);
}

/**
 * The frame of the first webview whose document matches `selector`. Panels, custom editors and
 * notebook outputs are all two iframes deep: iframe.webview, then iframe#active-frame inside it.
 */
export async function webviewFrame(page: Page, selector: string, timeout = 30_000): Promise<Frame> {
  const deadline = Date.now() + timeout;
  while (Date.now() < deadline) {
    for (const frame of page.frames()) {
      if (frame === page.mainFrame()) continue;
      try {
        if (await frame.$(selector)) return frame;
      } catch {
        // detached or navigating
      }
    }
    await page.waitForTimeout(250);
  }
  throw new Error(`no webview holds ${selector} after ${timeout} ms; frames:\n${describeFrames(page)}`);
}

/** Text of `selector` inside the first webview that has it. */
export async function webviewText(page: Page, selector: string, timeout?: number): Promise<string> {
  const frame = await webviewFrame(page, selector, timeout);
  return (await frame.locator(selector).first().textContent()) ?? '';
}

export function describeFrames(page: Page): string {
  return page
    .frames()
    .map((frame) => {
      let depth = 0;
      for (let parent = frame.parentFrame(); parent; parent = parent.parentFrame()) depth++;
      return `${'  '.repeat(depth)}${frame.url().slice(0, 160)}`;
    })
    .join('\n');
}

/** Saves test-results/<name>.png and returns its path. */
export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(resultsDir, { recursive: true });
  const path = join(resultsDir, `${name.replace(/[^\w.-]+/g, '-')}.png`);
  await page.screenshot({ path });
  return path;
}
