import { childrenOf, type ExplorerNode } from './explorerNodes';
import { itemView } from './explorerItems';
import type { AlertsState, PipelineState } from './explorerNodes';
import { noAlerts } from './explorerNodes';

/** The tree as text, as far down as it is loaded: what the integration tests compare. */
export interface SnapshotItem {
  label: string;
  description?: string;
  contextValue: string;
  children?: SnapshotItem[];
}

export function snapshot(node: ExplorerNode, stateOf: (target: string) => PipelineState, depth: number, alertsOf: (target: string) => AlertsState = noAlerts): SnapshotItem {
  const view = itemView(node, stateOf, alertsOf);
  const item: SnapshotItem = { label: view.label, description: view.description, contextValue: view.contextValue };
  if (depth > 0 && view.collapsible !== 'none') item.children = childrenOf(node, stateOf, alertsOf).map((child) => snapshot(child, stateOf, depth - 1, alertsOf));
  return item;
}
