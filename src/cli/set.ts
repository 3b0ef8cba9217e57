/**
 * `--set path=value` (README.md, "Command line"): overrides one value of the scenario JSON by its
 * path before the scenario is validated, so an override is checked exactly like the file
 * (`--set burden.pue=1.2`, `--set shells.0.altitudeKm=800`). The value is read as JSON when it
 * parses (numbers, true, null, "quoted text", objects) and as text otherwise. Missing objects on the
 * way are created; array elements must exist. Never touches the input (copies along the path).
 */

/** Keys that would reach an object's prototype instead of its data. */
const FORBIDDEN = new Set(['__proto__', 'prototype', 'constructor']);

export type SetResult = { ok: true; value: unknown } | { ok: false; issues: string[] };

/** "a.b.0.c=value" → path segments and the value (JSON when it parses). */
export function parseSet(
  arg: string,
): { ok: true; path: string[]; value: unknown } | { ok: false; issue: string } {
  const eq = arg.indexOf('=');
  if (eq <= 0)
    return { ok: false, issue: `--set needs path=value, such as burden.pue=1.2, got "${arg.slice(0, 80)}"` };
  const path = arg.slice(0, eq).split('.');
  if (path.some((p) => p === ''))
    return { ok: false, issue: `--set: the path "${arg.slice(0, eq).slice(0, 80)}" has an empty part` };
  const bad = path.find((p) => FORBIDDEN.has(p));
  if (bad) return { ok: false, issue: `--set: "${bad}" cannot be set` };
  const text = arg.slice(eq + 1);
  let value: unknown = text;
  try {
    value = JSON.parse(text);
  } catch {
    value = text;
  }
  return { ok: true, path, value };
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** `root` with the value at `path` replaced by `value` (copies along the path, the rest shared). */
function setAt(
  root: unknown,
  path: readonly string[],
  value: unknown,
  where: string,
): { ok: true; value: unknown } | { ok: false; issue: string } {
  if (path.length === 0) return { ok: true, value };
  const [head, ...rest] = path;
  const here = where ? `${where}.${head}` : head;
  if (Array.isArray(root)) {
    if (!/^\d+$/.test(head) || Number(head) >= root.length) {
      return {
        ok: false,
        issue: `--set: ${where || 'the scenario'} is a list of ${root.length}; "${head}" is not one of its indices (0–${root.length - 1})`,
      };
    }
    const i = Number(head);
    const inner = setAt(root[i], rest, value, here);
    if (!inner.ok) return inner;
    const copy = root.slice();
    copy[i] = inner.value;
    return { ok: true, value: copy };
  }
  if (root === undefined || isRecord(root)) {
    const obj = root ?? {};
    const inner = setAt(
      Object.prototype.hasOwnProperty.call(obj, head) ? obj[head] : undefined,
      rest,
      value,
      here,
    );
    if (!inner.ok) return inner;
    return { ok: true, value: { ...obj, [head]: inner.value } };
  }
  return { ok: false, issue: `--set: ${where || 'the scenario'} is not an object, so it has no "${head}"` };
}

/** Applies every `--set` in order; every problem is listed. */
export function applySets(scenario: unknown, sets: readonly string[]): SetResult {
  let value = scenario;
  const issues: string[] = [];
  for (const arg of sets) {
    const s = parseSet(arg);
    if (!s.ok) {
      issues.push(s.issue);
      continue;
    }
    const r = setAt(value, s.path, s.value, '');
    if (r.ok) value = r.value;
    else issues.push(r.issue);
  }
  return issues.length ? { ok: false, issues } : { ok: true, value };
}
