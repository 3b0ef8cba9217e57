import { describe, expect, it } from 'vitest';
import { BUILTIN_SCENARIOS } from '../scenario/builtins';
import { encodePayload, encodeShareHash } from '../scenario/shareLink';
import { runCli } from './run';

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
const rows = (out: string) => out.trimEnd().split('\n').slice(1);

describe('sim with a share link', () => {
  it('runs the linked built-in from the link time; --hours 0 prints the single instant', async () => {
    const link =
      'https://example.org/app/#scenario=suncatcher&t=2026-03-20T06:00:00Z&sel=S1-P1-01&color=battery';
    const { code, out, err } = await run([link, '--hours', '0']);
    expect(err).toBe('');
    expect(code).toBe(0);
    const r = rows(out);
    expect(r).toHaveLength(81); // one row per node, one instant
    expect(r.every((l) => l.startsWith('2026-03-20T06:00:00Z,'))).toBe(true);
  });

  it('--from wins over the link time', async () => {
    const { out } = await run([
      '#scenario=suncatcher&t=2026-03-20T06:00:00Z',
      '--from',
      '2026-03-21T00:00:00Z',
      '--hours',
      '0',
      '--nodes',
      'S1-P1-01',
    ]);
    expect(rows(out)).toEqual([expect.stringMatching(/^2026-03-21T00:00:00Z,S1-P1-01,/)]);
  });

  it('runs an edited built-in (#s=, a merge patch) with its edits', async () => {
    const edited = BUILTIN_SCENARIOS.suncatcher.build() as { shells: { count?: number }[] };
    const shells = edited.shells.map((s) => ({ ...s }));
    const scenario = { ...edited, name: 'Bigger Suncatcher', shells: [{ ...shells[0], spacingM: 200 }] };
    const { hash, form } = encodeShareHash(scenario, { timeMs: Date.parse('2026-03-20T00:00:00Z') });
    expect(form).toBe('patch');
    const a = await run([`https://x.test/#${hash}`, '--hours', '0', '--nodes', 'S1-P1-02']);
    const b = await run([
      `#scenario=suncatcher&t=2026-03-20T00:00:00Z`,
      '--hours',
      '0',
      '--nodes',
      'S1-P1-02',
    ]);
    expect(a.code).toBe(0);
    expect(rows(a.out)).toHaveLength(1);
    expect(rows(a.out)[0]).not.toBe(rows(b.out)[0]); // wider spacing: another position
  });

  it('a bad link exits 2 with the same sentence the app shows', async () => {
    const future = await run([`https://x.test/#s=${encodePayload({ v: 3, scenario: {} })}`]);
    expect(future.code).toBe(2);
    expect(future.err).toMatch(
      /^error: share link: The link was made by a newer version of this app \(link format 3\)/,
    );
    const cut = await run(['https://x.test/#s=AAAA*']);
    expect(cut.err).toMatch(/share link: The link is corrupted/);
    const plain = await run(['https://x.test/app/']);
    expect(plain.err).toMatch(/a URL without a share link's #scenario= or #s= part/);
    const invalid = await run([
      `#s=${encodePayload({ v: 1, scenario: { version: 1, name: 'x', sources: [{ title: 't', url: 'javascript:alert(1)' }], shells: [] } })}`,
    ]);
    expect(invalid.code).toBe(2);
    expect(invalid.err).toMatch(/sources\[0\]\.url/);
  });

  it('view problems are warnings; the run goes on', async () => {
    const { code, err } = await run([
      '#scenario=suncatcher&color=rainbow',
      '--hours',
      '0',
      '--nodes',
      'S1-P1-01',
    ]);
    expect(code).toBe(0);
    expect(err).toMatch(/^warning: share link: link\.colorMode: must be one of/);
  });
});
