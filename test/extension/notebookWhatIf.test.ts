import { test } from 'node:test';
import assert from 'node:assert/strict';
import { dirname } from 'node:path';
import { createSightlineLibrary } from '../../extension/notebook/kernel/sightlineLibrary';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { resultHtml } from '../../extension/notebook/kernel/resultHtml';
import { cellOutputItems } from '../../extension/notebook/kernel/cellOutputs';
import { parseRendererMessage } from '../../extension/notebook/rendererMessages';
import { resultMimeType } from '../../core/protocol/results';
import { whatIfFixture } from '../core/charts/whatIfFixture';
import { repoRoot } from '../report/bundle';
import { buildChart } from '../../core/charts';
import { syntheticWhatIfFolder } from '../core/react/whatif/syntheticWhatIf';

test('sightline.whatif answers the whatif analysis request with a what-if result, paths relative to the notebook', async () => {
  const { manifest } = syntheticWhatIfFolder();
  const sightline = createSightlineLibrary(dirname(manifest));
  const result = await sightline.whatif('sightline.json', { kind: 'rollback' }, { groupBy: ['state'], replicates: 200 });
  assert.equal(result.kind, 'whatif');
  assert.equal(result.source, manifest);
  assert.deepEqual(result.bySlice.map((r) => r.value), ['CA', 'NY', 'TX']);
  assert.ok(buildChart('whatif.overTime', result), 'the notebook output draws its over-time chart');
  assert.ok(buildChart('whatif.bySlice', result));
  assert.match(resultHtml(result), /Sightline what-if: whatif-synthetic/);
});

test('a what-if shown by a cell is a renderer output with HTML and text fallbacks, and the renderer is declared for it', () => {
  const result = whatIfFixture();
  assert.deepEqual(cellOutputItems(result).map((i) => i.mime), [resultMimeType('whatif'), 'text/html', 'text/plain']);
  const manifest = JSON.parse(readFileSync(join(repoRoot(), 'package.json'), 'utf8')) as { contributes: { notebookRenderer: { mimeTypes: string[] }[] } };
  assert.ok(manifest.contributes.notebookRenderer.flatMap((r) => r.mimeTypes).includes(resultMimeType('whatif')));
  assert.equal(parseRendererMessage({ type: 'openInPanel', result })?.type, 'openInPanel');
});
