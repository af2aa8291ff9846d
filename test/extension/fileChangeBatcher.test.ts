import assert from 'node:assert/strict';
import { setTimeout as sleep } from 'node:timers/promises';
import { test } from 'node:test';
import { FileChangeBatcher } from '../../extension/explorer/fileChangeBatcher';

test('file changes arrive once, together, after things are quiet', async () => {
  const batches: string[][] = [];
  const batcher = new FileChangeBatcher((paths) => batches.push(paths), 30);
  for (const path of ['/logs/a.csv', '/logs/b.csv', '/logs/a.csv']) {
    batcher.add(path);
    await sleep(5);
  }
  assert.deepEqual(batches, []);
  await sleep(80);
  assert.deepEqual(batches, [['/logs/a.csv', '/logs/b.csv']]);
  batcher.add('/logs/c.csv');
  batcher.dispose();
  await sleep(60);
  assert.equal(batches.length, 1, 'nothing fires after dispose');
});
