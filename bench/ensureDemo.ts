import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { buildDemo } from '../core/demo';

/** Builds the demo in `dir` unless it already holds one (its incidents.json). */
export async function ensureDemo(dir: string): Promise<void> {
  if (existsSync(join(dir, 'incidents.json'))) return;
  console.log(`building the demo in ${dir}`);
  await buildDemo(dir);
}
