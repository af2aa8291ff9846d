/**
 * Runs in a code-server that has sightline.vsix installed (--install-extension) and no
 * development copy: extensionDevelopmentPath is an empty probe extension (package.json written
 * by scripts/vscode/run.mjs), so the Sightline under test is the packaged one.
 */
import { runInExtensionHost } from '../harness/mochaRunner';

export function run(): Promise<void> {
  return runInExtensionHost(__dirname);
}
