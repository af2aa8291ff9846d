import { mkdirSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ensureCodeServer } from './harness/install';
import { runExtensionTests } from './harness/extensionTests';
import { runMochaFiles } from './harness/mochaRunner';
import { checkRunPrerequisites } from './harness/prerequisites';
import { installExtension } from './harness/server';
import { screenshotOpenSessions } from './harness/session';
import { ensureDemoWorkspace } from './harness/workspace';
import { HarnessError } from './harness/errors';
import { run } from './harness/exec';
import { buildDir, cacheDir, repoRoot, resultsDir } from './harness/paths';
import { grepEnv, type SuiteResults } from './harness/results';

export type Phase = 'suite' | 'ui' | 'vsix';
export const phases: Phase[] = ['suite', 'ui', 'vsix'];

export interface DriverOptions {
  only: Phase[];
  grep?: string;
}

const timings: string[] = [];
async function timed<T>(label: string, body: () => T | Promise<T>): Promise<T> {
  const started = Date.now();
  try {
    return await body();
  } finally {
    timings.push(`${label} ${((Date.now() - started) / 1000).toFixed(1)} s`);
  }
}

const heading = (text: string) => console.log(`\n==> ${text}`);
const hostLog = (line: string) => console.log(line);

const runPhase: Record<Phase, (options: DriverOptions, workspace: string) => Promise<SuiteResults>> = {
  suite: (options, workspace) =>
    runExtensionTests({
      name: 'suite',
      workspace,
      extensionDevelopmentPath: repoRoot,
      extensionTestsPath: join(buildDir, 'suite/index'),
      grep: options.grep,
      log: hostLog,
    }),

  ui: (options) => {
    if (options.grep) process.env[grepEnv] = options.grep;
    return runMochaFiles(join(buildDir, 'ui'), '.ui.js', 180_000, async (title) => {
      const shots = await screenshotOpenSessions(`failed-${title}`);
      if (shots.length) console.log(`      screenshots: ${shots.join(', ')}`);
    });
  },

  async vsix(options, workspace) {
    const vsix = join(cacheDir, 'sightline.vsix');
    const logFile = join(resultsDir, 'vsce.log');
    const code = await timed('vsce package', () =>
      run(join(repoRoot, 'node_modules/.bin/vsce'), ['package', '--no-dependencies', '--no-rewrite-relative-links', '--allow-missing-repository', '--out', vsix], { cwd: repoRoot, logFile }),
    );
    if (code !== 0) throw new HarnessError(`vsce package failed (exit ${code}), see ${logFile}`);
    console.log(`packaged ${vsix} (${(statSync(vsix).size / 1e6).toFixed(2)} MB)`);
    const extensionsDir = mkdtempSync(join(tmpdir(), 'slext-'));
    try {
      await timed('install .vsix', () => installExtension(vsix, extensionsDir));
      return await runExtensionTests({
        name: 'vsix',
        workspace,
        extensionsDir,
        env: { SIGHTLINE_REPO_ROOT: repoRoot },
        extensionDevelopmentPath: join(buildDir, 'vsix'),
        extensionTestsPath: join(buildDir, 'vsix/index'),
        grep: options.grep,
        log: hostLog,
      });
    } finally {
      rmSync(extensionsDir, { recursive: true, force: true });
    }
  },
};

const titles: Record<Phase, string> = {
  suite: 'integration suite in the extension host (test/vscode/suite)',
  ui: 'UI tests in headless Chromium (test/vscode/ui)',
  vsix: 'the packaged .vsix installed into code-server (test/vscode/vsix)',
};

/** Runs the chosen phases; resolves with the process exit code. */
export async function main(options: DriverOptions): Promise<number> {
  const started = Date.now();
  mkdirSync(resultsDir, { recursive: true });
  let workspace: string;
  try {
    checkRunPrerequisites();
    await timed('code-server install check', () => ensureCodeServer());
    workspace = await timed('demo workspace', () => ensureDemoWorkspace());
  } catch (error) {
    console.error(`\nVS Code tests cannot run: ${error instanceof HarnessError ? error.message : (error as Error).stack}`);
    console.log('vscode: 0 passed, 1 failed');
    return 1;
  }

  const total: SuiteResults = { passed: 0, failed: 0, failures: [] };
  for (const phase of options.only) {
    heading(titles[phase]);
    let results: SuiteResults;
    try {
      results = await timed(phase, () => runPhase[phase](options, workspace));
    } catch (error) {
      const message = error instanceof HarnessError ? error.message : (error as Error).stack ?? String(error);
      results = { passed: 0, failed: 1, failures: [`${phase}: ${message}`] };
    }
    console.log(`${phase}: ${results.passed} passed, ${results.failed} failed`);
    total.passed += results.passed;
    total.failed += results.failed;
    total.failures.push(...results.failures.map((f) => `[${phase}] ${f}`));
  }

  heading('summary');
  console.log(`timings: ${timings.join(', ')}; total ${((Date.now() - started) / 1000).toFixed(1)} s`);
  console.log(`screenshots and server logs: ${resultsDir}`);
  for (const failure of total.failures) console.log(`  FAILED ${failure}`);
  if (total.passed + total.failed === 0) {
    console.log('no VS Code tests ran (check --grep)');
    return 1;
  }
  console.log(`vscode: ${total.passed} passed, ${total.failed} failed`);
  return total.failed > 0 ? 1 : 0;
}
