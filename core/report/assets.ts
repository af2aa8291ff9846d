import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

/** The two scripts every report inlines so it opens offline, with no external URL. */
export interface ReportAssets {
  /** plotly.js-dist-min, defines the global `Plotly`. */
  plotlyJs: string;
  /** The report's browser bundle (webviews/report/main.ts built to dist/webviews/report.js). */
  reportJs: string;
}

export interface AssetSearch {
  /** Search only this directory and its ancestors (default: the bundle's __dirname, then the working directory). */
  from?: string;
  /** Explicit paths win over the search. */
  plotlyPath?: string;
  reportPath?: string;
}

const PLOTLY_CANDIDATES = ['node_modules/plotly.js-dist-min/plotly.min.js', 'dist/webviews/plotly.min.js', 'webviews/plotly.min.js'];
const REPORT_CANDIDATES = ['dist/webviews/report.js', 'webviews/report.js'];

/**
 * Finds the assets next to the running bundle or in a directory above it (dist/cli.js,
 * .test-build/report/*.js), then above the working directory (test bundles built elsewhere).
 */
export function findReportAssets(search: AssetSearch = {}): { plotlyPath: string; reportPath: string } {
  const roots = search.from ? ancestors(search.from) : [...ancestors(bundleDir()), ...ancestors(process.cwd())];
  const plotlyPath = search.plotlyPath ?? firstExisting(roots, PLOTLY_CANDIDATES);
  const reportPath = search.reportPath ?? firstExisting(roots, REPORT_CANDIDATES);
  if (!plotlyPath) {
    throw new Error(`plotly.min.js not found above ${roots[0]}: run \`npm ci\` so node_modules/plotly.js-dist-min exists.`);
  }
  if (!reportPath) {
    throw new Error(`report bundle (dist/webviews/report.js) not found above ${roots[0]}: run \`npm run build\` first.`);
  }
  return { plotlyPath, reportPath };
}

export function loadReportAssets(search: AssetSearch = {}): ReportAssets {
  const { plotlyPath, reportPath } = findReportAssets(search);
  return { plotlyJs: readFileSync(plotlyPath, 'utf8'), reportJs: readFileSync(reportPath, 'utf8') };
}

function bundleDir(): string {
  return typeof __dirname === 'string' ? __dirname : process.cwd();
}

function ancestors(dir: string): string[] {
  const out: string[] = [];
  for (let current = resolve(dir); ; current = dirname(current)) {
    out.push(current);
    if (dirname(current) === current) return out;
  }
}

function firstExisting(roots: string[], candidates: string[]): string | undefined {
  for (const root of roots) {
    for (const candidate of candidates) {
      const path = join(root, candidate);
      if (existsSync(path)) return path;
    }
  }
  return undefined;
}
