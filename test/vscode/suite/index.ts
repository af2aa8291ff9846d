/**
 * Integration suite run INSIDE the VS Code extension host (code-server here, Electron with
 * `npm run test:electron`), with the real `vscode` API and the extension loaded from dist/.
 *
 * To add tests: create test/vscode/suite/<feature>.test.ts, TDD style, importing what it uses:
 *
 *   import * as assert from 'node:assert/strict';
 *   import * as vscode from 'vscode';
 *   import { suite, test } from 'mocha';
 *   import { activateSightline, demoFolder } from './support';
 *
 *   suite('my feature', () => {
 *     test('does a thing', async () => {
 *       await activateSightline();
 *       await vscode.commands.executeCommand('sightline.showOverview');
 *     });
 *   });
 *
 * Nothing to register: scripts/vscode/run.mjs bundles every suite/*.test.ts and this runner
 * loads every *.test.js next to it. The workspace is the demo pipeline (do not write into it).
 * Run only this suite, filtered: `node scripts/vscode/run.mjs --only=suite --grep="my feature"`.
 */
import { runInExtensionHost } from '../harness/mochaRunner';

export function run(): Promise<void> {
  return runInExtensionHost(__dirname);
}
