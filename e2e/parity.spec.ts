/**
 * Worker parity (docs/architecture.md): the propagation worker and the main-thread fallback (`?worker=0`)
 * give identical results, on the default closed-form scenario and on an SGP4 one (keyframes). Both pages are paused and sought to the same instants; their
 * `__constellation.checksum()` (keyframe window + closed-form positions at that time) must match.
 */
import { expect, test, type Page } from '@playwright/test';
import { getState, gotoReady, hook, waitFrames } from './helpers';

const OFFSETS_MS = [3_600_000, 6 * 3_600_000 + 17_000];

/** A checksum that stays the same over a few frames (any async window update has landed). */
async function stableChecksum(page: Page): Promise<number> {
  let last = NaN;
  await expect
    .poll(
      async () => {
        const a = await hook(page, 'checksum');
        await waitFrames(page, 5);
        const b = await hook(page, 'checksum');
        last = b;
        return Number.isFinite(a) && a === b;
      },
      { timeout: 30_000 },
    )
    .toBe(true);
  return last;
}

for (const scenario of ['three-body', 'vallado-00005']) {
  test(`worker and main-thread fallback give the same checksum (${scenario})`, async ({ browser }) => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });

    // Fallback first: its values are the reference.
    const fallback = await context.newPage();
    await gotoReady(fallback, `/?scenario=${scenario}&worker=0`);
    await hook(fallback, 'pause');
    const epochMs = Math.round((await getState(fallback)).simMs / 1000) * 1000;
    const expected: number[] = [];
    for (const off of OFFSETS_MS) {
      await hook(fallback, 'seek', epochMs + off);
      await expect.poll(async () => (await getState(fallback)).simMs).toBe(epochMs + off);
      expected.push(await stableChecksum(fallback));
    }
    const fallbackRuntime = (await hook(fallback, 'propagationStats')).runtime;
    await fallback.close();
    expect(expected[0], 'checksum changes between two times 6 h apart (after a seek while paused)').not.toBe(
      expected[1],
    );

    const worker = await context.newPage();
    await gotoReady(worker, `/?scenario=${scenario}`);
    await hook(worker, 'pause');
    for (let k = 0; k < OFFSETS_MS.length; k++) {
      await hook(worker, 'seek', epochMs + OFFSETS_MS[k]);
      await expect.poll(async () => (await getState(worker)).simMs).toBe(epochMs + OFFSETS_MS[k]);
      await expect.poll(() => hook(worker, 'checksum'), { timeout: 30_000 }).toBe(expected[k]);
    }
    const workerRuntime = (await hook(worker, 'propagationStats')).runtime;
    expect(workerRuntime, 'the default page really uses a worker').not.toBe(fallbackRuntime);
    test.info().annotations.push({
      type: 'runtimes',
      description: `fallback=${fallbackRuntime} worker=${workerRuntime}`,
    });
    await context.close();
  });
}
