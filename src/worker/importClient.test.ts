import { describe, expect, it } from 'vitest';
import { tleChecksum } from '../scenario/tle';
import {
  createImportRunner,
  ImportSuperseded,
  ImportWorkerClient,
  MainThreadImporter,
  type WorkerLike,
} from './importClient';
import { runImport } from './importCore';
import type { ImportReply, ImportRequest } from './importProtocol';

const withChecksum = (line: string) => line.slice(0, 68) + tleChecksum(line);
const TLE = `ISS (ZARYA)\n${withChecksum('1 25544U 98067A   18342.69352573  .00002284  00000-0  41838-4 0  9990')}\n${withChecksum('2 25544  51.6407 229.0798 0005166 124.8707   5.7766 15.54007808144340')}\n`;

/** A worker double: records what it is sent, replies or crashes when told. */
class FakeWorker implements WorkerLike {
  onmessage: ((e: MessageEvent<ImportReply>) => void) | null = null;
  onerror: ((e: ErrorEvent) => void) | null = null;
  sent: ImportRequest[] = [];
  terminated = false;
  postMessage(msg: ImportRequest) {
    this.sent.push(msg);
  }
  terminate() {
    this.terminated = true;
  }
  reply(r: ImportReply) {
    this.onmessage?.({ data: r } as MessageEvent<ImportReply>);
  }
  /** Replies to the last request as the real worker would. */
  async answer() {
    this.reply(await runImport(this.sent[this.sent.length - 1]));
  }
  crash(message: string) {
    this.onerror?.({ message, preventDefault() {} } as unknown as ErrorEvent);
  }
}

function client() {
  const workers: FakeWorker[] = [];
  const c = new ImportWorkerClient(() => {
    const w = new FakeWorker();
    workers.push(w);
    return w;
  });
  return { c, workers };
}

describe('runImport (what the worker does)', () => {
  it('reads pasted text and files alike', async () => {
    const a = await runImport({ type: 'import', seq: 1, source: { text: TLE } });
    const b = await runImport({
      type: 'import',
      seq: 2,
      source: { file: new Blob([TLE]) },
      filename: 'iss.tle',
    });
    for (const [r, seq] of [
      [a, 1],
      [b, 2],
    ] as const) {
      expect(r.type).toBe('imported');
      expect(r.seq).toBe(seq);
      if (r.type === 'imported') expect(r.result.entries.map((e) => e.noradId)).toEqual(['25544']);
    }
  });

  it('refuses a file over 50 MB without reading it, and reports one that cannot be read', async () => {
    let read = false;
    const huge = { size: 60 * 1048576, text: () => ((read = true), Promise.resolve('')) } as unknown as Blob;
    expect(await runImport({ type: 'import', seq: 3, source: { file: huge } })).toEqual({
      type: 'error',
      seq: 3,
      message: 'The file is 60.0 MB; the limit is 50 MB. Nothing was imported.',
    });
    expect(read).toBe(false);
    const broken = {
      size: 10,
      text: () => Promise.reject(new Error('permission denied')),
    } as unknown as Blob;
    expect(await runImport({ type: 'import', seq: 4, source: { file: broken } })).toEqual({
      type: 'error',
      seq: 4,
      message: 'The file could not be read (permission denied).',
    });
  });
});

describe('ImportWorkerClient', () => {
  it('sends numbered requests and resolves with the matching reply, dropping stale ones', async () => {
    const { c, workers } = client();
    const p = c.run({ text: TLE }, 'x.tle');
    const w = workers[0];
    expect(w.sent).toEqual([{ type: 'import', seq: 1, source: { text: TLE }, filename: 'x.tle' }]);
    w.reply({
      type: 'imported',
      seq: 0,
      result: { format: 'unknown', entries: [], errors: ['stale'], headline: null, cut: null },
      computeMs: 1,
    });
    await w.answer();
    const r = await p;
    expect(r.errors).toEqual([]);
    expect(r.entries).toHaveLength(1);
    expect(c.mode).toBe('worker');
  });

  it('a newer run stops the worker busy with the older one; the older run rejects as superseded', async () => {
    const { c, workers } = client();
    const first = c.run({ text: 'x'.repeat(1000) });
    const second = c.run({ text: TLE });
    await expect(first).rejects.toBeInstanceOf(ImportSuperseded);
    expect(workers).toHaveLength(2);
    expect(workers[0].terminated).toBe(true);
    expect(workers[1].sent[0].seq).toBe(2);
    // The stopped worker's late answer is ignored.
    workers[0].reply({ type: 'error', seq: 1, message: 'late' });
    await workers[1].answer();
    expect((await second).entries).toHaveLength(1);
  });

  it('a worker that fails rejects its run with a sentence; the next run gets a fresh worker', async () => {
    const { c, workers } = client();
    const p = c.run({ text: TLE });
    workers[0].crash('out of memory');
    await expect(p).rejects.toThrow(
      'The import stopped: the worker reading the file failed (out of memory). Nothing was imported; try a smaller file.',
    );
    expect(workers[0].terminated).toBe(true);
    const again = c.run({ text: TLE });
    expect(workers).toHaveLength(2);
    await workers[1].answer();
    expect((await again).entries).toHaveLength(1);
  });

  it('an error reply rejects with its message; dispose stops the run in progress', async () => {
    const { c, workers } = client();
    const p = c.run({ text: TLE });
    workers[0].reply({ type: 'error', seq: 1, message: 'The file could not be read (x).' });
    await expect(p).rejects.toThrow('The file could not be read (x).');
    const q = c.run({ text: TLE });
    c.dispose();
    await expect(q).rejects.toBeInstanceOf(ImportSuperseded);
    expect(workers[0].terminated).toBe(true);
  });

  it('falls back to the main thread when a worker cannot be started', async () => {
    const c = new ImportWorkerClient(() => {
      throw new Error('module workers are not supported');
    });
    const r = await c.run({ text: TLE });
    expect(r.entries).toHaveLength(1);
    expect(c.mode).toBe('main-thread');
  });
});

describe('main-thread fallback', () => {
  it('is used without Worker (Node) or when asked, and runs the same code', async () => {
    expect(typeof Worker).toBe('undefined');
    expect(createImportRunner().mode).toBe('main-thread');
    expect(createImportRunner({ useWorker: false, makeWorker: () => new FakeWorker() }).mode).toBe(
      'main-thread',
    );
    expect(createImportRunner({ makeWorker: () => new FakeWorker() }).mode).toBe('worker');
    const m = new MainThreadImporter();
    const older = m.run({ text: 'garbage' });
    const newer = m.run({ text: TLE });
    await expect(older).rejects.toBeInstanceOf(ImportSuperseded);
    expect((await newer).entries).toHaveLength(1);
  });
});
