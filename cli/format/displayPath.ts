import { isAbsolute, relative } from 'node:path';

/** Relative to the current folder when the path lies below it, absolute otherwise. */
export function displayPath(path: string, cwd: string): string {
  const rel = relative(cwd, path);
  return rel && !rel.startsWith('..') && !isAbsolute(rel) ? rel : path;
}
