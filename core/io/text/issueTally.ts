import type { Diagnostic, Severity } from '../../protocol';

/** What a kind of problem means, written once at its first occurrence. */
export interface IssueText {
  severity: Severity;
  /** What happened, e.g. "rows with more or fewer fields than the header were skipped"; the count follows. */
  what: string;
  hint?: string;
  /** "row" (default) or "value". */
  unit?: 'row' | 'value';
  /** `what` is the whole message (after `file:line:`), for one-off notes such as a renamed header. */
  plain?: boolean;
}

interface Entry extends IssueText {
  code: string;
  column?: string;
  count: number;
  lines: number[];
}

const LINES_SHOWN = 5;

/**
 * Counts problems by code and column while a file is read, so a million bad cells become one
 * diagnostic with a count and the first few line numbers instead of a million messages.
 */
export class IssueTally {
  private readonly entries = new Map<string, Entry>();

  constructor(readonly file: string, readonly prefix: string) {}

  /** `describe` runs only for the first occurrence of a code/column pair. */
  note(code: string, line: number, column: string | undefined, describe: () => IssueText): void {
    const key = column === undefined ? code : `${code}\u0000${column}`;
    const entry = this.entries.get(key);
    if (entry) {
      entry.count++;
      if (entry.lines.length < LINES_SHOWN) entry.lines.push(line);
      return;
    }
    this.entries.set(key, { ...describe(), code: `${this.prefix}.${code}`, column, count: 1, lines: [line] });
  }

  count(code: string, column?: string): number {
    return this.entries.get(column === undefined ? code : `${code}\u0000${column}`)?.count ?? 0;
  }

  toDiagnostics(): Diagnostic[] {
    return [...this.entries.values()].map((e) => this.toDiagnostic(e));
  }

  private toDiagnostic(e: Entry): Diagnostic {
    const unit = e.unit ?? 'row';
    const noun = e.count === 1 ? unit : `${unit}s`;
    const where = e.column === undefined ? '' : `column "${e.column}": `;
    const more = e.count > e.lines.length ? ', …' : '';
    const at = e.count === 1 ? `line ${e.lines[0]}` : `first at lines ${e.lines.join(', ')}${more}`;
    const message = e.plain
      ? `${this.file}:${e.lines[0]}: ${e.what}`
      : `${this.file}:${e.lines[0]}: ${where}${e.what}: ${e.count} ${noun}, ${at}`;
    const diagnostic: Diagnostic = {
      severity: e.severity, code: e.code, message, file: this.file, line: e.lines[0], count: e.count,
    };
    if (e.column !== undefined) diagnostic.column = e.column;
    if (e.hint !== undefined) diagnostic.hint = e.hint;
    return diagnostic;
  }
}
