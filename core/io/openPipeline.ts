import { existsSync, readFileSync, statSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import type { EngineName, Pipeline } from './pipeline';
import { withEngine } from './withEngine';
import { SightlineInputError } from './errors';
import { loadManifest } from './manifest/loadManifest';
import { singleFilePipeline } from './inferPipeline';

export const MANIFEST_NAME = 'sightline.json';

/**
 * Opens what the user pointed at: a sightline.json, a folder holding one, or a single log
 * file (inferred as a one-stage pipeline).
 */
export function openPipeline(target: string, options: { engine?: EngineName } = {}): Pipeline {
  const pipeline = openTarget(target);
  return options.engine ? withEngine(pipeline, options.engine) : pipeline;
}

/** Whether a path names a pipeline (a sightline.json or a folder) rather than one log file. */
export function isPipelineTarget(path: string): boolean {
  if (basename(path) === MANIFEST_NAME) return true;
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

function openTarget(target: string): Pipeline {
  const path = resolve(target);
  if (!existsSync(path)) {
    throw new SightlineInputError('io.not-found', `${path} does not exist`, {
      file: path,
      hint: 'Pass a sightline.json, a folder that contains one, or a log file (CSV, JSON lines, Parquet, Arrow).',
    });
  }
  if (statSync(path).isDirectory()) {
    const manifest = join(path, MANIFEST_NAME);
    if (!existsSync(manifest)) {
      throw new SightlineInputError('manifest.not-found', `${path} has no ${MANIFEST_NAME}`, {
        file: path,
        hint: `Create ${MANIFEST_NAME} (see the README), or pass one log file to inspect it without a manifest.`,
      });
    }
    return loadManifest(manifest);
  }
  return isManifest(path) ? loadManifest(path) : singleFilePipeline(path);
}

function isManifest(path: string): boolean {
  if (basename(path) === MANIFEST_NAME) return true;
  if (!path.endsWith('.json')) return false;
  // A .json file may also be a JSON-lines log: only a single object with "stages" is a manifest.
  const head = readFileSync(path, 'utf8').slice(0, 65536);
  return /^\s*\{/.test(head) && /"stages"\s*:/.test(head) && !/\}\s*\n\s*\{/.test(head);
}
