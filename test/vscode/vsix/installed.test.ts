import * as assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import * as vscode from 'vscode';
import { suite, test } from 'mocha';

suite('installed .vsix', () => {
  test('activates from the extensions folder with its bundles and no node_modules', async () => {
    const extension = vscode.extensions.getExtension<{ activationMs: number }>('sightline.sightline');
    assert.ok(extension, 'sightline.sightline is not installed');
    const repo = process.env.SIGHTLINE_REPO_ROOT;
    assert.ok(repo && !extension.extensionPath.startsWith(repo), `loaded from ${extension.extensionPath}, not the installed copy`);
    const api = await extension.activate();
    console.log(`      installed at ${extension.extensionPath}; activation took ${api.activationMs.toFixed(1)} ms`);
    assert.equal(extension.isActive, true);
    for (const file of ['dist/extension.js', 'dist/analysisWorker.js', 'dist/parquet_wasm_bg.wasm', 'dist/ort-wasm-simd-threaded.wasm', 'dist/ort-wasm-simd-threaded.mjs', 'schemas/sightline.schema.json']) {
      assert.ok(existsSync(join(extension.extensionPath, file)), `${file} is not in the .vsix`);
    }
    assert.ok(!existsSync(join(extension.extensionPath, 'node_modules')), 'the .vsix carries node_modules');
  });
});
