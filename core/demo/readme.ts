/** The README.md written next to the demo's sightline.json. */
export function demoReadme(sample: string, rows: Record<string, number>): string {
  const count = (stage: string): string => (rows[stage] ?? 0).toLocaleString('en-US');
  return `# Sightline demo: flight delay prediction

A small ML pipeline replayed on real data: US domestic flights from 2001-01-01 to 2001-06-30
(vega-datasets \`flights-3m.parquet\`, ${sample}). Each stage wrote the logs below; Sightline reads
them through \`sightline.json\`. Open this folder in VS Code, or run \`sightline inspect sightline.json\`.

| stage | files | rows | what it logs |
|---|---|---|---|
| ingest | \`logs/ingest/*.csv\` | ${count('ingest')} | records as received: flight_id, event_time (scheduled departure), origin, destination, distance (miles) |
| clean | \`logs/clean/month=*/part-0.parquet\` | ${count('clean')} | airport join (inner: records with an unknown or missing airport are dropped), states, coordinates, distance_km, dep_hour (local scheduled departure hour) |
| features | \`logs/features/month=*/part-0.parquet\` | ${count('features')} | dep_hour (derived again by the features job, not copied from clean), day_of_week (0 = Monday), log_distance (log km), origin_state, origin_hub (20 busiest January origins), origin/dest_prior_delay_rate (January late share, smoothed) |
| predict | \`logs/predict/month=*/part-0.parquet\` | ${count('predict')} | score = P(arrival > 15 min late), predicted_late (score >= the F1-best threshold of the training month), model_version, shadow_score |
| feedback | \`logs/feedback/*.jsonl\` | ${count('feedback')} | late (arrival delay > 15 min) at label_time, when the airline reported it |

\`logs/runs.jsonl\` logs one run per component per day (code_version, inputs, outputs).

**Models.** Logistic regression (IRLS on standardized inputs) on dep_hour, dep_hour², weekend,
log_distance, origin_hub and the two prior delay rates. \`v1\` is trained on January; \`v2\` is
retrained on March and serves from 2001-04-01, when \`v1\` keeps scoring in \`shadow_score\`
(null before) so a rollback can be replayed. Both are in \`models/\`: \`late-arrival-v1.json\` and
\`late-arrival-v2.json\` hold the fitted numbers, \`v1.onnx\` and \`v2.onnx\` the same models as ONNX
graphs that read the features stage's columns as logged (input \`x\`: the six numeric feature columns,
named in the file's metadata; dep_hour² and weekend are computed inside the graph; output \`score\`).
\`sightline.json\` maps them to the model_version values, so logged scores can be re-scored.

**Times.** The source gives scheduled departures in local wall-clock time; the demo keeps those
numbers and writes them as UTC timestamps (ISO strings ending in Z in CSV and JSON lines,
timestamp[ms] in Parquet). Labels arrive after the flight lands plus a lognormal reporting lag
(median 16 h); about 7% never arrive.

**Real drift** is left as it is: the monthly late share moves between about 16% and 23%, and
some airports change a lot.

**Planted incidents** are documented with their ground truth in \`incidents.json\` (kind, stage,
column, onset, end, affected records with a count and a file of flight_ids under \`incidents/\`).
They are the test set for detectors: try to find them before you read it.
`;
}
