// Layers that must not use the VS Code API (core/, cli/) resolve `vscode` to this empty module,
// so `import { window } from 'vscode'` there is a type error ("has no exported member").
export {};
