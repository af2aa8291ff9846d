import type { SightlineResult } from '../../core/protocol';

/** Reads the result a page carries in `<script type="application/json" id="...">`. */
export function readEmbeddedResult(id: string): SightlineResult {
  const element = document.getElementById(id);
  if (!element?.textContent) throw new Error(`no embedded result (#${id}) in this page`);
  const value: unknown = JSON.parse(element.textContent);
  if (!isResult(value)) throw new Error(`#${id} does not hold a Sightline result`);
  return value;
}

function isResult(value: unknown): value is SightlineResult {
  if (typeof value !== 'object' || value === null) return false;
  const kind = (value as { kind?: unknown }).kind;
  return kind === 'overview' || kind === 'inspect' || kind === 'whatif';
}
