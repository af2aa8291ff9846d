// Type-check each layer with its own tsconfig: the configs' lib/types make cross-layer imports
// (vscode in core, DOM in the host, Node in webviews) compile errors.
import { execFileSync } from 'node:child_process';

const layers = ['core', 'cli', 'extension', 'webviews', 'test'];
const tsc = new URL('../node_modules/typescript/bin/tsc', import.meta.url).pathname;
let failed = false;
for (const layer of layers) {
  try {
    execFileSync(process.execPath, [tsc, '--noEmit', '-p', `${layer}/tsconfig.json`], { stdio: 'inherit' });
  } catch {
    failed = true;
    console.error(`type errors in ${layer}/`);
  }
}
process.exit(failed ? 1 : 0);
