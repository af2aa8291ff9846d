import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, openSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { codeServerBin, resultsDir } from './paths';
import { HarnessError } from './errors';
import { killGroup, track } from './processes';
import { run } from './exec';

export type ColorTheme = 'Default Dark Modern' | 'Default Light Modern' | 'Default High Contrast' | (string & {});

export interface ServerOptions {
  /** Folder the workbench opens. */
  workspace: string;
  /** Names the log file test-results/code-server-<name>.log. */
  name: string;
  /** Set as workbench.colorTheme in the user settings before start. */
  theme?: ColorTheme;
  /** More user settings, merged over the defaults. */
  settings?: Record<string, unknown>;
  /** Reuse an extensions folder (from installExtension); default: a fresh empty one. */
  extensionsDir?: string;
  /** Extra environment of the server, inherited by its extension host. */
  env?: Record<string, string>;
}

export interface CodeServer {
  url: string;
  /** host:port, the authority of vscode-remote:// URIs. */
  authority: string;
  workspace: string;
  stateDir: string;
  logFile: string;
  stop(): Promise<void>;
}

const defaultSettings = {
  'telemetry.telemetryLevel': 'off',
  'workbench.startupEditor': 'none',
  'workbench.tips.enabled': false,
  'workbench.enableExperiments': false,
  'extensions.autoCheckUpdates': false,
  'extensions.autoUpdate': false,
  'update.mode': 'none',
  'security.workspace.trust.enabled': false,
  'chat.commandCenter.enabled': false,
  // The demo workspace sits inside the repository: keep git from scanning it and asking.
  'git.enabled': false,
};

/** XDG_* and TMPDIR of code-server under one short private folder. */
export function makeStateDir(): { dir: string; env: Record<string, string> } {
  // Short on purpose: VS Code puts unix sockets in TMPDIR and their paths must stay < 108 bytes.
  const dir = mkdtempSync(join(tmpdir(), 'slvs-'));
  const env = {
    XDG_CONFIG_HOME: join(dir, 'config'),
    XDG_DATA_HOME: join(dir, 'data'),
    XDG_CACHE_HOME: join(dir, 'cache'),
    TMPDIR: join(dir, 'tmp'),
  };
  for (const path of Object.values(env)) mkdirSync(path, { recursive: true });
  return { dir, env };
}

export async function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => (typeof address === 'object' && address ? resolvePort(address.port) : reject(new Error('no port'))));
    });
  });
}

/** Starts code-server on a free loopback port in its own process group; resolves when it serves the workbench. */
export async function startCodeServer(options: ServerOptions): Promise<CodeServer> {
  const state = makeStateDir();
  const userData = join(state.dir, 'user-data');
  const extensionsDir = options.extensionsDir ?? join(state.dir, 'extensions');
  mkdirSync(join(userData, 'User'), { recursive: true });
  mkdirSync(extensionsDir, { recursive: true });
  const settings = { ...defaultSettings, ...(options.theme ? { 'workbench.colorTheme': options.theme } : {}), ...options.settings };
  writeFileSync(join(userData, 'User/settings.json'), JSON.stringify(settings, null, 2));

  mkdirSync(resultsDir, { recursive: true });
  const logFile = join(resultsDir, `code-server-${options.name}.log`);
  const out = openSync(logFile, 'w');
  const port = await freePort();
  const child = spawn(
    codeServerBin,
    [
      '--bind-addr', `127.0.0.1:${port}`, '--auth', 'none',
      '--user-data-dir', userData, '--extensions-dir', extensionsDir,
      '--disable-telemetry', '--disable-update-check', '--disable-workspace-trust',
      '--disable-getting-started-override', '--ignore-last-opened',
      options.workspace,
    ],
    { detached: true, stdio: ['ignore', out, out], env: { ...process.env, ...state.env, ...options.env } },
  );
  track(child);
  const exited = new Promise<number | null>((resolveExit) => child.once('exit', resolveExit));

  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) {
      killGroup(child.pid!, 'SIGTERM');
      const timer = setTimeout(() => killGroup(child.pid!, 'SIGKILL'), 5000);
      await exited;
      clearTimeout(timer);
    }
    killGroup(child.pid!, 'SIGKILL'); // extension hosts and watchers left in the group
    rmSync(state.dir, { recursive: true, force: true });
  };

  const url = `http://127.0.0.1:${port}`;
  try {
    await waitUntilServing(url, exited);
  } catch (error) {
    await stop();
    const tail = readFileSync(logFile, 'utf8').split('\n').slice(-30).join('\n');
    throw new HarnessError(`code-server did not start: ${(error as Error).message}\n${logFile}:\n${tail}`);
  }
  return { url, authority: `127.0.0.1:${port}`, workspace: options.workspace, stateDir: state.dir, logFile, stop };
}

async function waitUntilServing(url: string, exited: Promise<number | null>, timeoutMs = 60_000): Promise<void> {
  let exitCode: number | null | undefined;
  void exited.then((code) => (exitCode = code));
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (exitCode !== undefined) throw new Error(`it exited with code ${exitCode}`);
    try {
      const health = await fetch(`${url}/healthz`);
      const page = health.ok ? await (await fetch(`${url}/`)).text() : '';
      if (page.includes('vscode-workbench-web-configuration')) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`no workbench at ${url} within ${timeoutMs / 1000} s`);
}

/** Installs a .vsix into `extensionsDir` with code-server's CLI (a running server would not pick it up). */
export async function installExtension(vsix: string, extensionsDir: string): Promise<void> {
  const state = makeStateDir();
  mkdirSync(resultsDir, { recursive: true });
  const logFile = join(resultsDir, 'code-server-install-extension.log');
  try {
    const code = await run(
      codeServerBin,
      ['--user-data-dir', join(state.dir, 'user-data'), '--extensions-dir', extensionsDir, '--install-extension', vsix, '--force'],
      { env: { ...process.env, ...state.env }, logFile },
    );
    if (code !== 0) throw new HarnessError(`code-server --install-extension ${vsix} failed (exit ${code}):\n${readFileSync(logFile, 'utf8')}`);
  } finally {
    rmSync(state.dir, { recursive: true, force: true });
  }
}
