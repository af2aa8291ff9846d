import type { Pipeline } from '../../io/pipeline';
import type { SqlStage } from '../sql/sqlSource';
import { SightlineInputError } from '../../io/errors';
import { SqlEngine } from '../sql/sqlEngine';
import { openClickHouse } from './clickhouseClient';
import { clickhouseDialect, shardedClickhouseDialect } from './clickhouseDialect';
import { clickhouseStage } from './clickhouseStages';

/** The SQL engine over a pipeline's ClickHouse tables; the connection closes if a stage cannot be read. */
export async function openClickHouseEngine(pipeline: Pipeline): Promise<SqlEngine> {
  const settings = pipeline.engineSettings;
  if (!settings?.url) {
    throw new SightlineInputError('engine.clickhouse-url', 'the ClickHouse engine needs engineSettings.url (such as http://127.0.0.1:8123)', {
      hint: 'Set "url" under the engine settings in sightline.json.',
    });
  }
  const client = await openClickHouse({ url: settings.url, database: settings.database, user: settings.user, passwordEnv: settings.passwordEnv, shardedByKey: settings.shardedByKey });
  try {
    const stages = new Map<string, SqlStage>();
    for (const stage of pipeline.stages) stages.set(stage.name, await clickhouseStage(client, stage));
    return new SqlEngine('clickhouse', client, settings.shardedByKey ? shardedClickhouseDialect : clickhouseDialect, stages);
  } catch (error) {
    await client.close();
    throw error;
  }
}
