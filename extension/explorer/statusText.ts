import { pipelineLabel, pipelineStateText } from './explorerItems';
import type { PipelineState } from './explorerNodes';

export interface StatusView {
  text: string;
  tooltip: string;
  isError: boolean;
}

/** The status bar entry for the current pipeline: its name and state, with a codicon. */
export function statusView(target: string, state: PipelineState): StatusView {
  const label = pipelineLabel(target, state);
  const icon = { idle: '$(graph)', loading: '$(loading~spin)', ready: '$(graph)', error: '$(error)' }[state.status];
  const detail = pipelineStateText(state);
  const text = `${icon} ${label}${detail ? `: ${detail}` : ''}`;
  const problem = state.status === 'error' ? `\n${state.error.message}` : '';
  return { text, tooltip: `Sightline pipeline ${target}${problem}\nClick to show the Pipelines view`, isError: state.status === 'error' };
}
