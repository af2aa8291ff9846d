import * as vscode from 'vscode';
import type { EngineName } from '../../core/io/pipeline';
import type { AnalysisClient } from './analysisClient';
import { engineOverride } from './engineChoice';

const SECTION = 'sightline';
const KEY = 'engine';

/** The engine override `sightline.engine` asks for now. */
export function configuredEngine(): EngineName | undefined {
  return engineOverride(vscode.workspace.getConfiguration(SECTION).get<string>(KEY));
}

/** Keeps the analysis worker on the engine the setting names, now and whenever it changes. */
export function followEngineSetting(analysis: AnalysisClient): vscode.Disposable {
  analysis.setEngine(configuredEngine());
  return vscode.workspace.onDidChangeConfiguration((event) => {
    if (event.affectsConfiguration(`${SECTION}.${KEY}`)) analysis.setEngine(configuredEngine());
  });
}
