import { engineText, pipelineLabel, pipelineStateText, resultOf } from './explorerItems';
import type { AlertsState, PipelineState } from './explorerNodes';
import { alertsResultOf } from './explorerNodes';
import { alertCountText } from './alertItems';

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
  const result = resultOf(state);
  const engine = result ? `\n${engineText(result)}` : '';
  const problem = state.status === 'error' ? `\n${state.error.message}` : '';
  return { text, tooltip: `Sightline pipeline ${target}${engine}${problem}\nClick to show the Pipelines view`, isError: state.status === 'error' };
}

/** The alerts entry beside it: hidden until the pipeline is monitored; a click opens the dashboard. */
export function alertStatusView(state: AlertsState): StatusView | undefined {
  if (state.status === 'idle') return undefined;
  if (state.status === 'error') return { text: '$(bell-slash) monitoring failed', tooltip: `Sightline could not monitor this pipeline:\n${state.error.message}\nClick to open the monitoring dashboard`, isError: true };
  const result = alertsResultOf(state);
  if (!result) return { text: '$(loading~spin) monitoring…', tooltip: 'Sightline is monitoring the pipeline window by window', isError: false };
  const count = result.alerts.length;
  const text = count ? `$(bell-dot) ${count} ${count === 1 ? 'alert' : 'alerts'}` : '$(bell) no alerts';
  const detail = `${alertCountText(result.alerts)} in ${result.windows.length} windows of ${result.pipeline} (data quality)`;
  return { text, tooltip: `Sightline monitoring: ${detail}${state.status === 'loading' ? ', updating…' : ''}\nClick to open the monitoring dashboard`, isError: false };
}
