import { describe, expect, it, vi } from 'vitest';
import { elementSetLoader } from './elementSetLoader';
import type { WorkerRequest } from './protocol';

const load = (shells: unknown[]): WorkerRequest => ({ type: 'load', seq: 1, scenario: { shells } });

describe('the propagation worker’s element-set loader', () => {
  it('loads the support chunk only for a load with element-set shells, once', async () => {
    const chunk = vi.fn(() => Promise.resolve());
    const readyFor = elementSetLoader(chunk);
    expect(readyFor(load([{ kind: 'walker' }]))).toBeNull();
    expect(readyFor({ type: 'track', seq: 2, index: 0, centerMs: 0, points: 2 })).toBeNull();
    const wait = readyFor(load([{ kind: 'tle' }]));
    expect(wait).toBeInstanceOf(Promise);
    expect(readyFor(load([{ kind: 'omm' }]))).toBe(wait); // the same load, not a second one
    await wait;
    expect(readyFor(load([{ kind: 'catalog' }]))).toBeNull(); // loaded: nothing to wait for
    expect(chunk).toHaveBeenCalledTimes(1);
  });

  it('tries again after a failed load, and never rejects', async () => {
    const chunk = vi.fn().mockRejectedValueOnce(new Error('offline')).mockResolvedValueOnce(undefined);
    const readyFor = elementSetLoader(chunk);
    await expect(readyFor(load([{ kind: 'tle' }]))).resolves.toBeUndefined();
    await readyFor(load([{ kind: 'tle' }]));
    expect(chunk).toHaveBeenCalledTimes(2);
    expect(readyFor(load([{ kind: 'tle' }]))).toBeNull();
  });
});
