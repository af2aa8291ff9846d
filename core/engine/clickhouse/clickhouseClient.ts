import type { ClickHouseClient } from '@clickhouse/client';
import { ClickHouseLogLevel, createClient } from '@clickhouse/client';
import type { SqlClient, SqlRow } from '../sql/sqlSource';
import { plainRow } from '../sql/sqlText';
import { SightlineInputError } from '../../io/errors';

export interface ClickHouseSettings {
  /** HTTP endpoint, such as http://127.0.0.1:8123. */
  url: string;
  database?: string;
  user?: string;
  /** The environment variable holding the password; the password itself is never configured. */
  passwordEnv?: string;
  /** Stages sharded by record key: a join's Distributed right side is read on each shard from its local table. */
  shardedByKey?: boolean;
}

/** Analytical scans of a large Distributed table can run for minutes; the client's default is 30 s. */
const REQUEST_TIMEOUT_MS = 10 * 60_000;

/**
 * Settings every query carries. 64-bit integers as JSON numbers (counts), not quoted text;
 * unmatched LEFT JOIN rows as NULL rather than the type's default (the label join counts them).
 * Both are known to ClickHouse 18.16 and every later version.
 */
const QUERY_SETTINGS = { output_format_json_quote_64bit_integers: 0, join_use_nulls: 1 } as const;

/**
 * A ClickHouse server over HTTP. The connection is checked once here, so a wrong url, user or
 * password surfaces before any analysis starts.
 */
export async function openClickHouse(settings: ClickHouseSettings): Promise<SqlClient> {
  const client = connect(settings);
  const run = async (sql: string, signal?: AbortSignal): Promise<SqlRow[]> => {
    signal?.throwIfAborted();
    const result = await client.query({ query: sql, format: 'JSONEachRow', abort_signal: signal });
    const rows = await result.json<Record<string, unknown>>();
    return rows.map(plainRow);
  };
  try {
    await run('SELECT 1 AS ok');
  } catch (error) {
    await client.close();
    const unset = settings.passwordEnv && process.env[settings.passwordEnv] === undefined ? ` (environment variable ${settings.passwordEnv} is not set)` : '';
    throw connectError(settings.url, error, unset);
  }
  return {
    async query(sql: string, signal?: AbortSignal): Promise<SqlRow[]> {
      try {
        return await run(sql, signal);
      } catch (error) {
        signal?.throwIfAborted();
        if (isNetworkError(error)) throw connectError(settings.url, error);
        throw new SightlineInputError('engine.clickhouse-query', `ClickHouse could not run a query: ${firstLine(error)}`, {
          hint: 'Check that the stage tables hold the columns the manifest names; run with the in-memory engine (--engine arquero) to compare.',
        });
      }
    },
    close: () => client.close(),
  };
}

function connect(settings: ClickHouseSettings): ClickHouseClient {
  try {
    return createClient({
      url: settings.url,
      database: settings.database,
      username: settings.user ?? 'default',
      password: settings.passwordEnv ? (process.env[settings.passwordEnv] ?? '') : '',
      request_timeout: REQUEST_TIMEOUT_MS,
      // Response compression would add enable_http_compression to every query; plain JSON is fine on a loopback or LAN.
      compression: { response: false, request: false },
      clickhouse_settings: settings.shardedByKey ? { ...QUERY_SETTINGS, distributed_product_mode: 'local' } : QUERY_SETTINGS,
      // The client would print failed requests (with their SQL) to the console; errors are raised instead.
      log: { level: ClickHouseLogLevel.OFF },
    });
  } catch (error) {
    // A url the client cannot parse.
    throw connectError(settings.url, error);
  }
}

function connectError(url: string, error: unknown, note = ''): SightlineInputError {
  return new SightlineInputError('engine.clickhouse-connect', `could not reach ClickHouse at ${withoutCredentials(url)}: ${firstLine(error)}${note}`, {
    hint: 'Check that the server runs and the url/user in sightline.json; the password comes from the environment variable named by passwordEnv',
  });
}

/** The url as shown in messages: credentials written into it are left out. */
function withoutCredentials(url: string): string {
  try {
    const parsed = new URL(url);
    parsed.username = '';
    parsed.password = '';
    return parsed.toString().replace(/\/$/, '');
  } catch {
    return url.replace(/\/\/[^/@]*@/, '//');
  }
}

/** A socket-level failure (refused, reset, timed out, unknown host), as opposed to an error the server answered with. */
function isNetworkError(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' && /^E[A-Z_]+$/.test(code);
}

function firstLine(error: unknown): string {
  const message = error instanceof Error ? error.message || String((error as { code?: unknown }).code ?? error.name) : String(error);
  return message.split('\n')[0].trim();
}
