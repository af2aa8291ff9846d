import { readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Mocha from 'mocha';
import { grepEnv, resultsEnv, type SuiteResults } from './results';

/**
 * Runs every `*<suffix>` file of `dir` with mocha (TDD: suite/test/suiteSetup) and resolves with
 * the counts. Used in the extension host (test/vscode/suite, test/vscode/vsix) and in Node for
 * the UI tests.
 */
export function runMochaFiles(dir: string, suffix: string, timeout: number, onFailure?: (title: string) => Promise<void>): Promise<SuiteResults> {
  const grep = process.env[grepEnv];
  const rootHooks: Mocha.RootHookObject = {
    async afterEach(this: Mocha.Context) {
      if (onFailure && this.currentTest?.state === 'failed') await onFailure(this.currentTest.fullTitle());
    },
  };
  const mocha = new Mocha({ ui: 'tdd', reporter: 'spec', color: false, timeout, rootHooks, ...(grep ? { grep } : {}) });
  for (const file of readdirSync(dir).filter((name) => name.endsWith(suffix)).sort()) mocha.addFile(join(dir, file));
  const results: SuiteResults = { passed: 0, failed: 0, failures: [] };
  return new Promise((resolve) => {
    mocha
      .run(() => resolve(results))
      .on('pass', () => results.passed++)
      .on('fail', (test, error: Error) => {
        results.failed++;
        results.failures.push(`${test.fullTitle()}: ${String(error?.message ?? error).split('\n')[0]}`);
      });
  });
}

/** The run() that VS Code calls for extensionTestsPath: rejecting makes the host exit with code 1. */
export async function runInExtensionHost(dir: string): Promise<void> {
  const results = await runMochaFiles(dir, '.test.js', 60_000);
  console.log(`${results.passed} passed, ${results.failed} failed`);
  const file = process.env[resultsEnv];
  if (file) writeFileSync(file, JSON.stringify(results));
  if (results.failed > 0) throw new Error(`${results.failed} test(s) failed`);
}
