import { dirname, relative, resolve, isAbsolute } from 'node:path';
import type { Pipeline } from './pipeline';
import { SightlineInputError } from './errors';

/**
 * Sightline never writes into the folders whose logs it reads: a report, cache or export
 * aimed there is refused before any work is done.
 */
export function assertOutsideLogs(output: string, pipeline: Pipeline): void {
  const target = resolve(output);
  const logDirs = new Set(pipeline.stages.flatMap((s) => s.files.map((f) => dirname(f))));
  for (const dir of logDirs) {
    const rel = relative(dir, target);
    if (!rel.startsWith('..') && !isAbsolute(rel)) {
      throw new SightlineInputError('io.write-into-logs', `${target} is inside ${dir}, a folder of logs Sightline reads`, {
        file: target,
        hint: 'Sightline never writes into log folders: choose an output path elsewhere (--out).',
      });
    }
  }
}
