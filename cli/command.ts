import type { FlagSpec, ParsedArgs } from './args';
import type { Progress } from './progress';

export interface CommandContext {
  args: ParsedArgs;
  progress: Progress;
  signal: AbortSignal;
  stdout: (text: string) => void;
  cwd: string;
}

export interface Command {
  name: string;
  summary: string;
  /** Full --help text. */
  help: string;
  flags: FlagSpec;
  /** Resolves to the exit code. */
  run(context: CommandContext): Promise<number>;
}

/** Flags every command accepts. */
export const COMMON_FLAGS: FlagSpec = { values: ['engine'], booleans: ['help', 'debug', 'quiet'] };

export function withCommonFlags(spec: FlagSpec): FlagSpec {
  return { values: [...spec.values, ...COMMON_FLAGS.values], booleans: [...spec.booleans, ...COMMON_FLAGS.booleans] };
}
