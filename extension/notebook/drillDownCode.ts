import type { DrillDown, SliceErrorSpec, TimeRangeMs } from '../../core/protocol';
import { formatDate } from '../../core/charts/format';
import { rangeLabel } from '../../core/detect/drift/rangeLabel';

/**
 * The code of the cell a drill-down inserts: it reproduces what was clicked with the library,
 * so the notebook keeps the step and it can be rerun or edited. Every value from the drill-down
 * is written as a JSON literal and every comment is one line: data never becomes code.
 */
export function drillDownCode(drill: DrillDown, sourceIsFile: boolean): string {
  switch (drill.kind) {
    case 'slice':
      return sliceCode(drill, sourceIsFile);
    case 'sliceDiff':
      return sliceDiffCode(drill);
    case 'incident':
      return incidentCode(drill);
    case 'lineageStage':
      return [
        comment(`Record ${drill.key} at stage ${drill.stage}: its row(s) with every column`),
        `const record = await sightline.why(${literal(drill.source)}, ${literal(drill.key)});`,
        `record.stages.find((stage) => stage.stage === ${literal(drill.stage)})?.rows`,
      ].join('\n');
  }
}

function sliceCode(drill: Extract<DrillDown, { kind: 'slice' }>, sourceIsFile: boolean): string {
  const where = drill.predicates.map((p) => `${p.feature} = ${p.value}`).join(' & ');
  const features = drill.predicates.map((p) => p.feature);
  const options = [...errorOptions(drill.errorSpec), `features: ${literal(features)}`, `maxLevel: ${features.length}`].join(', ');
  const data = sourceIsFile ? literal(drill.source) : 'table /* the table the search ran on */';
  return [
    comment(`Slice #${drill.rank}: ${where} (${drill.size} rows, error ${round(drill.error)}): every slice of its features`),
    `await sightline.slices(${data}, { ${options} })`,
  ].join('\n');
}

function sliceDiffCode(drill: Extract<DrillDown, { kind: 'sliceDiff' }>): string {
  const where = drill.predicates.map((p) => `${p.feature} = ${p.value}`).join(' & ');
  const features = drill.predicates.map((p) => p.feature);
  const range = (r: TimeRangeMs) => `{ ${[r.start === undefined ? '' : `start: ${r.start}`, r.end === undefined ? '' : `end: ${r.end}`].filter(Boolean).join(', ')} }`;
  const options = [`stage: ${literal(drill.stage)}`, `reference: ${range(drill.reference)}`, `current: ${range(drill.current)}`, `features: ${literal(features)}`, `maxLevel: ${features.length}`].join(', ');
  const ranges = `${rangeLabel(drill.current.start, drill.current.end)} vs ${rangeLabel(drill.reference.start, drill.reference.end)}`;
  return [
    comment(`${drill.direction === 'grown' ? 'Grown' : 'Shrunk'} slice #${drill.rank}: ${where} (risk ratio ${round(drill.riskRatio)}) in ${drill.stage}, ${ranges}: every slice of its features`),
    `await sightline.sliceDiff(${literal(drill.source)}, { ${options} })`,
  ].join('\n');
}

function incidentCode(drill: Extract<DrillDown, { kind: 'incident' }>): string {
  const query = [`stage: ${literal(drill.stage)}`, `start: ${drill.start}`, `end: ${drill.end}`, ...(drill.nulls ? [`missing: ${literal(drill.column)}`] : [])].join(', ');
  return [
    comment(`Incident ${drill.rank}: ${drill.stage}.${drill.column} since ${formatDate(drill.start, true)} UTC; a record of its onset window through every stage`),
    `const [incidentKey] = await sightline.keys(${literal(drill.source)}, { ${query} });`,
    `await sightline.why(${literal(drill.source)}, incidentKey)`,
  ].join('\n');
}

function errorOptions(spec: SliceErrorSpec | undefined): string[] {
  if (!spec) return [];
  return 'error' in spec ? [`error: ${literal(spec.error)}`] : [`label: ${literal(spec.label)}`, `prediction: ${literal(spec.prediction)}`];
}

function literal(value: unknown): string {
  // JSON is valid JavaScript; U+2028/U+2029 are escaped for older parsers and for readability.
  return JSON.stringify(value).replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');
}

function comment(text: string): string {
  return `// ${text.replace(/[\r\n\u2028\u2029]+/g, ' ')}`;
}

function round(x: number): string {
  return String(Number(x.toPrecision(3)));
}
