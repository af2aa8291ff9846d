import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { SightlineInputError } from '../io/errors';

export interface DemoDataFiles {
  flights: string;
  airports: string;
}

/** Finds the real data the demo is built from, shipped by the `vega-datasets` package. */
export function locateDemoData(): DemoDataFiles {
  for (const dir of candidateDirs()) {
    const flights = join(dir, 'flights-3m.parquet');
    const airports = join(dir, 'airports.csv');
    if (existsSync(flights) && existsSync(airports)) return { flights, airports };
  }
  throw new SightlineInputError('demo.data-missing', 'The demo data (vega-datasets: flights-3m.parquet, airports.csv) was not found', {
    hint: 'Install dependencies with `npm install` (the demo reads node_modules/vega-datasets/data).',
  });
}

function candidateDirs(): string[] {
  const dirs: string[] = [];
  // vega-datasets exports only its JS entry (build/index.js), not package.json.
  try {
    dirs.push(join(dirname(require.resolve('vega-datasets')), '..', 'data'));
  } catch {
    // not resolvable from this bundle: fall back to walking up the folders below
  }
  for (const start of [process.cwd(), __dirname]) {
    for (let dir = resolve(start); ; dir = dirname(dir)) {
      dirs.push(join(dir, 'node_modules', 'vega-datasets', 'data'));
      if (dirname(dir) === dir) break;
    }
  }
  return dirs;
}
