// `npm run test:electron`: the same integration suite (test/vscode/suite) in desktop VS Code,
// downloaded by @vscode/test-electron. It needs network access to update.code.visualstudio.com,
// so it is not part of `npm test` and cannot run on the offline CI machine; `npm test` runs the
// suite in code-server instead (scripts/vscode/run.mjs).
// A plain script, not a @vscode/test-cli config: the suite brings its own mocha runner.
import { runTests } from '@vscode/test-electron';
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';

const root = new URL('.', import.meta.url).pathname;
const node = (...args) => execFileSync(process.execPath, args, { cwd: root, stdio: 'inherit' });
node('scripts/vscode/run.mjs', '--build-only'); // dist/ and .test-build-vscode/
const workspace = join(root, '.vscode-test/electron-workspace');
node('dist/cli.js', 'demo', workspace, '--sample-every', '50', '--no-report', '--quiet');

try {
  await runTests({
    version: '1.100.3',
    extensionDevelopmentPath: root,
    extensionTestsPath: join(root, '.test-build-vscode/suite/index'),
    launchArgs: [workspace, '--disable-extensions', '--disable-workspace-trust'],
  });
} catch (error) {
  console.error(`integration suite failed: ${error}`);
  process.exit(1);
}
