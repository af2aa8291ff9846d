// The compiler catches most layer violations through each folder's lib/types (see the
// tsconfig files). This catches the rest: an import across surfaces that happens to compile.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, dirname, resolve } from 'node:path';

const root = resolve(new URL('..', import.meta.url).pathname);
// layer -> layers it must not import from
const forbidden = {
  core: ['cli', 'extension', 'webviews'],
  cli: ['extension', 'webviews'],
  extension: ['cli', 'webviews'],
  webviews: ['cli', 'extension'],
};

function* files(dir) {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) yield* files(path);
    else if (name.endsWith('.ts')) yield path;
  }
}

const problems = [];
for (const [layer, banned] of Object.entries(forbidden)) {
  for (const file of files(join(root, layer))) {
    const source = readFileSync(file, 'utf8');
    for (const match of source.matchAll(/(?:from|import)\s*\(?\s*['"](\.[^'"]+)['"]/g)) {
      const target = relative(root, resolve(dirname(file), match[1])).split(/[\\/]/)[0];
      if (banned.includes(target)) problems.push(`${relative(root, file)} imports ${match[1]} (${layer}/ may not import ${target}/)`);
    }
    if (layer === 'core' && /from\s+['"]vscode['"]/.test(source)) problems.push(`${relative(root, file)} imports vscode`);
  }
}
if (problems.length) {
  console.error('layer violations:\n  ' + problems.join('\n  '));
  process.exit(1);
}
console.log('layers ok');
