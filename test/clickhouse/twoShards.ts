import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** The cluster every server's config defines: shard 1 on server A, shard 2 on server B. */
export const CLUSTER = 'sightline_two_shards';
/** A user with a password, to test that the client reads it from the environment. */
export const PASSWORD_USER = { name: 'sightline', password: 'shard-test-secret' };

const HOST = '127.0.0.1';
const START_TIMEOUT_MS = 20_000;
/** 18.16 lingers about 8 s after SIGTERM while HTTP keep-alive connections idle out; the data is thrown away, so it is not waited for. */
const STOP_TIMEOUT_MS = 1_500;

/** Debian's 18.x package ships a separate server binary; newer releases one `clickhouse` binary with a `server` mode. */
const SERVER_COMMANDS: [string, string[]][] = [
  ['/usr/sbin/clickhouse-server', []],
  ['/usr/bin/clickhouse-server', []],
  ['/usr/bin/clickhouse', ['server']],
];

export function clickhouseAvailable(): boolean {
  return serverCommand() !== undefined;
}

function serverCommand(): [string, string[]] | undefined {
  return SERVER_COMMANDS.find(([path]) => existsSync(path));
}

/** A table split over both shards: `<database>.<name>_local` on each server, `<database>.<name>` Distributed on server A. */
export interface ShardedTable {
  database: string;
  name: string;
  /** Column name to ClickHouse type, in order. */
  columns: [string, string][];
  /** The Distributed table's sharding expression, such as cityHash64(key). */
  shardingKey: string;
}

export interface TwoShards {
  /** Server A's HTTP endpoint, where the Distributed tables live. */
  url: string;
  /** HTTP endpoints of server A and server B. */
  urls: string[];
  /** [http, tcp, interserver] ports of server A, then of server B. */
  ports: number[];
  /** Milliseconds from spawning both servers to both answering SELECT 1. */
  startupMs: number;
  /** Runs one statement on a server (0 = A, 1 = B) and returns its rows (JSONEachRow). */
  query(sql: string, server?: number): Promise<Record<string, unknown>[]>;
  createSharded(table: ShardedTable): Promise<void>;
  /** Inserts through the Distributed table, synchronously, so each row lands on its shard before this returns. */
  load(table: ShardedTable, rows: object[]): Promise<void>;
  stop(): Promise<void>;
}

interface Server {
  http: number;
  tcp: number;
  interserver: number;
  dir: string;
  process?: ChildProcess;
  /** Why the process could not be spawned, if it could not. */
  failure?: string;
}

/**
 * Two real ClickHouse servers on free loopback ports, each with its own temporary folder,
 * forming the two-shard cluster `sightline_two_shards`. Ports 8123/9000 (a system service) are
 * never used.
 */
export async function startTwoShards(): Promise<TwoShards> {
  const command = serverCommand();
  if (!command) throw new Error('clickhouse-server is not installed (apt-get install clickhouse-server)');
  const root = mkdtempSync(join(tmpdir(), 'sightline-ch-'));
  const ports = await freePorts(6);
  const servers: Server[] = [0, 1].map((i) => ({ http: ports[3 * i], tcp: ports[3 * i + 1], interserver: ports[3 * i + 2], dir: join(root, i === 0 ? 'a' : 'b') }));
  servers.forEach((server) => writeConfig(server, servers));
  const started = Date.now();
  const stop = async (): Promise<void> => {
    await Promise.all(servers.map(stopServer));
    rmSync(root, { recursive: true, force: true });
  };
  const killOnExit = (): void => servers.forEach((s) => s.process?.exitCode === null && s.process.kill('SIGKILL'));
  process.once('exit', killOnExit);
  try {
    for (const server of servers) server.process = launch(command, server);
    await Promise.all(servers.map(waitUntilReady));
  } catch (error) {
    await stop();
    throw error;
  }
  const startupMs = Date.now() - started;
  const urls = servers.map((s) => `http://${HOST}:${s.http}`);
  const query = (sql: string, server = 0): Promise<Record<string, unknown>[]> => httpQuery(urls[server], sql);
  return {
    url: urls[0],
    urls,
    ports,
    startupMs,
    query,
    createSharded: (table) => createSharded(query, table),
    load: (table, rows) => insertRows(urls[0], table, rows),
    async stop() {
      process.removeListener('exit', killOnExit);
      await stop();
    },
  };
}

function freePorts(count: number): Promise<number[]> {
  // All listeners stay open until every port is known, so no port is handed out twice.
  const listeners = Array.from({ length: count }, () => createServer());
  return Promise.all(
    listeners.map((listener) => new Promise<number>((resolve, reject) => {
      listener.once('error', reject);
      listener.listen(0, HOST, () => resolve((listener.address() as { port: number }).port));
    })),
  ).finally(() => listeners.forEach((listener) => listener.close()));
}

function writeConfig(server: Server, cluster: Server[]): void {
  for (const sub of ['data', 'tmp', 'user_files', 'format_schemas', 'log']) mkdirSync(join(server.dir, sub), { recursive: true });
  const shards = cluster.map((s) => `<shard><replica><host>${HOST}</host><port>${s.tcp}</port></replica></shard>`).join('');
  writeFileSync(
    join(server.dir, 'config.xml'),
    `<?xml version="1.0"?>
<yandex>
  <logger><level>warning</level><log>${server.dir}/log/server.log</log><errorlog>${server.dir}/log/server.err.log</errorlog><size>10M</size><count>1</count></logger>
  <listen_host>${HOST}</listen_host>
  <http_port>${server.http}</http_port>
  <tcp_port>${server.tcp}</tcp_port>
  <interserver_http_port>${server.interserver}</interserver_http_port>
  <interserver_http_host>${HOST}</interserver_http_host>
  <path>${server.dir}/data/</path>
  <tmp_path>${server.dir}/tmp/</tmp_path>
  <user_files_path>${server.dir}/user_files/</user_files_path>
  <format_schema_path>${server.dir}/format_schemas/</format_schema_path>
  <users_config>${server.dir}/users.xml</users_config>
  <default_profile>default</default_profile>
  <default_database>default</default_database>
  <mark_cache_size>67108864</mark_cache_size>
  <max_concurrent_queries>100</max_concurrent_queries>
  <timezone>Asia/Kolkata</timezone>
  <remote_servers><${CLUSTER}>${shards}</${CLUSTER}></remote_servers>
</yandex>
`,
  );
  writeFileSync(
    join(server.dir, 'users.xml'),
    `<?xml version="1.0"?>
<yandex>
  <profiles><default></default></profiles>
  <users>
    <default><password></password><networks><ip>${HOST}</ip></networks><profile>default</profile><quota>default</quota></default>
    <${PASSWORD_USER.name}><password>${PASSWORD_USER.password}</password><networks><ip>${HOST}</ip></networks><profile>default</profile><quota>default</quota></${PASSWORD_USER.name}>
  </users>
  <quotas><default></default></quotas>
</yandex>
`,
  );
}

function launch([binary, args]: [string, string[]], server: Server): ChildProcess {
  const child = spawn(binary, [...args, `--config-file=${join(server.dir, 'config.xml')}`], { cwd: server.dir, stdio: 'ignore' });
  child.on('error', (error) => {
    server.failure = error.message;
  });
  return child;
}

async function waitUntilReady(server: Server): Promise<void> {
  const deadline = Date.now() + START_TIMEOUT_MS;
  const url = `http://${HOST}:${server.http}`;
  for (;;) {
    if (server.failure) throw new Error(`clickhouse-server could not be started: ${server.failure}`);
    if (server.process?.exitCode !== null) throw new Error(`clickhouse-server on port ${server.http} exited (code ${server.process?.exitCode}):\n${logTail(server)}`);
    try {
      await httpQuery(url, 'SELECT 1 AS ok');
      return;
    } catch (error) {
      if (Date.now() > deadline) throw new Error(`clickhouse-server on port ${server.http} did not answer within ${START_TIMEOUT_MS} ms (${(error as Error).message}):\n${logTail(server)}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

function logTail(server: Server): string {
  const file = join(server.dir, 'log', 'server.err.log');
  return existsSync(file) ? readFileSync(file, 'utf8').split('\n').slice(-20).join('\n') : '(no log)';
}

async function stopServer(server: Server): Promise<void> {
  const child = server.process;
  if (!child || child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), STOP_TIMEOUT_MS);
  await exited;
  clearTimeout(timer);
}

async function httpQuery(url: string, sql: string, settings: Record<string, string> = {}, body?: string): Promise<Record<string, unknown>[]> {
  const params = new URLSearchParams({ output_format_json_quote_64bit_integers: '0', ...settings });
  const isSelect = /^\s*(SELECT|DESCRIBE|SHOW)\b/i.test(sql);
  if (body !== undefined) params.set('query', sql);
  const response = await fetch(`${url}/?${params}`, { method: 'POST', body: body ?? (isSelect ? `${sql} FORMAT JSONEachRow` : sql) });
  const text = await response.text();
  if (!response.ok) throw new Error(`${response.status}: ${text.split('\n')[0]}`);
  return isSelect ? text.split('\n').filter(Boolean).map((line) => JSON.parse(line) as Record<string, unknown>) : [];
}

async function createSharded(query: (sql: string, server?: number) => Promise<unknown>, table: ShardedTable): Promise<void> {
  const columns = table.columns.map(([name, type]) => `\`${name}\` ${type}`).join(', ');
  for (const server of [0, 1]) {
    await query(`CREATE DATABASE IF NOT EXISTS ${table.database}`, server);
    await query(`CREATE TABLE ${table.database}.${table.name}_local (${columns}) ENGINE = MergeTree ORDER BY tuple()`, server);
  }
  await query(`CREATE TABLE ${table.database}.${table.name} AS ${table.database}.${table.name}_local ENGINE = Distributed(${CLUSTER}, ${table.database}, ${table.name}_local, ${table.shardingKey})`);
}

async function insertRows(url: string, table: ShardedTable, rows: object[]): Promise<void> {
  const body = rows.map((row) => JSON.stringify(row)).join('\n');
  await httpQuery(url, `INSERT INTO ${table.database}.${table.name} FORMAT JSONEachRow`, { insert_distributed_sync: '1' }, body);
}
