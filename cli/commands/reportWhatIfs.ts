import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { UsageError } from '../args';
import type { WhatIfAsk, WhatIfResult } from '../../core/protocol';

/** The remediations `report --whatif` runs with their defaults; the others need options only `sightline whatif` takes. */
const DEFAULT_ASKS: Record<string, WhatIfAsk> = {
  threshold: { kind: 'threshold', objective: { kind: 'f1' } },
  recalibrate: { kind: 'recalibrate', method: 'platt' },
  rollback: { kind: 'rollback' },
};

export function whatIfAsksOf(list: string | undefined): WhatIfAsk[] {
  if (list === undefined) return [];
  return list.split(',').map((name) => {
    const ask = DEFAULT_ASKS[name.trim()];
    if (!ask) {
      throw new UsageError(
        `--whatif takes ${Object.keys(DEFAULT_ASKS).join(', ')} (got "${name}"); for other remediations or options save \`sightline whatif ... --format json > file.json\` and pass --whatif-json file.json`,
      );
    }
    return ask;
  });
}

/** Saved `sightline whatif --format json` outputs, each checked to be a what-if result. */
export function savedWhatIfs(list: string | undefined, cwd: string): WhatIfResult[] {
  if (list === undefined) return [];
  return list.split(',').map((name) => {
    const file = resolve(cwd, name.trim());
    let value: unknown;
    try {
      value = JSON.parse(readFileSync(file, 'utf8'));
    } catch (error) {
      throw new UsageError(`--whatif-json: cannot read ${file} as JSON (${error instanceof Error ? error.message : String(error)})`);
    }
    const kind = (value as { kind?: unknown; version?: unknown } | null)?.kind;
    if (kind !== 'whatif' || (value as { version?: unknown }).version !== 1) {
      throw new UsageError(`--whatif-json: ${file} is not a what-if result (save one with sightline whatif ... --format json)`);
    }
    return value as WhatIfResult;
  });
}
