import { existsSync } from 'node:fs';
import { join } from 'node:path';
import * as vscode from 'vscode';
import type { Services } from '../services';
import type { RendererToHost } from '../../core/protocol';
import { imageBytes, safeFileName } from './imageData';
import { parseRendererMessage, resultSource } from './rendererMessages';

export const RENDERER_ID = 'sightline.renderer';

/** Handles the buttons of the notebook renderer: "Open in panel" and "Save PNG/SVG". */
export function registerRendererMessaging(services: Services): void {
  const messaging = vscode.notebooks.createRendererMessaging(RENDERER_ID);
  services.context.subscriptions.push(
    messaging.onDidReceiveMessage(({ message }) => {
      const parsed = parseRendererMessage(message);
      if (!parsed) {
        services.log.warn('ignored a malformed message from the notebook renderer');
        return;
      }
      void handle(parsed, services).catch((error: unknown) => {
        void vscode.window.showErrorMessage(`Sightline: ${error instanceof Error ? error.message : String(error)}`);
      });
    }),
  );
}

async function handle(message: RendererToHost, services: Services): Promise<void> {
  switch (message.type) {
    case 'openInPanel': {
      const source = resultSource(message.result);
      if (!source || !existsSync(source)) {
        void vscode.window.showInformationMessage(
          'Sightline: this result was computed from data in the notebook, not from files, so there is no pipeline to open in a panel.',
        );
        return;
      }
      services.log.info(`opening ${source} in the overview panel`);
      await vscode.commands.executeCommand('sightline.showOverview', vscode.Uri.file(source));
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
