import * as vscode from 'vscode';
import type { Services } from '../services';
import { SightlineController } from './sightlineController';
import { newNotebook } from './newNotebook';
import { registerRendererMessaging } from './rendererMessaging';

/** The notebook kernel, the renderer's host side and "New Sightline Notebook". */
export function registerNotebook(services: Services): void {
  const controller = new SightlineController(services);
  registerRendererMessaging(services);
  services.context.subscriptions.push(
    controller,
    vscode.commands.registerCommand('sightline.newNotebook', (arg?: unknown) => newNotebook(controller, arg)),
    vscode.commands.registerCommand('sightline.restartKernel', () => {
      const notebook = vscode.window.activeNotebookEditor?.notebook;
      if (!notebook) return;
      const restarted = controller.restart(notebook);
      void vscode.window.showInformationMessage(
        restarted ? 'Sightline: kernel restarted, variables were cleared.' : 'Sightline: the kernel was not running; the next cell starts it.',
      );
    }),
  );
}
