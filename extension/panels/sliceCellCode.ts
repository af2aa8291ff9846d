import type { SliceFinding } from '../../core/protocol';
import type { SlicesRequest } from '../../core/protocol/sliceExplorer';
import { formatCount, predicatesText } from '../../core/charts';

/**
 * The notebook cell "Open in notebook" inserts: the slice search again, restricted to the
 * slice's features (and the explorer's time range), so every refinement of the slice shows.
 * Values are JSON literals and comments one line each: data from logs never becomes code.
 */
export function sliceCellCode(request: SlicesRequest, slice: SliceFinding, label: string): string {
  const features = slice.predicates.map((p) => p.feature);
  const options = [
    `features: ${literal(features)}`,
    `maxLevel: ${features.length}`,
    ...(request.start !== undefined ? [`start: ${request.start}`] : []),
    ...(request.end !== undefined ? [`end: ${request.end}`] : []),
  ];
  const range = request.start !== undefined || request.end !== undefined ? `; event time ${iso(request.start)}..${iso(request.end)}` : '';
  return [
    comment(`Slice ${label}: ${predicatesText(slice.predicates)} (${formatCount(slice.size)} rows, error ${round(slice.error)})${range}`),
    `await sightline.slices(${literal(request.target)}, { ${options.join(', ')} })`,
  ].join('\n');
}

function iso(ms: number | undefined): string {
  return ms === undefined ? '' : new Date(ms).toISOString();
}

function literal(value: unknown): string {
  return JSON.stringify(value).replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');
}

function comment(text: string): string {
  return `// ${text.replace(/[\r\n\u2028\u2029]+/g, ' ')}`;
}

function round(x: number): string {
  return String(Number(x.toPrecision(3)));
}
