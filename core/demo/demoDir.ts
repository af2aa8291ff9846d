import { readdir, readFile, rm, mkdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { SightlineInputError } from '../io/errors';
import { DEMO_NAME } from './manifest';

/** What a demo build writes; only these are removed when a previous demo is rebuilt. */
export const DEMO_OUTPUTS = ['logs', 'models', 'incidents', 'incidents.json', 'sightline.json', 'README.md'];

/**
 * Makes `dir` ready for a demo build: creates it, or clears a previous demo's outputs. Refuses a
 * non-empty folder that is not a previous demo, so the demo never overwrites someone's files.
 */
export async function prepareDemoDir(dir: string): Promise<void> {
  const entries = await listDir(dir);
  if (entries === undefined) {
    await mkdir(dir, { recursive: true });
    return;
  }
  if (entries.length > 0 && !(await isPreviousDemo(dir))) {
    throw new SightlineInputError('demo.dir-not-empty', `${dir} is not empty and does not hold a previous Sightline demo`, {
      file: dir,
      hint: 'Pass a new or empty folder to `sightline demo <dir>` (a previous demo, recognized by its sightline.json, is rebuilt in place).',
    });
  }
  for (const name of DEMO_OUTPUTS) await rm(join(dir, name), { recursive: true, force: true });
}

async function listDir(dir: string): Promise<string[] | undefined> {
  let info;
  try {
    info = await stat(dir);
  } catch {
    return undefined;
  }
  if (!info.isDirectory()) {
    throw new SightlineInputError('demo.not-a-folder', `${dir} is a file, not a folder`, {
      file: dir,
      hint: 'Pass a folder path for the demo (it is created if missing).',
    });
  }
  return readdir(dir);
}

async function isPreviousDemo(dir: string): Promise<boolean> {
  try {
    const manifest: unknown = JSON.parse(await readFile(join(dir, 'sightline.json'), 'utf8'));
    return typeof manifest === 'object' && manifest !== null && (manifest as { name?: unknown }).name === DEMO_NAME;
  } catch {
    return false;
  }
}
