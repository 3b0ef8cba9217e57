import { describe, expect, it, vi } from 'vitest';
import { MAX_SCENARIO_TEXT_CHARS } from '../../scenario/validate';
import {
  downloadScenario,
  MAX_SCENARIO_FILE_BYTES,
  openScenarioFile,
  readScenarioFile,
  safeFileName,
  scenarioToJson,
  type DownloadDeps,
} from './fileIO';

describe('safeFileName', () => {
  it('keeps safe characters only', () => {
    expect(safeFileName('Three-Body Computing Constellation (first 12)')).toBe(
      'Three-Body-Computing-Constellation-first-12.json',
    );
    expect(safeFileName('../../etc/passwd')).toBe('etc-passwd.json');
    expect(safeFileName('<script>alert(1)</script>')).toBe('script-alert-1-script.json');
    expect(safeFileName('Café orbital')).toBe('Cafe-orbital.json');
    expect(safeFileName('')).toBe('scenario.json');
    expect(safeFileName(42)).toBe('scenario.json');
    expect(safeFileName('星座')).toBe('scenario.json');
    expect(safeFileName('x'.repeat(500)).length).toBe(80 + 5);
  });
});

describe('scenarioToJson', () => {
  it('is pretty and round-trips', () => {
    const s = { version: 1, name: 'A', shells: [{ kind: 'walker' }] };
    const text = scenarioToJson(s);
    expect(text).toContain('\n  "name": "A"');
    expect(JSON.parse(text)).toEqual(s);
  });
});

describe('downloadScenario', () => {
  it('clicks a link to an object URL and revokes it', () => {
    const clicked: { href: string; download: string }[] = [];
    const later: (() => void)[] = [];
    const a = {
      href: '',
      download: '',
      rel: '',
      style: { display: '' },
      click: () => clicked.push({ href: a.href, download: a.download }),
      remove: vi.fn(),
    };
    const deps = {
      document: { createElement: () => a, body: { appendChild: vi.fn() } },
      url: { createObjectURL: vi.fn(() => 'blob:x'), revokeObjectURL: vi.fn() },
      later: (fn: () => void) => later.push(fn),
    } as unknown as DownloadDeps;
    const name = downloadScenario({ name: 'My scenario', shells: [] }, deps);
    expect(name).toBe('My-scenario.json');
    expect(clicked).toEqual([{ href: 'blob:x', download: 'My-scenario.json' }]);
    expect(a.remove).toHaveBeenCalled();
    expect(deps.url.revokeObjectURL).not.toHaveBeenCalled();
    later.forEach((fn) => fn());
    expect(deps.url.revokeObjectURL).toHaveBeenCalledWith('blob:x');
  });
});

describe('readScenarioFile', () => {
  it('parses JSON', async () => {
    const r = await readScenarioFile(new Blob(['{"version":1}']));
    expect(r).toEqual({ ok: true, json: { version: 1 } });
  });

  it('reports JSON errors with the message', async () => {
    const f = Object.assign(new Blob(['{"version":']), { name: 'bad.json' });
    const r = await readScenarioFile(f);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).toMatch(/^“bad\.json” is not valid JSON: .+/);
  });

  it('names the size limit and does not read a huge file', async () => {
    const text = vi.fn(async () => '{}');
    const r = await readScenarioFile({ size: 40 * 1024 * 1024, text, name: 'big.json' });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).toContain('32 MB');
    expect(text).not.toHaveBeenCalled();
  });

  it('the limit matches the validator', () => {
    expect(MAX_SCENARIO_FILE_BYTES).toBe(MAX_SCENARIO_TEXT_CHARS);
  });
});

describe('openScenarioFile', () => {
  it('loads valid JSON', async () => {
    const load = vi.fn(async () => undefined);
    const notify = vi.fn();
    expect(await openScenarioFile(new Blob(['{"a":1}']), { load, notify })).toBeNull();
    expect(load).toHaveBeenCalledWith({ a: 1 });
    expect(notify).not.toHaveBeenCalled();
  });

  it('reports read errors and loader rejections without throwing', async () => {
    const load = vi.fn(async () => {
      throw new Error('shells: is required');
    });
    const notify = vi.fn();
    expect(await openScenarioFile(new Blob(['nope']), { load, notify })).toMatch(/not valid JSON/);
    expect(load).not.toHaveBeenCalled();
    expect(notify).toHaveBeenCalledTimes(1);
    expect(await openScenarioFile(new Blob(['{}']), { load, notify })).toBe('shells: is required');
  });
});
