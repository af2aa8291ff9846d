import type { SqlDialect } from '../sql/sqlSource';

export const duckdbDialect: SqlDialect = {
  name: 'duckdb',
  sliceBatch: 'grouping-sets',
  id: (name) => `"${name.replace(/"/g, '""')}"`,
  countDistinct: (expr) => `count(DISTINCT ${expr})`,
  stddev: (expr) => `stddev_samp(${expr})`,
  quantiles: (expr, levels) => levels.map((q) => `quantile_cont(${expr}, ${q})`),
  float: (value) => `CAST('${String(value)}' AS DOUBLE)`,
  leftJoin: 'LEFT JOIN',
  joinsOnShards: false,
  // A struct is never null, so the first row's value is taken even when it is missing (arg_min skips null values).
  valueAtMin: (value, order) => `arg_min(struct_pack(v := ${value}), ${order}).v`,
  rowAtMin: (values, order) => `arg_min(struct_pack(${values.map((v, i) => `v${i} := ${v}`).join(', ')}), ${order})`,
  rowField: (row, index) => `${row}.v${index}`,
  anyValue: (value) => `first(${value})`,
  rowNumber: '(row_number() OVER () - 1)',
  hash: (exprs, seed) => `hash(${[String(seed), ...exprs].join(', ')})`,
  sortedArray: (expr) => `list_sort(list(${expr}) FILTER (WHERE ${expr} IS NOT NULL))`,
  arrayAt: (array, index) => `${array}[${index}]`,
  // The connection is Sightline's own in-memory database; it spills to the system temp folder.
  temporaryTable: (name, query) => `CREATE OR REPLACE TEMP TABLE ${name} AS ${query}`,
};
