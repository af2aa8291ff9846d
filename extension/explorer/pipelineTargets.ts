import { existsSync } from 'node:fs';
import * as vscode from 'vscode';

const OPENED_KEY = 'sightline.openedPipelines';
export const MANIFEST_GLOB = '**/sightline.json';
const EXCLUDE_GLOB = '**/node_modules/**';

/**
 * Where pipelines come from: every sightline.json in the workspace, plus the manifests and
 * single log files the user opened with "Open Pipeline" (remembered per workspace).
 */
export class PipelineTargets {
  constructor(private readonly state: vscode.Memento) {}

  async all(): Promise<string[]> {
    const found = await vscode.workspace.findFiles(MANIFEST_GLOB, EXCLUDE_GLOB);
    const targets = new Set([...found.map((uri) => uri.fsPath), ...this.opened()]);
    return [...targets].sort((a, b) => a.localeCompare(b));
  }

  async remember(target: string): Promise<void> {
    const opened = this.opened();
    if (!opened.includes(target)) await this.state.update(OPENED_KEY, [...opened, target]);
  }

  async forget(target: string): Promise<void> {
    await this.state.update(OPENED_KEY, this.opened().filter((t) => t !== target));
  }

  private opened(): string[] {
    return this.state.get<string[]>(OPENED_KEY, []).filter((target) => existsSync(target));
  }
}
