import * as vscode from 'vscode';
import type { Services } from './services';
import type { SightlineExtensionApi } from './api';
import { AnalysisClient } from './analysis/analysisClient';
import { followEngineSetting } from './analysis/engineSetting';
import { registerExplorer } from './explorer/registerExplorer';
import { registerPanels } from './panels/registerPanels';
import { registerDashboard } from './panels/registerDashboard';
import { registerStageTrace } from './panels/registerStageTrace';
import { registerSliceExplorer } from './panels/registerSliceExplorer';
import { registerWhatIf } from './panels/registerWhatIf';
import { registerNotebook } from './notebook/registerNotebook';
import { registerLogEditor } from './logEditor/registerLogEditor';

/**
 * Activation only wires features together: the analysis worker starts on first use and every
 * view computes lazily, so activation stays cheap.
 */
export function activate(context: vscode.ExtensionContext): SightlineExtensionApi {
  const started = performance.now();
  const log = vscode.window.createOutputChannel('Sightline', { log: true });
  const analysis = new AnalysisClient(context.asAbsolutePath('dist/analysisWorker.js'));
  context.subscriptions.push(log, analysis, followEngineSetting(analysis));
  const services: Services = { context, analysis, log };
  registerExplorer(services);
  registerPanels(services);
  registerDashboard(services);
  registerStageTrace(services);
  registerSliceExplorer(services);
  registerWhatIf(services);
  registerNotebook(services);
  registerLogEditor(services);
  const activationMs = performance.now() - started;
  log.info(`activated in ${activationMs.toFixed(1)} ms`);
  return { activationMs, analyze: (request) => analysis.run(request) };
}

export function deactivate(): void {}
