import { test } from 'node:test';
import assert from 'node:assert/strict';
import { clickhouseAvailable } from './twoShards';

/**
 * Registers ClickHouse tests when the server is installed. Without it one failing test says how
 * to install it (a skipped test would pass silently), unless SIGHTLINE_NO_CLICKHOUSE=1 leaves
 * them out on purpose.
 */
export function whenClickHouse(register: () => void): void {
  if (clickhouseAvailable()) register();
  else if (process.env.SIGHTLINE_NO_CLICKHOUSE !== '1') {
    test('the ClickHouse tests need clickhouse-server', () => {
      assert.fail('clickhouse-server is not installed: apt-get install clickhouse-server (or set SIGHTLINE_NO_CLICKHOUSE=1 to leave these tests out)');
    });
  }
}
