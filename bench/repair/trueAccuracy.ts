import type { LogTable } from '../../core/io/logTable';
import type { Pipeline } from '../../core/io/pipeline';
import type { PipelineSliceTable } from '../../core/diagnose/slices/pipelineSliceTable';
import { loadOnnxScorer } from '../../core/react/model/onnxScorer';
import { modelInputColumns } from '../../core/react/model/modelInputColumns';

/** The affected records of an incident: indices into the joined prediction rows, with their labels. */
export interface Affected {
  joined: PipelineSliceTable;
  /** Indices into `joined` of the affected records with a label. */
  labeled: Int32Array;
}

export interface Figures {
  accuracy: number;
  f1: number;
}

/**
 * Accuracy and F1 of the logged decisions, and of the decisions the model makes when `column`
 * holds `truth(i)` (i indexes the joined rows): what the pipeline would have decided without the bug.
 */
export async function accuracies(pipeline: Pipeline, tables: ReadonlyMap<string, LogTable>, affected: Affected, column: string, truth: (i: number) => number): Promise<{ logged: Figures; truth: Figures }> {
  const { joined, labeled } = affected;
  const predictions = pipeline.predictions!;
  const predictTable = tables.get(predictions.stage)!;
  const cls = predictTable.columns.find((c) => c.name === predictions.class)!;
  const version = joined.table.columns.find((c) => c.name === predictions.modelVersion)!;
  const logged = new Counts();
  const truthCounts = new Counts();
  for (const [name, file] of Object.entries(predictions.models ?? {})) {
    const rows = labeled.filter((i) => version.type === 'category' && version.dictionary[version.codes[i]] === name);
    if (!rows.length) continue;
    const scorer = await loadOnnxScorer(file);
    const columns = modelInputColumns(joined.table, scorer.inputs, file).map((c, j) =>
      Float64Array.from(rows, (i) => (scorer.inputs[j] === column ? truth(i) : c[i])),
    );
    const scores = await scorer.score(columns);
    await scorer.release();
    rows.forEach((i, k) => {
      const label = joined.labels[i];
      logged.add(cls.type === 'category' ? NaN : cls.values[joined.rows[i]], label);
      truthCounts.add(scores[k] >= (scorer.threshold ?? 0.5) ? 1 : 0, label);
    });
  }
  return { logged: logged.figures(), truth: truthCounts.figures() };
}

class Counts {
  private tp = 0;
  private fp = 0;
  private fn = 0;
  private tn = 0;

  add(decision: number, label: number): void {
    if (decision === 1) label === 1 ? this.tp++ : this.fp++;
    else label === 1 ? this.fn++ : this.tn++;
  }

  figures(): Figures {
    const n = this.tp + this.fp + this.fn + this.tn;
    return { accuracy: (this.tp + this.tn) / n, f1: (2 * this.tp) / (2 * this.tp + this.fp + this.fn) };
  }
}
