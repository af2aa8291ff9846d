import { darkTheme, FONT_FAMILY, lightTheme } from '../charts';
import type { ChartTheme } from '../charts';

function variables(theme: ChartTheme): string {
  return [
    `--page: ${theme.page}`,
    `--surface: ${theme.surface}`,
    `--text: ${theme.text}`,
    `--muted: ${theme.muted}`,
    `--grid: ${theme.grid}`,
    `--border: ${theme.border}`,
    `--accent: ${theme.accent}`,
    `--warning: ${theme.warning}`,
    `--error: ${theme.error}`,
  ].join('; ');
}

/** Page CSS; colors come from the chart themes so page and plots always agree. */
export function reportCss(): string {
  return `
:root { color-scheme: light dark; ${variables(lightTheme)}; }
@media (prefers-color-scheme: dark) { :root { ${variables(darkTheme)}; } }
* { box-sizing: border-box; }
body { margin: 0; background: var(--page); color: var(--text); font: 15px/1.5 ${FONT_FAMILY}; }
main { max-width: 1180px; margin: 0 auto; padding: 28px 24px 48px; }
header h1 { font-size: 26px; margin: 0 0 4px; }
header .meta { color: var(--muted); margin: 0; font-size: 13px; overflow-wrap: anywhere; }
.facts { display: flex; flex-wrap: wrap; gap: 8px; margin: 16px 0 8px; padding: 0; list-style: none; }
.facts li { background: var(--surface); border: 1px solid var(--border); border-radius: 999px; padding: 3px 12px; font-size: 13px; }
nav.toc { margin: 8px 0 20px; font-size: 13px; color: var(--muted); }
nav.toc a { color: var(--accent); text-decoration: none; margin-right: 14px; }
nav.toc a:hover { text-decoration: underline; }
section { background: var(--surface); border: 1px solid var(--border); border-radius: 8px; padding: 18px 20px; margin: 0 0 20px; }
section h2 { font-size: 18px; margin: 0 0 4px; }
section > p.intro { color: var(--muted); margin: 0 0 12px; font-size: 14px; }
p.note { color: var(--muted); font-style: italic; }
.table-wrap { overflow-x: auto; }
table { border-collapse: collapse; width: 100%; font-size: 14px; }
th, td { text-align: left; padding: 7px 10px; border-bottom: 1px solid var(--grid); vertical-align: top; }
th { color: var(--muted); font-weight: 600; font-size: 12px; text-transform: uppercase; letter-spacing: 0.03em; }
td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
td .sub { display: block; color: var(--muted); font-size: 12px; }
code { font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; font-size: 0.92em; }
ul.guesses { margin: 12px 0 0; padding-left: 20px; color: var(--muted); font-size: 14px; }
.sev { font-weight: 600; text-transform: uppercase; font-size: 12px; }
.sev-error { color: var(--error); }
.sev-warning { color: var(--warning); }
.sev-info { color: var(--muted); }
figure.chart { margin: 0; }
.chart-toolbar { display: flex; justify-content: flex-end; gap: 6px; min-height: 28px; }
.chart-toolbar button { font: inherit; font-size: 12px; color: var(--text); background: var(--page); border: 1px solid var(--border); border-radius: 6px; padding: 3px 10px; cursor: pointer; }
.chart-toolbar button:hover { border-color: var(--accent); color: var(--accent); }
.chart-toolbar .status { color: var(--muted); font-size: 12px; align-self: center; }
.chart-plot { min-height: 200px; }
.chart-placeholder, .chart-error { color: var(--muted); padding: 24px 0; margin: 0; }
.chart-error { color: var(--error); }
.whatif-headline { border-left: 4px solid var(--muted); padding: 6px 12px; margin: 0 0 12px; }
.whatif-headline p { margin: 2px 0; }
.whatif-headline.verdict-helps { border-left-color: #2f9e62; }
.whatif-headline.verdict-hurts { border-left-color: var(--error); }
.whatif-note { color: var(--warning); }
pre.whatif-export { background: var(--page); border: 1px solid var(--border); border-radius: 6px; padding: 8px 12px; overflow-x: auto; font-size: 13px; }
footer { color: var(--muted); font-size: 12px; text-align: center; }
`;
}
