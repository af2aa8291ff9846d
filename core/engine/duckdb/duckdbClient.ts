import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { SqlClient, SqlRow } from '../sql/sqlSource';
import { plainRow } from '../sql/sqlText';
import { SightlineInputError } from '../../io/errors';

type DuckDbModule = typeof import('@duckdb/node-api');

export interface DuckDbSettings {
  /** Worker threads DuckDB may use (its default: one per core). */
  threads?: number;
  /** DuckDB's memory limit, such as "4GB"; past it DuckDB spills to a temporary folder. */
  memoryLimit?: string;
}

/**
 * An in-process DuckDB database with nothing stored: stage files are read where they lie by
 * the queries themselves. The native binding loads on first use, so the in-memory engine never
 * needs it.
 */
export async function openDuckDb(settings: DuckDbSettings = {}): Promise<SqlClient> {
  const duckdb = loadDuckDb();
  const options: Record<string, string> = {};
  if (settings.threads) options.threads = String(settings.threads);
  if (settings.memoryLimit) options.memory_limit = settings.memoryLimit;
  const instance = await duckdb.DuckDBInstance.create(':memory:', options);
  const connection = await instance.connect();
  // Times without an offset are UTC, as the in-memory readers take them.
  await connection.run("SET TimeZone = 'UTC'");
  await connection.run('SET preserve_insertion_order = true');
  // Spills go to the system's temporary folder, never to the working directory (a log folder, maybe).
  await connection.run(`SET temp_directory = '${join(tmpdir(), `sightline-duckdb-${process.pid}`).replace(/'/g, "''")}'`);
  return {
    async query(sql: string, signal?: AbortSignal): Promise<SqlRow[]> {
      signal?.throwIfAborted();
      const onAbort = (): void => connection.interrupt();
      signal?.addEventListener('abort', onAbort, { once: true });
      try {
        const reader = await connection.runAndReadAll(sql);
        return reader.getRowObjectsJS().map(plainRow);
      } catch (error) {
        signal?.throwIfAborted();
        throw new SightlineInputError('engine.duckdb-query', `DuckDB could not run a query: ${(error as Error).message.split('\n')[0]}`, {
          hint: 'Check that the stage files are readable and hold the columns the manifest names; run with the in-memory engine (--engine arquero) to compare.',
        });
      } finally {
        signal?.removeEventListener('abort', onAbort);
      }
    },
    async close(): Promise<void> {
      connection.closeSync();
      instance.closeSync();
    },
  };
}

function loadDuckDb(): DuckDbModule {
  try {
    // A native module: required at run time, never bundled.
    return require('@duckdb/node-api') as DuckDbModule;
  } catch (error) {
    throw new SightlineInputError('engine.duckdb-missing', `the DuckDB engine needs the @duckdb/node-api package, which could not be loaded (${(error as Error).message.split('\n')[0]})`, {
      hint: 'Install it next to Sightline (npm install @duckdb/node-api), or use the in-memory engine (--engine arquero).',
    });
  }
}
