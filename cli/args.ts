import type { EngineName } from '../core/io/pipeline';
import { ENGINE_NAMES, isEngineName } from '../core/io/withEngine';
/** Parsed command line: positionals and --flags (`--name value`, `--name=value`, boolean `--name`). */
export interface ParsedArgs {
  positionals: string[];
  flags: Map<string, string | true>;
}

export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}

export interface FlagSpec {
  /** Flags that take a value. */
  values: string[];
  /** Flags that are on/off. */
  booleans: string[];
}

export function parseArgs(argv: string[], spec: FlagSpec): ParsedArgs {
  const positionals: string[] = [];
  const flags = new Map<string, string | true>();
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--') {
      positionals.push(...argv.slice(i + 1));
      break;
    }
    if (!arg.startsWith('-') || arg === '-') {
      positionals.push(arg);
      continue;
    }
    const [rawName, inline] = arg.replace(/^--?/, '').split(/=(.*)/s, 2);
    const name = rawName === 'h' ? 'help' : rawName;
    if (spec.booleans.includes(name)) {
      flags.set(name, true);
    } else if (spec.values.includes(name)) {
      const value = inline ?? argv[++i];
      if (value === undefined) throw new UsageError(`--${name} needs a value`);
      flags.set(name, value);
    } else {
      throw new UsageError(`unknown option ${arg}`);
    }
  }
  return { positionals, flags };
}

export function stringFlag(args: ParsedArgs, name: string): string | undefined {
  const value = args.flags.get(name);
  return typeof value === 'string' ? value : undefined;
}

export function choiceFlag<T extends string>(args: ParsedArgs, name: string, choices: readonly T[], fallback: T): T {
  const value = stringFlag(args, name) ?? fallback;
  if (!choices.includes(value as T)) throw new UsageError(`--${name} must be one of ${choices.join(', ')} (got "${value}")`);
  return value as T;
}

/** `--engine` as openPipeline's override; absent means the manifest's engine. */
export function engineOption(args: ParsedArgs): { engine?: EngineName } {
  const value = stringFlag(args, 'engine');
  if (value === undefined) return {};
  if (!isEngineName(value)) throw new UsageError(`--engine must be one of ${ENGINE_NAMES.join(', ')} (got "${value}")`);
  return { engine: value };
}
