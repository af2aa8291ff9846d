import type { Command } from './command';
import { parseArgs, UsageError } from './args';
import { createProgress } from './progress';
import { isInputError, type SightlineInputError } from '../core/io/errors';
import { inspectCommand } from './commands/inspect';
import { reportCommand } from './commands/report';
import { demoCommand } from './commands/demo';
import { monitorCommand } from './commands/monitor';
import { driftCommand } from './commands/drift';
import { whyCommand } from './commands/why';
import { slicesCommand } from './commands/slices';
import { traceCommand } from './commands/trace';
import { whatifCommand } from './commands/whatif';

const COMMANDS: Command[] = [inspectCommand, reportCommand, demoCommand, monitorCommand, driftCommand, whyCommand, slicesCommand, traceCommand, whatifCommand];

const EXIT = { ok: 0, failure: 1, input: 2, interrupted: 130 } as const;

function mainHelp(): string {
  const width = Math.max(...COMMANDS.map((c) => c.name.length));
  return `sightline: bolt-on observability for ML pipeline logs

Usage: sightline <command> [options]

Commands:
${COMMANDS.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`).join('\n')}

Run "sightline <command> --help" for a command's options.
Exit codes: 0 ok, 2 bad input or usage, 1 unexpected error, 130 interrupted.`;
}

async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    process.stdout.write(`${mainHelp()}\n`);
    return name ? EXIT.ok : EXIT.input;
  }
  if (name === '--version') {
    process.stdout.write(`${VERSION}\n`);
    return EXIT.ok;
  }
  const command = COMMANDS.find((c) => c.name === name);
  const debug = rest.includes('--debug');
  const controller = new AbortController();
  process.once('SIGINT', () => controller.abort());
  try {
    if (!command) throw new UsageError(`unknown command "${name}"`);
    const args = parseArgs(rest, command.flags);
    if (args.flags.has('help')) {
      process.stdout.write(`${command.help}\n`);
      return EXIT.ok;
    }
    const progress = createProgress(!args.flags.has('quiet'));
    return await command.run({
      args,
      progress,
      signal: controller.signal,
      stdout: (text) => process.stdout.write(text.endsWith('\n') ? text : `${text}\n`),
      cwd: process.cwd(),
    });
  } catch (error) {
    return reportError(error, command, debug, controller.signal.aborted);
  }
}

function reportError(error: unknown, command: Command | undefined, debug: boolean, aborted: boolean): number {
  process.stderr.write('\r\x1b[2K');
  if (aborted) {
    process.stderr.write('sightline: interrupted\n');
    return EXIT.interrupted;
  }
  if (error instanceof UsageError) {
    process.stderr.write(`sightline: ${error.message}\nRun "sightline ${command ? `${command.name} ` : ''}--help" for usage.\n`);
    return EXIT.input;
  }
  if (isInputError(error)) {
    process.stderr.write(inputErrorText(error));
    if (debug) process.stderr.write(`${error.stack}\n`);
    return EXIT.input;
  }
  const message = error instanceof Error ? error.message : String(error);
  process.stderr.write(`sightline: unexpected error: ${message}\n`);
  process.stderr.write(debug && error instanceof Error ? `${error.stack}\n` : 'Run again with --debug for the stack trace, and please report it.\n');
  return EXIT.failure;
}

function inputErrorText(error: SightlineInputError): string {
  const where = error.column && !error.message.includes(`"${error.column}"`) ? ` (column "${error.column}")` : '';
  return `sightline: error: ${error.message}${where}\n${error.hint ? `  → ${error.hint}\n` : ''}`;
}

declare const VERSION: string;

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`sightline: ${String(error)}\n`);
    process.exitCode = EXIT.failure;
  },
);

