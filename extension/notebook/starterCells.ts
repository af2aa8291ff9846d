/** A cell of a new notebook, independent of vscode so it can be tested. */
export interface StarterCell {
  kind: 'markdown' | 'code';
  source: string;
}

/**
 * The cells of a new Sightline notebook, bound to one pipeline when there is one. They show
 * the library, that variables carry across cells (`manifest`), and data frames.
 */
export function starterCells(manifest: string | undefined, pipelineName?: string): StarterCell[] {
  const target = manifest ? JSON.stringify(manifest) : "'path/to/sightline.json' // a sightline.json, its folder or one log file";
  const title = pipelineName ? `Sightline notebook: ${pipelineName}` : 'Sightline notebook';
  return [
    {
      kind: 'markdown',
      source: [
        `# ${title}`,
        '',
        'Cells are JavaScript with top-level `await`, run by the **Sightline** kernel in a worker thread.',
        '`sightline` is the library (`inspect`, `overview`, `monitor`, `drift`, `trace`, `slices`, `sliceDiff`, `why`, `keys`, `whatif`, `open`, `fromDataFrame`, `readLogFile`) and `display(x)` shows a value.',
        'Variables carry from cell to cell. Results draw as charts here, and the saved notebook keeps a plain HTML summary for other viewers.',
      ].join('\n'),
    },
    { kind: 'code', source: `const manifest = ${target};\nconst overview = await sightline.overview(manifest);\noverview` },
    {
      kind: 'code',
      source: [
        '// What each stage holds: files, rows, columns with null rates, time span, labels',
        'const inspection = await sightline.inspect(manifest);',
        "for (const stage of inspection.stages) console.log(`${stage.name}: ${stage.rows} rows, ${stage.columns.length} columns`);",
        'inspection',
      ].join('\n'),
    },
    {
      kind: 'code',
      source: [
        '// Window-by-window monitoring: alerts with their onset, a score per stage, column and window,',
        '// and performance with label coverage when the pipeline logs predictions and labels',
        'const monitoring = await sightline.monitor(manifest);',
        'monitoring',
      ].join('\n'),
    },
    {
      kind: 'code',
      source: [
        '// Stage trace: alerts grouped into incidents, each with the first stage and column where it shows,',
        '// its onset, the stages downstream, and the records lost between stages. Select an incident to drill down.',
        'const trace = await sightline.trace(manifest);',
        'trace',
      ].join('\n'),
    },
    {
      kind: 'code',
      source: [
        "// Slices where the model errs most: the pipeline's predictions joined with labels and upstream columns (or a log file",
        "// or table with { error: 'loss' } or { label, prediction }). Select a slice to search within it.",
        'await sightline.slices(manifest)',
      ].join('\n'),
    },
    {
      kind: 'code',
      source: [
        '// One record through every stage: its values, what changed, its prediction and label',
        'const [someKey] = await sightline.keys(manifest);',
        'await sightline.why(manifest, someKey)',
      ].join('\n'),
    },
    {
      kind: 'code',
      source: [
        '// Any data frame works too: a Danfo.js DataFrame or an object of equal-length columns',
        'const hours = Array.from({ length: 72 }, (_, i) => i);',
        'const frame = sightline.fromDataFrame({',
        '  event_time: hours.map((h) => new Date(Date.UTC(2024, 0, 1, h))),',
        '  score: hours.map((h) => ((h * 37) % 100) / 100),',
        '  label: hours.map((h) => (h % 5 === 0 ? null : h % 2)),',
        '});',
        "await sightline.overview(frame, { name: 'my frame' })",
      ].join('\n'),
    },
    {
      kind: 'code',
      source: [
        '// Drift between two samples (here two tables; also log file paths, or a pipeline stage cut to a time range, e.g.',
        "// await sightline.drift({ target: manifest, stage: 'ingest', end: Date.UTC(2024, 1, 1) }, { target: manifest, stage: 'ingest', start: Date.UTC(2024, 1, 1) }))",
        'const before = sightline.fromDataFrame({ amount: hours.map((h) => 10 + (h % 7)), channel: hours.map((h) => (h % 3 ? \'web\' : \'app\')) });',
        'const after = sightline.fromDataFrame({ amount: hours.map((h) => 13 + (h % 7)), channel: hours.map((h) => (h % 2 ? \'web\' : \'app\')) });',
        'await sightline.drift(before, after)',
      ].join('\n'),
    },
    {
      kind: 'code',
      source: [
        '// What if: simulate a remediation on the logged records, fitted on earlier windows and scored on the next,',
        "// before vs after with intervals (also { kind: 'recalibrate', method: 'platt' }, 'fallback', 'rollback', 'repair')",
        "await sightline.whatif(manifest, { kind: 'threshold', objective: { kind: 'f1' } }, { replicates: 200 })",
      ].join('\n'),
    },
  ];
}
