import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { CODE_SERVER_VERSION, cacheDir, codeServerBin, codeServerPrefix } from './paths';
import { checkInstallPrerequisites } from './prerequisites';
import { HarnessError } from './errors';
import { run, which } from './exec';

// @vscode/ripgrep's postinstall downloads rg from GitHub unless it finds this tarball in
// $TMPDIR; the versions are the ones pinned by code-server 4.100.3's lib/vscode shrinkwrap.
const RIPGREP_PACKAGE_VERSION = '1.15.11';
const RIPGREP_TARGETS: Partial<Record<NodeJS.Architecture, string>> = {
  x64: 'x86_64-unknown-linux-musl',
  arm64: 'aarch64-unknown-linux-musl',
};

const marker = join(codeServerPrefix, 'installed.json');
const lockDir = `${codeServerPrefix}.lock`;

// Present only when every native module built: a half-finished install is never reused.
const nativeFiles = [
  'node_modules/code-server/lib/vscode/node_modules/@vscode/ripgrep/bin/rg',
  'node_modules/code-server/lib/vscode/node_modules/node-pty/build/Release/pty.node',
  'node_modules/code-server/lib/vscode/node_modules/@vscode/spdlog/build/Release/spdlog.node',
  'node_modules/code-server/lib/vscode/node_modules/kerberos/build/Release/kerberos.node',
  'node_modules/argon2/lib/binding/napi-v3/argon2.node',
];

function installed(): boolean {
  try {
    return JSON.parse(readFileSync(marker, 'utf8')).version === CODE_SERVER_VERSION && existsSync(codeServerBin);
  } catch {
    return false;
  }
}

/** Returns the code-server binary, installing code-server from npm once into .vscode-test/. */
export async function ensureCodeServer(log: (line: string) => void = console.log): Promise<string> {
  if (installed()) return codeServerBin;
  await withLock(async () => {
    if (installed()) return; // another run installed it while we waited
    checkInstallPrerequisites();
    const started = Date.now();
    log(`installing code-server@${CODE_SERVER_VERSION} into ${codeServerPrefix} (one time, 1-3 minutes)`);
    await install();
    const seconds = Math.round((Date.now() - started) / 1000);
    writeFileSync(marker, JSON.stringify({ version: CODE_SERVER_VERSION, seconds, at: new Date().toISOString() }));
    log(`code-server installed in ${seconds} s`);
  });
  return codeServerBin;
}

async function install(): Promise<void> {
  rmSync(codeServerPrefix, { recursive: true, force: true });
  const tmp = join(codeServerPrefix, 'tmp');
  mkdirSync(tmp, { recursive: true });
  writeFileSync(join(codeServerPrefix, 'package.json'), JSON.stringify({ name: 'sightline-code-server', private: true }));
  await seedRipgrep(tmp);
  const logFile = join(codeServerPrefix, 'npm-install.log');
  const env = {
    ...process.env,
    TMPDIR: tmp,
    // node-pty's postinstall runs `npx node-gyp`, which refuses to fetch without a terminal.
    npm_config_yes: 'true',
  };
  // --unsafe-perm: code-server's postinstall refuses to run as root without it (CI runs as root).
  const code = await run('npm', ['install', '--unsafe-perm', '--no-audit', '--no-fund', '--foreground-scripts', `code-server@${CODE_SERVER_VERSION}`], {
    cwd: codeServerPrefix,
    env,
    logFile,
  });
  const tail = () => readFileSync(logFile, 'utf8').split('\n').slice(-40).join('\n');
  if (code !== 0) throw new HarnessError(`npm install code-server@${CODE_SERVER_VERSION} failed (exit ${code}); log ${logFile}:\n${tail()}`);
  const missing = nativeFiles.filter((f) => !existsSync(join(codeServerPrefix, f)));
  if (missing.length) throw new HarnessError(`code-server installed without ${missing.join(', ')}; log ${logFile}:\n${tail()}`);
  rmSync(tmp, { recursive: true, force: true });
}

async function seedRipgrep(tmp: string): Promise<void> {
  const target = RIPGREP_TARGETS[process.arch];
  const rg = which('rg');
  if (!target || !rg) throw new HarnessError(`cannot seed ripgrep for ${process.arch} (rg: ${rg ?? 'missing'})`);
  const cache = join(tmp, `vscode-ripgrep-cache-${RIPGREP_PACKAGE_VERSION}`);
  const stage = mkdtempSync(join(tmp, 'rg-'));
  mkdirSync(cache, { recursive: true });
  copyFileSync(rg, join(stage, 'rg'));
  const code = await run('tar', ['-czf', join(cache, `ripgrep-v13.0.0-10-${target}.tar.gz`), '-C', stage, 'rg'], {
    logFile: join(codeServerPrefix, 'npm-install.log'),
  });
  if (code !== 0) throw new HarnessError('tar failed while seeding the ripgrep cache');
}

/** mkdir is atomic: a second run waits instead of installing into the same folder. */
async function withLock(body: () => Promise<void>): Promise<void> {
  mkdirSync(cacheDir, { recursive: true });
  const deadline = Date.now() + 10 * 60_000;
  for (;;) {
    try {
      mkdirSync(lockDir);
      writeFileSync(join(lockDir, 'pid'), String(process.pid));
      break;
    } catch {
      if (!lockHolderAlive()) rmSync(lockDir, { recursive: true, force: true });
      else if (Date.now() > deadline) throw new HarnessError(`${lockDir} held for 10 minutes; remove it if no install runs`);
      else await new Promise((r) => setTimeout(r, 2000));
    }
  }
  try {
    await body();
  } finally {
    rmSync(lockDir, { recursive: true, force: true });
  }
}

function lockHolderAlive(): boolean {
  let pid: number;
  try {
    pid = Number(readFileSync(join(lockDir, 'pid'), 'utf8'));
  } catch {
    // The holder writes its pid right after mkdir; give it that moment.
    return existsSync(lockDir) && Date.now() - statSync(lockDir).mtimeMs < 10_000;
  }
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}
