import { readdirSync, statSync } from 'node:fs';
import { isAbsolute, join, relative, sep } from 'node:path';

/**
 * Expands file globs (`*`, `?`, `**`, `{a,b}`, `[abc]`) relative to `baseDir`, like a shell
 * with globstar: `**` spans folders, `*` does not cross `/`, dot files are only matched by
 * a pattern that names the dot. Returns absolute paths, sorted, without duplicates.
 */
export function expandGlobs(patterns: string[], baseDir: string): string[] {
  const found = new Set<string>();
  for (const pattern of patterns) {
    for (const path of expandGlob(pattern, baseDir)) found.add(path);
  }
  return [...found].sort();
}

export function hasGlobMagic(pattern: string): boolean {
  return /[*?[{]/.test(pattern);
}

function expandGlob(pattern: string, baseDir: string): string[] {
  const normalized = pattern.split(sep).join('/');
  const absolute = isAbsolute(normalized) ? normalized : join(baseDir, normalized).split(sep).join('/');
  const segments = absolute.split('/');
  // Walk from the longest literal prefix so `logs/predict/**/*.parquet` lists only logs/predict.
  const firstMagic = segments.findIndex(hasGlobMagic);
  if (firstMagic < 0) return isFile(absolute) ? [absolute] : [];
  const root = segments.slice(0, firstMagic).join('/') || '/';
  const matcher = globToRegExp(segments.slice(firstMagic).join('/'));
  const recursive = segments.slice(firstMagic).some((s) => s === '**' || s.includes('/'));
  const depth = segments.length - firstMagic;
  return listFiles(root, recursive ? Infinity : depth)
    .filter((file) => matcher.test(relative(root, file).split(sep).join('/')));
}

function isFile(path: string): boolean {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

function listFiles(dir: string, maxDepth: number): string[] {
  const out: string[] = [];
  const walk = (current: string, depth: number) => {
    let names: string[];
    try {
      names = readdirSync(current);
    } catch {
      return;
    }
    for (const name of names) {
      const path = join(current, name);
      let stats;
      try {
        stats = statSync(path);
      } catch {
        continue;
      }
      if (stats.isDirectory()) {
        if (depth + 1 < maxDepth) walk(path, depth + 1);
      } else if (stats.isFile()) {
        out.push(path);
      }
    }
  };
  walk(dir, 0);
  return out;
}

/** Compiles a glob over `/`-separated relative paths into an anchored RegExp. */
export function globToRegExp(glob: string): RegExp {
  let source = '';
  let i = 0;
  let braceDepth = 0;
  while (i < glob.length) {
    const c = glob[i];
    if (c === '*') {
      if (glob[i + 1] === '*') {
        // `**/` matches zero or more whole folders; a trailing `**` matches everything below.
        const slash = glob[i + 2] === '/';
        source += slash ? '(?:[^/.][^/]*/)*' : '(?:[^/.][^/]*(?:/[^/.][^/]*)*)?';
        i += slash ? 3 : 2;
        continue;
      }
      source += atSegmentStart(glob, i) ? '(?:[^/.][^/]*)?' : '[^/]*';
    } else if (c === '?') {
      source += '[^/]';
    } else if (c === '[') {
      const close = glob.indexOf(']', i + 1);
      if (close < 0) source += '\\[';
      else {
        const body = glob.slice(i + 1, close).replace(/^!/, '^').replace(/\\/g, '\\\\');
        source += `[${body}]`;
        i = close;
      }
    } else if (c === '{') {
      braceDepth++;
      source += '(?:';
    } else if (c === '}' && braceDepth > 0) {
      braceDepth--;
      source += ')';
    } else if (c === ',' && braceDepth > 0) {
      source += '|';
    } else {
      source += c.replace(/[.+^$()|\\]/g, '\\$&');
    }
    i++;
  }
  return new RegExp(`^${source}$`);
}

function atSegmentStart(glob: string, i: number): boolean {
  return i === 0 || glob[i - 1] === '/';
}
