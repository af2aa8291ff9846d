import { existsSync } from 'node:fs';
import { join } from 'node:path';
import * as vscode from 'vscode';
import type { Services } from '../services';
import type { HostToRenderer, RendererToHost } from '../../core/protocol';
import { imageBytes, safeFileName } from './imageData';
import { parseRendererMessage, resultSource } from './rendererMessages';
import { panelCommand, panelKinds } from './panelCommands';
import { insertDrillDownCell } from './insertDrillDownCell';

export const RENDERER_ID = 'sightline.renderer';

/**
 * Handles the renderer's hello (answered with what the host opens) and its buttons: "Open in
 * panel", "Save PNG/SVG", and drill-downs (a click on a slice, incident or lineage stage inserts
 * a cell reproducing it below the output).
 */
export function registerRendererMessaging(services: Services): void {
  const messaging = vscode.notebooks.createRendererMessaging(RENDERER_ID);
  services.context.subscriptions.push(
    messaging.onDidReceiveMessage(({ editor, message }) => {
      const parsed = parseRendererMessage(message);
      if (!parsed) {
        services.log.warn('ignored a malformed message from the notebook renderer');
        return;
      }
      if (parsed.type === 'hello') {
        void panelKinds().then((kinds) => messaging.postMessage({ type: 'capabilities', openInPanel: kinds } satisfies HostToRenderer, editor));
        return;
      }
      void handle(parsed, services, editor).catch((error: unknown) => {
        void vscode.window.showErrorMessage(`Sightline: ${error instanceof Error ? error.message : String(error)}`);
      });
    }),
  );
}

async function handle(message: Exclude<RendererToHost, { type: 'hello' }>, services: Services, editor: vscode.NotebookEditor): Promise<void> {
  switch (message.type) {
    case 'drillDown': {
      const index = await insertDrillDownCell(editor, message.drill, message.outputId);
      services.log.info(`inserted a ${message.drill.kind} drill-down cell at ${index}`);
      return;
    }
    case 'openInPanel': {
      const source = resultSource(message.result);
      const command = panelCommand(message.result.kind);
      if (!command) {
        void vscode.window.showInformationMessage(`Sightline: ${message.result.kind} results do not open in a panel.`);
        return;
      }
      if (!source || !existsSync(source)) {
        void vscode.window.showInformationMessage(
          'Sightline: this result was computed from data in the notebook, not from files, so there is no pipeline to open in a panel.',
        );
        return;
      }
      services.log.info(`opening ${source} with ${command}`);
      await vscode.commands.executeCommand(command, vscode.Uri.file(source), message.result);
      return;
    }
    case 'saveImage': {
      const bytes = imageBytes(message.data, message.format);
      const folder = vscode.workspace.workspaceFolders?.[0]?.uri.fsPath;
      const name = safeFileName(message.suggestedName, message.format);
      const target = await vscode.window.showSaveDialog({
        title: 'Save Chart',
        defaultUri: folder ? vscode.Uri.file(join(folder, name)) : undefined,
        filters: message.format === 'png' ? { 'PNG image': ['png'] } : { 'SVG image': ['svg'] },
      });
      if (!target) return;
      await vscode.workspace.fs.writeFile(target, bytes);
      void vscode.window.showInformationMessage(`Sightline: saved ${vscode.workspace.asRelativePath(target)}`);
      return;
    }
  }
}
