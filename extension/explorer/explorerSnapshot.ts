import { childrenOf, type ExplorerNode } from './explorerNodes';
import { itemView } from './explorerItems';
import type { PipelineState } from './explorerNodes';

/** The tree as text, as far down as it is loaded: what the integration tests compare. */
export interface SnapshotItem {
  label: string;
  description?: string;
  contextValue: string;
  children?: SnapshotItem[];
}

export function snapshot(node: ExplorerNode, stateOf: (target: string) => PipelineState, depth: number): SnapshotItem {
  const view = itemView(node, stateOf);
  const item: SnapshotItem = { label: view.label, description: view.description, contextValue: view.contextValue };
  if (depth > 0 && view.collapsible !== 'none') item.children = childrenOf(node, stateOf).map((child) => snapshot(child, stateOf, depth - 1));
  return item;
}
