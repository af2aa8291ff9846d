import type { HostToLogEditor, LogEditorToHost } from '../../core/protocol';
import { LogEditorApp } from './app';
import type { EditorState } from './app';
import { STYLES } from './styles';

interface VsCodeApi {
  postMessage(message: LogEditorToHost): void;
  getState(): EditorState | undefined;
  setState(state: EditorState): void;
}

declare function acquireVsCodeApi(): VsCodeApi;

const vscode = acquireVsCodeApi();
const style = document.createElement('style');
style.textContent = STYLES;
document.head.append(style);

const app = new LogEditorApp(document.body, {
  post: (message) => vscode.postMessage(message),
  state: () => vscode.getState(),
  save: (state) => vscode.setState(state),
});
window.addEventListener('message', (event: MessageEvent<HostToLogEditor>) => app.receive(event.data));
app.start();
