import { formatCount } from '../../core/charts';
import type { Diagnostic } from '../../core/protocol';
import { el, fileLink } from '../shared/elements';

/** What loading reported, each with an "open" link to its file and line when known. */
export function diagnosticsList(diagnostics: Diagnostic[], openFile: (path: string, line?: number) => void): HTMLElement {
  return el(
    'ul',
    { className: 'diagnostics' },
    ...diagnostics.map((d) => {
      const count = d.count && d.count > 1 ? ` (${formatCount(d.count)} times)` : '';
      const where = d.file ? [' ', fileLink(d.line ? `${baseName(d.file)}:${d.line}` : baseName(d.file), () => openFile(d.file ?? '', d.line))] : [];
      return el(
        'li',
        {},
        el('span', { className: `sev sev-${d.severity}`, text: d.severity }),
        ` ${d.message}${count}`,
        ...where,
        ...(d.column ? [el('span', { className: 'sub', text: ` column ${d.column}` })] : []),
        ...(d.hint ? [el('div', { className: 'hint', text: d.hint })] : []),
      );
    }),
  );
}

function baseName(path: string): string {
  return path.split(/[\\/]/).at(-1) ?? path;
}
