import type { EngineName } from '../../core/io/pipeline';
import { isEngineName } from '../../core/io/withEngine';

/**
 * The engine override the `sightline.engine` setting asks for: none for "manifest" (each
 * sightline.json names its own) or for a value this version does not know.
 */
export function engineOverride(setting: unknown): EngineName | undefined {
  return typeof setting === 'string' && isEngineName(setting) ? setting : undefined;
}
