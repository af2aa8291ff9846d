import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { SightlineExtensionApi } from '../../../extension/api';

export const extensionId = 'sightline.sightline';

export type SightlineApi = SightlineExtensionApi;

export function sightline(): vscode.Extension<SightlineApi> {
  const extension = vscode.extensions.getExtension<SightlineApi>(extensionId);
  assert.ok(extension, `${extensionId} is not loaded`);
  return extension;
}

export async function activateSightline(): Promise<SightlineApi> {
  return sightline().activate();
}

/** The demo workspace folder the tests open. */
export function demoFolder(): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, 'no workspace folder is open');
  return folder.uri;
}

/** Resolves when `condition` holds, polling; rejects with `what` after `timeoutMs`. */
export async function waitFor(condition: () => boolean | Promise<boolean>, what: string, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}
