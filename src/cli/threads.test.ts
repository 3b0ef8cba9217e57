import { describe, expect, it } from 'vitest';
import { parseArgs } from './args';
import { runCli } from './run';
import { splitRange } from './threads';

async function run(args: string[]) {
  let out = '';
  let err = '';
  const code = await runCli(
    args,
    { out: (t) => void (out += t), err: (t) => void (err += t) },
    { nowMs: Date.UTC(2025, 0, 1) },
  );
  return { code, out, err };
}

/** The same run on one thread and on `threads` worker threads: identical bytes. */
async function sameOnThreads(args: string[], threads = 2) {
  const one = await run([...args, '--threads', '1']);
  const many = await run([...args, '--threads', String(threads)]);
  expect(one.code).toBe(0);
  expect(many.code).toBe(0);
  expect(many.err).toBe(one.err);
  expect(many.out.length).toBeGreaterThan(200);
  expect(many.out).toBe(one.out);
  return one.out;
}

describe('--threads', () => {
  it('splits ranges into contiguous parts covering every index once', () => {
    expect(splitRange(10, 3)).toEqual([
      [0, 3],
      [3, 6],
      [6, 10],
    ]);
    expect(splitRange(2, 2)).toEqual([
      [0, 1],
      [1, 2],
    ]);
  });

  it('parses a whole number of threads and refuses others', () => {
    const a = parseArgs(['x.json', '--threads', '3']);
    expect(a.ok && a.options.threads).toBe(3);
    const b = parseArgs(['x.json']);
    expect(b.ok && b.options.threads).toBe(null);
    for (const bad of ['0', '1.5', 'two', '9999']) {
      const r = parseArgs(['x.json', '--threads', bad]);
      expect(r.ok).toBe(false);
      expect(!r.ok && r.issues.join()).toMatch(/--threads must be a whole number/);
    }
  });

  it('budget rows split by nodes over 2 and 3 threads are the one-thread bytes (CSV and JSON)', async () => {
    // Every node of three-body (1,596), off-grid start and step so partial steps are taken too.
    const args = ['three-body', '--hours', '0.5', '--step-s', '450', '--from', '2025-06-01T00:00:07.5Z'];
    const csv = await sameOnThreads(args);
    expect(csv.trimEnd().split('\n')).toHaveLength(1 + 5 * 1596);
    await sameOnThreads([...args, '--format', 'json'], 3);
  }, 60_000);

  it('link and route rows split by time are the one-thread bytes', async () => {
    await sameOnThreads(['three-body', '--links', '--hours', '1', '--step-s', '120'], 3);
    await sameOnThreads(['three-body', '--route', 'Beijing,Kashgar', '--hours', '1', '--format', 'json']);
    // A dynamic pattern: candidates re-chosen at every step, in each worker from its own first step.
    await sameOnThreads(['three-body', '--links', '--hours', '0.5', '--set', 'links.pattern=nearest-k']);
  }, 60_000);

  it('a thread count above the work runs one worker per node or step', async () => {
    await sameOnThreads(['three-body', '--nodes', 'S1-P1-01,S1-P1-02', '--hours', '0.1'], 4);
  }, 60_000);
});
