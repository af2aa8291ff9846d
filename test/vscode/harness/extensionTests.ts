import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { format } from 'node:util';
import { launchBrowser } from './browser';
import { startCodeServer, type ServerOptions } from './server';
import { screenshot, workbenchUrl } from './workbench';
import { grepEnv, resultsEnv, type SuiteResults } from './results';

// The workbench's own chatter on the same channel: connection set-up, and the extension
// gallery (open-vsx.org) it cannot reach offline. Everything else is printed.
const workbenchNoise = /^(Resolving connection token|Resolved connection token|Creating a socket|\[Service Worker\]|Updating additional builtin|ChatSessionStore)|ENOTFOUND open-vsx\.org/;

export interface ExtensionTestOptions extends ServerOptions {
  extensionDevelopmentPath: string;
  /** Module exporting run(), as for @vscode/test-electron (without the .js). */
  extensionTestsPath: string;
  grep?: string;
  timeoutMs?: number;
  /** Receives the extension host's console (mocha's spec reporter). */
  log?: (line: string) => void;
}

/**
 * Runs a mocha suite inside code-server's Node extension host, like @vscode/test-electron: the
 * workbench opened with extensionTestsPath calls window.codeAutomationLog with the host's console
 * and window.codeAutomationExit with the suite's exit code. The counts come from the JSON file
 * the runner (harness/mochaRunner) writes to $SIGHTLINE_SUITE_RESULTS; the host inherits the
 * server's environment.
 */
export async function runExtensionTests(options: ExtensionTestOptions): Promise<SuiteResults> {
  const { extensionDevelopmentPath, extensionTestsPath, grep, timeoutMs = 300_000, log = console.log, ...serverOptions } = options;
  const scratch = mkdtempSync(join(tmpdir(), 'slres-'));
  const resultsFile = join(scratch, 'results.json');
  const env = { ...serverOptions.env, [resultsEnv]: resultsFile, ...(grep ? { [grepEnv]: grep } : {}) };
  const server = await startCodeServer({ ...serverOptions, env });
  const browser = await launchBrowser().catch(async (error) => {
    await server.stop();
    throw error;
  });
  try {
    const { page } = browser;
    let resolveExit!: (code: number | 'timeout') => void;
    const exitCode = new Promise<number | 'timeout'>((resolve) => (resolveExit = resolve));
    const timer = setTimeout(() => resolveExit('timeout'), timeoutMs);
    await page.exposeFunction('codeAutomationExit', (code: number) => resolveExit(code));
    await page.exposeFunction('codeAutomationLog', (_type: string, args: unknown[]) => {
      const text = (Array.isArray(args) ? format(...args) : String(args)).replace(/\n$/, '');
      if (!workbenchNoise.test(text)) log(text);
    });
    page.on('pageerror', (error) => log(`[workbench error] ${error.message}`));
    await page.goto(workbenchUrl(server, { extensionDevelopmentPath, extensionTestsPath }));
    const code = await exitCode;
    clearTimeout(timer);
    if (code === 'timeout' || code !== 0) await screenshot(page, `${serverOptions.name}-end`).catch(() => undefined);
    const results = readResults(resultsFile);
    if (code === 'timeout') return addFailure(results, `suite did not finish within ${timeoutMs / 1000} s`);
    if (!results) return { passed: 0, failed: 1, failures: [`suite exited with code ${code} before reporting results (see the log above and ${server.logFile})`] };
    if (code !== 0 && results.failed === 0) return addFailure(results, `suite exited with code ${code}`);
    return results;
  } finally {
    await browser.close();
    await server.stop();
    rmSync(scratch, { recursive: true, force: true });
  }
}

function readResults(file: string): SuiteResults | undefined {
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as SuiteResults;
  } catch {
    return undefined;
  }
}

function addFailure(results: SuiteResults | undefined, failure: string): SuiteResults {
  const base = results ?? { passed: 0, failed: 0, failures: [] };
  return { passed: base.passed, failed: base.failed + 1, failures: [...base.failures, failure] };
}
