import { existsSync } from 'node:fs';
import { HarnessError } from './errors';
import { which } from './exec';

export const CHROMIUM = '/usr/bin/chromium';

interface Requirement {
  what: string;
  apt: string;
  present: () => boolean;
}

/** What installing code-server from npm needs: node-gyp builds kerberos, argon2, node-pty, ... */
const installRequirements: Requirement[] = [
  { what: 'ripgrep (rg), seeded into @vscode/ripgrep instead of a GitHub download', apt: 'ripgrep', present: () => !!which('rg') },
  { what: 'Kerberos headers for the kerberos module', apt: 'libkrb5-dev', present: () => existsSync('/usr/include/krb5.h') },
  { what: 'a C++ toolchain for node-gyp', apt: 'build-essential', present: () => !!which('g++') && !!which('make') },
  { what: 'python3 for node-gyp', apt: 'python3', present: () => !!which('python3') },
];

const runRequirements: Requirement[] = [
  { what: 'Chromium to drive the workbench', apt: 'chromium', present: () => existsSync(CHROMIUM) },
];

function check(requirements: Requirement[], purpose: string): void {
  const missing = requirements.filter((r) => !r.present());
  if (missing.length === 0) return;
  throw new HarnessError(
    `${purpose} needs Debian packages that are missing:\n` +
      missing.map((r) => `  ${r.apt}: ${r.what}`).join('\n') +
      `\nInstall them with: apt-get install -y ${missing.map((r) => r.apt).join(' ')}`,
  );
}

export const checkInstallPrerequisites = () => check(installRequirements, 'Installing code-server');
export const checkRunPrerequisites = () => check(runRequirements, 'Running the VS Code tests');
