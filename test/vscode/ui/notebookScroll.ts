import * as assert from 'node:assert/strict';
import type { Frame } from 'playwright-core';
import type { VSCodeSession } from '../harness';

/**
 * Scrolls the notebook (wheel over the cell list) until the `kind` output has drawn and its top
 * (or the top of `inside`, a selector within it) sits near the top of the editor, in either direction.
 */
export async function scrollNotebookTo(vs: VSCodeSession, frame: Frame, kind: string, inside = '', timeout = 120_000): Promise<void> {
  const list = await vs.page.locator('.notebook-editor .cell-list-container').first().boundingBox();
  assert.ok(list, 'the notebook cell list is on screen');
  await vs.page.mouse.move(list.x + 12, list.y + list.height / 2);
  const output = frame.locator(`.sightline-output[data-kind="${kind}"][data-charts] ${inside}`.trim());
  const deadline = Date.now() + timeout;
  let lastY = Number.NaN;
  while (Date.now() < deadline) {
    const box = (await output.count()) ? await output.first().boundingBox() : null;
    if (box && box.y >= list.y && box.y <= list.y + 160) break;
    // At the end of the notebook the output cannot come any higher.
    if (box && box.y === lastY) break;
    lastY = box?.y ?? Number.NaN;
    const down = !box || box.y > list.y + 160;
    await vs.page.mouse.wheel(0, down ? Math.min(600, box ? box.y - list.y - 60 : 600) : Math.max(-600, box.y - list.y - 60));
    await vs.page.waitForTimeout(box ? 150 : 400);
  }
  await output.first().waitFor({ timeout: 1000 });
  await vs.page.waitForTimeout(600);
}
