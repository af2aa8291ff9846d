import type { DrillDown, SliceErrorSpec, SlicePredicate, TimeRangeMs } from '../../core/protocol';

/** Checks a drill-down from the renderer field by field: webview content is not trusted. */
export function parseDrillDown(value: unknown): DrillDown | undefined {
  if (!isObject(value) || typeof value.source !== 'string') return undefined;
  const source = value.source;
  if (value.kind === 'slice' && isCount(value.rank) && isPredicates(value.predicates) && isCount(value.size) && isNumber(value.error)) {
    const errorSpec = parseErrorSpec(value.errorSpec);
    return { kind: 'slice', source, rank: value.rank, predicates: value.predicates, size: value.size, error: value.error, ...(errorSpec ? { errorSpec } : {}) };
  }
  if (value.kind === 'sliceDiff' && (value.direction === 'grown' || value.direction === 'shrunk') && isCount(value.rank) && isPredicates(value.predicates) && isNumber(value.riskRatio) && isText(value.stage)) {
    const reference = parseRange(value.reference);
    const current = parseRange(value.current);
    if (reference && current) return { kind: 'sliceDiff', source, stage: value.stage, reference, current, direction: value.direction, rank: value.rank, predicates: value.predicates, riskRatio: value.riskRatio };
  }
  if (value.kind === 'incident' && isCount(value.rank) && isText(value.stage) && isText(value.column) && isNumber(value.start) && isNumber(value.end)) {
    return { kind: 'incident', source, rank: value.rank, stage: value.stage, column: value.column, start: value.start, end: value.end, nulls: value.nulls === true };
  }
  if (value.kind === 'lineageStage' && isText(value.key) && isText(value.stage)) return { kind: 'lineageStage', source, key: value.key, stage: value.stage };
  return undefined;
}

/** A range with each bound absent (open) or a finite number, start before end. */
function parseRange(value: unknown): TimeRangeMs | undefined {
  if (!isObject(value)) return undefined;
  const { start, end } = value;
  if ((start !== undefined && !isNumber(start)) || (end !== undefined && !isNumber(end))) return undefined;
  if (start !== undefined && end !== undefined && start >= end) return undefined;
  return { ...(start !== undefined ? { start } : {}), ...(end !== undefined ? { end } : {}) };
}

function parseErrorSpec(value: unknown): SliceErrorSpec | undefined {
  if (!isObject(value)) return undefined;
  if (isText(value.error)) return { error: value.error };
  if (isText(value.label) && isText(value.prediction)) return { label: value.label, prediction: value.prediction };
  return undefined;
}

function isPredicates(value: unknown): value is SlicePredicate[] {
  return Array.isArray(value) && value.length > 0 && value.every((p) => isObject(p) && isText(p.feature) && typeof p.value === 'string');
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

function isText(value: unknown): value is string {
  return typeof value === 'string' && value.length > 0;
}

function isNumber(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value);
}

function isCount(value: unknown): value is number {
  return isNumber(value) && Number.isInteger(value) && value >= 0;
}
