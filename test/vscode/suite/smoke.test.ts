import * as assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as vscode from 'vscode';
import { suite, test } from 'mocha';
import { activateSightline, demoFolder, sightline, waitFor } from './support';

interface Contributes {
  commands: { command: string; title: string }[];
  jsonValidation: { fileMatch: string | string[]; url: string }[];
}

const contributes = () => sightline().packageJSON.contributes as Contributes;

suite('smoke', () => {
  test('the demo workspace is open', () => {
    assert.ok(readFileSync(join(demoFolder().fsPath, 'sightline.json'), 'utf8').includes('"stages"'));
  });

  test('the extension activates in under 300 ms', async () => {
    const api = await activateSightline();
    assert.equal(sightline().isActive, true);
    assert.equal(typeof api.activationMs, 'number');
    console.log(`      activation took ${api.activationMs.toFixed(1)} ms`);
    assert.ok(api.activationMs < 300, `activation took ${api.activationMs.toFixed(1)} ms`);
  });

  test('every contributed command is registered', async () => {
    await activateSightline();
    const registered = new Set(await vscode.commands.getCommands(true));
    const missing = contributes().commands.filter((c) => !registered.has(c.command)).map((c) => c.command);
    assert.deepEqual(missing, [], `contributed but not registered: ${missing.join(', ')}`);
  });

  test('sightline.json is validated against the bundled schema', () => {
    const validation = contributes().jsonValidation.find((v) => [v.fileMatch].flat().includes('sightline.json'));
    assert.ok(validation, 'no jsonValidation contribution for sightline.json');
    const schema = JSON.parse(readFileSync(join(sightline().extensionPath, validation.url), 'utf8'));
    assert.equal(typeof schema.properties?.stages, 'object');
  });

  test('a manifest that breaks the schema gets a diagnostic', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'sightline-schema-'));
    try {
      const file = join(dir, 'sightline.json');
      writeFileSync(file, JSON.stringify({ version: 1, name: 'bad', stages: 'not a list' }, null, 2));
      const uri = vscode.Uri.file(file);
      await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri));
      // The JSON language server starts and fetches the schema on first use.
      await waitFor(() => vscode.languages.getDiagnostics(uri).length > 0, 'a schema diagnostic', 30_000);
      const messages = vscode.languages.getDiagnostics(uri).map((d) => d.message);
      assert.ok(messages.some((m) => /array/i.test(m)), `diagnostics: ${JSON.stringify(messages)}`);
    } finally {
      await vscode.commands.executeCommand('workbench.action.closeAllEditors');
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
