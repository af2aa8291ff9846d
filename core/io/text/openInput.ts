import { open } from 'node:fs/promises';
import type { FileHandle } from 'node:fs/promises';
import { SightlineInputError } from '../errors';

/** Opens a log file for reading, turning system errors into messages that say what to do. */
export async function openInput(path: string): Promise<{ handle: FileHandle; size: number }> {
  let handle: FileHandle;
  try {
    handle = await open(path, 'r');
  } catch (error) {
    throw openError(path, error);
  }
  const stats = await handle.stat();
  if (stats.isDirectory()) {
    await handle.close();
    throw new SightlineInputError('io.not-a-file', `${path}: is a directory, not a log file`, {
      file: path,
      hint: 'Point at a file, or use a glob such as logs/*.csv in the manifest.',
    });
  }
  return { handle, size: stats.size };
}

function openError(path: string, error: unknown): Error {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') {
    return new SightlineInputError('io.not-found', `${path}: file not found`, {
      file: path,
      hint: 'Check the path (relative paths are resolved from the current directory) and that the file exists.',
    });
  }
  if (code === 'EACCES' || code === 'EPERM') {
    return new SightlineInputError('io.permission', `${path}: permission denied`, {
      file: path,
      hint: 'Make the file readable by the user running Sightline.',
    });
  }
  if (code === 'EISDIR') {
    return new SightlineInputError('io.not-a-file', `${path}: is a directory, not a log file`, {
      file: path,
      hint: 'Point at a file, or use a glob such as logs/*.csv in the manifest.',
    });
  }
  return error instanceof Error ? error : new Error(String(error));
}
