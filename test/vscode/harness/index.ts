// What UI tests (test/vscode/ui/*.ui.ts) import.
export { openVSCode, screenshotOpenSessions, type SessionOptions, type VSCodeSession } from './session';
export { startCodeServer, installExtension, type CodeServer, type ColorTheme, type ServerOptions } from './server';
export { launchBrowser } from './browser';
export { runCommand, quickOpen, pickFromQuickInput, webviewFrame, webviewText, screenshot, waitForWorkbench, workbenchUrl, describeFrames } from './workbench';
export { demoWorkspace, copyOfDemoWorkspace } from './workspace';
export { repoRoot, resultsDir } from './paths';
