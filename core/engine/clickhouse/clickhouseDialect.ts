import type { SqlDialect } from '../sql/sqlSource';

/**
 * An aggregate over the group's non-NULL values, ascending (groupArray skips NULLs). The
 * array is bound once through a lambda, so each figure writes the column expression once:
 * repeating it would push wide stages past max_query_size.
 */
function overSorted(expr: string, body: (sorted: string) => string): string {
  return `arrayElement(arrayMap(sl_s -> ${body('sl_s')}, [arraySort(groupArray(${expr}))]), 1)`;
}

/**
 * Numpy's default quantile (type 7): ClickHouse's quantile() samples and quantileExact() takes
 * an order statistic without interpolating. NaN (read back as null) for an empty group.
 */
function exactQuantile(expr: string, level: number): string {
  return overSorted(expr, (s) => {
    const n = `toFloat64(length(${s}))`;
    const position = `((${n} - 1) * ${float(level)})`;
    const lower = `floor(${position})`;
    const lowerValue = `arrayElement(${s}, toUInt64(${lower}) + 1)`;
    const upperValue = `arrayElement(${s}, toUInt64(least(${lower} + 1, ${n} - 1)) + 1)`;
    return `if(${n} = 0, nan, ${lowerValue} + (${upperValue} - ${lowerValue}) * (${position} - ${lower}))`;
  });
}

/**
 * Two passes over the group's values: stddevSamp sums squares and loses every digit on
 * epoch-ms times, and stddevSampStable's state is corrupted between 18.16 shards.
 */
function sampleStddev(expr: string): string {
  return overSorted(expr, (s) => {
    const n = `toFloat64(length(${s}))`;
    const mean = `(arraySum(${s}) / ${n})`;
    return `if(${n} < 2, nan, sqrt(arraySum(arrayMap(sl_v -> (sl_v - ${mean}) * (sl_v - ${mean}), ${s})) / (${n} - 1)))`;
  });
}

/** An exponent-form literal: ClickHouse parses literals exactly, while toFloat64('...') in 18.16 can be one unit in the last place off. */
function float(value: number): string {
  return `toFloat64(${value.toExponential()})`;
}

/** Every value as text (NULL apart from ''), so one missing column does not make the whole hash NULL. */
function hashArgument(expr: string): string {
  return `ifNull(toString(${expr}), '\\\\N')`;
}

export const clickhouseDialect: SqlDialect = {
  name: 'clickhouse',
  // 18.16 has no grouping sets.
  sliceBatch: 'array-join',
  id: (name) => `\`${name.replace(/\\/g, '\\\\').replace(/`/g, '\\`')}\``,
  countDistinct: (expr) => `uniqExact(${expr})`,
  stddev: sampleStddev,
  quantiles: (expr, levels) => levels.map((level) => exactQuantile(expr, level)),
  float,
  // GLOBAL: the right side reads a Distributed table too, and is sent to the shards once, whole.
  leftJoin: 'GLOBAL ANY LEFT JOIN',
  joinsOnShards: false,
  rowNumber: null,
  // argMin skips rows where either argument is NULL; inside a tuple a NULL value is kept, only NULL orders are skipped.
  valueAtMin: (value, order) => `tupleElement(argMin(tuple(${value}), ${order}), 1)`,
  rowAtMin: (values, order) => `argMin(tuple(${values.join(', ')}), ${order})`,
  rowField: (row, index) => `tupleElement(${row}, ${index + 1})`,
  anyValue: (value) => `any(${value})`,
  hash: (exprs, seed) => `cityHash64(${[String(seed), ...exprs.map(hashArgument)].join(', ')})`,
  sortedArray: (expr) => `arraySort(groupArray(${expr}))`,
  arrayAt: (array, index) => `arrayElement(${array}, ${index})`,
  // The database is the user's: Sightline reads it and writes nothing there.
  temporaryTable: null,
};

/**
 * For stages sharded by record key (`shardedByKey`): a plain join, with the client's
 * distributed_product_mode = 'local', runs on each shard against that shard's rows of the other
 * stage, instead of gathering the right side and sending it to every shard whole.
 */
export const shardedClickhouseDialect: SqlDialect = { ...clickhouseDialect, leftJoin: 'ANY LEFT JOIN', joinsOnShards: true };
