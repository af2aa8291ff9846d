import * as vscode from 'vscode';

/**
 * Extension entry point. The foundation ships the manifest's schema validation (declared in
 * package.json) and this activation; the explorer, panels, notebook kernel and the analysis
 * worker arrive with the extension issue.
 */
export function activate(context: vscode.ExtensionContext): void {
  context.subscriptions.push(
    vscode.commands.registerCommand('sightline.showCliHelp', async () => {
      const terminal = vscode.window.createTerminal('Sightline');
      terminal.show();
      terminal.sendText('npx sightline --help');
    }),
  );
}

export function deactivate(): void {}
