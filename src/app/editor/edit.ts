/**
 * Pure edits of scenario JSON for the scenario editor: each function takes the scenario as the user
 * wrote it (defaults optional) and returns a new object with one change, never touching the input.
 * Validation is not done here — the editor runs parseScenario on the result.
 *
 * The field limits below mirror src/scenario/schema.ts; they are copied rather than imported so that
 * zod (which schema.ts imports) stays out of the initial bundle. edit.test.ts checks that they agree.
 */

/** A scenario object as edited here: only `shells` (and `node`) are looked into. */
export interface ScenarioJson {
  shells: ShellJson[];
  node?: Record<string, unknown>;
  [key: string]: unknown;
}

export type ShellJson = { kind?: unknown; name?: unknown; [key: string]: unknown };

/** One editable number or choice. */
export interface FieldSpec {
  key: string;
  label: string;
  unit?: string;
  type: 'number' | 'text' | 'select';
  min?: number;
  max?: number;
  step?: number;
  /** Leaving it empty removes the key so the schema's default applies. */
  optional?: boolean;
  options?: readonly string[];
}

const ALT: FieldSpec = {
  key: 'altitudeKm',
  label: 'Altitude',
  unit: 'km',
  type: 'number',
  min: 160,
  max: 50000,
  step: 10,
};
const NAME: FieldSpec = { key: 'name', label: 'Name', type: 'text', optional: true };
const LTAN: FieldSpec = {
  key: 'ltanHours',
  label: 'LTAN',
  unit: 'h',
  type: 'number',
  min: 0,
  max: 24,
  step: 0.25,
  optional: true,
};

/** Fields the editor shows per shell kind; kinds not listed get the name only. */
export const SHELL_FIELDS: Record<string, readonly FieldSpec[]> = {
  walker: [
    NAME,
    ALT,
    { key: 'inclinationDeg', label: 'Inclination', unit: '°', type: 'number', min: 0, max: 180, step: 0.1 },
    { key: 'planes', label: 'Planes', type: 'number', min: 1, max: 10000, step: 1 },
    { key: 'satsPerPlane', label: 'Satellites per plane', type: 'number', min: 1, max: 100000, step: 1 },
    { key: 'phasing', label: 'Phasing F', type: 'number', min: 0, max: 9999, step: 1, optional: true },
    { key: 'pattern', label: 'Pattern', type: 'select', options: ['delta', 'star'], optional: true },
    {
      key: 'raanOffsetDeg',
      label: 'RAAN offset',
      unit: '°',
      type: 'number',
      min: -360,
      max: 360,
      step: 1,
      optional: true,
    },
  ],
  sso: [
    NAME,
    ALT,
    LTAN,
    { key: 'planes', label: 'Planes', type: 'number', min: 1, max: 10000, step: 1, optional: true },
    { key: 'satsPerPlane', label: 'Satellites per plane', type: 'number', min: 1, max: 100000, step: 1 },
    {
      key: 'ltanSpanHours',
      label: 'LTAN span',
      unit: 'h',
      type: 'number',
      min: 0,
      max: 24,
      step: 0.5,
      optional: true,
    },
  ],
  cluster: [
    NAME,
    ALT,
    LTAN,
    { key: 'count', label: 'Satellites', type: 'number', min: 1, step: 1 },
    { key: 'spacingM', label: 'Spacing', unit: 'm', type: 'number', min: 0, step: 1 },
  ],
};

export function shellFields(kind: unknown): readonly FieldSpec[] {
  return (typeof kind === 'string' && SHELL_FIELDS[kind]) || [NAME];
}

/** Node fields the editor shows, with the schema's limits and docs/scenario-format.md defaults. */
export const NODE_FIELDS: readonly (FieldSpec & { default: number })[] = [
  {
    key: 'panelAreaM2',
    label: 'Solar panel area',
    unit: 'm²',
    type: 'number',
    min: 0,
    max: 1e8,
    step: 1,
    default: 60,
  },
  {
    key: 'cellEfficiency',
    label: 'Cell efficiency',
    unit: '0–1',
    type: 'number',
    min: 0,
    max: 1,
    step: 0.01,
    default: 0.3,
  },
  {
    key: 'batteryWh',
    label: 'Battery',
    unit: 'Wh',
    type: 'number',
    min: 0,
    max: 1e10,
    step: 100,
    default: 20000,
  },
  {
    key: 'computeLoadW',
    label: 'Compute load',
    unit: 'W',
    type: 'number',
    min: 0,
    max: 1e10,
    step: 100,
    default: 10000,
  },
  {
    key: 'busLoadW',
    label: 'Bus load',
    unit: 'W',
    type: 'number',
    min: 0,
    max: 1e10,
    step: 100,
    default: 1500,
  },
  {
    key: 'radiatorAreaM2',
    label: 'Radiator area',
    unit: 'm²',
    type: 'number',
    min: 0,
    max: 1e8,
    step: 1,
    default: 40,
  },
  {
    key: 'emissivity',
    label: 'Emissivity',
    unit: '0–1',
    type: 'number',
    min: 0,
    max: 1,
    step: 0.01,
    default: 0.9,
  },
  {
    key: 'absorptivity',
    label: 'Absorptivity',
    unit: '0–1',
    type: 'number',
    min: 0,
    max: 1,
    step: 0.01,
    default: 0.2,
  },
];

/** Kinds "Add shell" offers. */
export const ADDABLE_KINDS = ['walker', 'sso'] as const;
export type AddableKind = (typeof ADDABLE_KINDS)[number];

/** The scenario as an editable object, or null when it is not one (no shells array). */
export function asScenario(json: unknown): ScenarioJson | null {
  if (!json || typeof json !== 'object' || Array.isArray(json)) return null;
  const shells = (json as { shells?: unknown }).shells;
  if (!Array.isArray(shells)) return null;
  return json as ScenarioJson;
}

function shellsOf(s: ScenarioJson): ShellJson[] {
  return s.shells.map((sh) => (sh && typeof sh === 'object' ? sh : ({} as ShellJson)));
}

/**
 * Turns an input's text into the JSON value: a finite number for number fields (the text itself
 * when it is not one, so the validator names it), the text for text fields; `undefined` (remove the
 * key) for empty text.
 */
export function valueFromInput(spec: Pick<FieldSpec, 'type'>, text: string): unknown {
  if (spec.type !== 'number') return text === '' ? undefined : text;
  const t = text.trim();
  if (t === '') return undefined;
  const n = Number(t);
  return Number.isFinite(n) ? n : t;
}

function withKey<T extends Record<string, unknown>>(obj: T, key: string, value: unknown): T {
  const out = { ...obj } as Record<string, unknown>;
  if (value === undefined) delete out[key];
  else out[key] = value;
  return out as T;
}

/** Sets (or with `undefined` removes) one field of shell `index`. */
export function setShellField(s: ScenarioJson, index: number, key: string, value: unknown): ScenarioJson {
  if (index < 0 || index >= s.shells.length) throw new RangeError(`no shell ${index}`);
  if (key === 'kind') throw new Error('the kind of a shell cannot be changed; add a new shell instead');
  const shells = shellsOf(s);
  shells[index] = withKey(shells[index], key, value);
  return { ...s, shells };
}

/** Sets (or with `undefined` removes) one scenario-wide node default. */
export function setNodeField(s: ScenarioJson, key: string, value: unknown): ScenarioJson {
  const node = s.node && typeof s.node === 'object' && !Array.isArray(s.node) ? s.node : {};
  const next = withKey(node, key, value);
  const out: ScenarioJson = { ...s, node: next };
  if (Object.keys(next).length === 0) delete out.node;
  return out;
}

function uniqueName(s: ScenarioJson, base: string): string {
  const names = new Set(s.shells.map((sh) => (sh && typeof sh.name === 'string' ? sh.name : '')));
  for (let k = s.shells.length + 1; ; k++) {
    const name = `${base} ${k}`;
    if (!names.has(name)) return name;
  }
}

/** A new shell of `kind` with sensible defaults (a small shell, quick to draw). */
export function newShell(s: ScenarioJson, kind: AddableKind): ShellJson {
  if (kind === 'sso') {
    return {
      kind: 'sso',
      name: uniqueName(s, 'SSO shell'),
      altitudeKm: 650,
      ltanHours: 6,
      planes: 1,
      satsPerPlane: 24,
    };
  }
  return {
    kind: 'walker',
    name: uniqueName(s, 'Walker shell'),
    pattern: 'delta',
    altitudeKm: 800,
    inclinationDeg: 60,
    planes: 6,
    satsPerPlane: 10,
    phasing: 1,
    raanOffsetDeg: 0,
  };
}

/** Appends a new shell of `kind`. */
export function addShell(s: ScenarioJson, kind: AddableKind): ScenarioJson {
  return { ...s, shells: [...shellsOf(s), newShell(s, kind)] };
}

/** Whether shell `index` may be removed: a scenario needs at least one shell. */
export function canRemoveShell(s: ScenarioJson, index: number): boolean {
  return s.shells.length > 1 && index >= 0 && index < s.shells.length;
}

/** Removes shell `index`; throws for the last shell (a scenario needs one). */
export function removeShell(s: ScenarioJson, index: number): ScenarioJson {
  if (!canRemoveShell(s, index)) {
    throw new Error(s.shells.length <= 1 ? 'a scenario needs at least one shell' : `no shell ${index}`);
  }
  return { ...s, shells: shellsOf(s).filter((_, k) => k !== index) };
}

/** Hidden shell indices after removing shell `index` (later shells move down by one). */
export function hiddenAfterRemove(hidden: readonly number[], index: number): number[] {
  return hidden.filter((h) => h !== index).map((h) => (h > index ? h - 1 : h));
}

/** Number of satellites a shell's JSON describes, or null when that needs parsing (TLE, OMM, catalog). */
export function shellCount(sh: ShellJson): number | null {
  const n = (v: unknown) => (typeof v === 'number' && Number.isInteger(v) && v >= 1 ? v : null);
  if (sh.kind === 'walker' || sh.kind === 'sso') {
    const planes = sh.planes === undefined && sh.kind === 'sso' ? 1 : n(sh.planes);
    const per = n(sh.satsPerPlane);
    return planes !== null && per !== null ? planes * per : null;
  }
  if (sh.kind === 'cluster') return n(sh.count);
  if (sh.kind === 'elements') return Array.isArray(sh.satellites) ? sh.satellites.length : null;
  if (sh.kind === 'omm') return Array.isArray(sh.records) ? sh.records.length : null;
  return null;
}

/** Problems sorted to where the editor shows them. */
export interface SortedIssues {
  /** `shells[i].field` → messages (the path prefix dropped). */
  fields: Map<string, string[]>;
  /** Shell-level problems and problems of fields the editor does not show, by shell index. */
  shells: Map<number, string[]>;
  /** `node.field` → messages. */
  node: Map<string, string[]>;
  /** Everything else, whole. */
  general: string[];
}

const ISSUE_PATH = /^shells\[(\d+)\](?:\.([A-Za-z0-9_]+))?[^:]*:\s*(.*)$/s;
const NODE_PATH = /^node\.([A-Za-z0-9_]+):\s*(.*)$/s;

function push<K>(m: Map<K, string[]>, k: K, v: string): void {
  const list = m.get(k);
  if (list) list.push(v);
  else m.set(k, [v]);
}

/**
 * Sorts validation issues ("shells[1].altitudeKm: must be …") to the field they belong to, given
 * the shells shown (to know which fields have inputs).
 */
export function sortIssues(issues: readonly string[], s: ScenarioJson | null): SortedIssues {
  const out: SortedIssues = { fields: new Map(), shells: new Map(), node: new Map(), general: [] };
  const nodeKeys = new Set(NODE_FIELDS.map((f) => f.key));
  for (const issue of issues) {
    const m = ISSUE_PATH.exec(issue);
    if (m && s && Number(m[1]) < s.shells.length) {
      const i = Number(m[1]);
      const key = m[2];
      const exact = key !== undefined && issue.startsWith(`shells[${i}].${key}:`);
      const shown = key !== undefined && shellFields(s.shells[i]?.kind).some((f) => f.key === key);
      if (exact && shown) push(out.fields, `${i}.${key}`, m[3]);
      else push(out.shells, i, issue.slice(`shells[${i}]`.length).replace(/^\./, '').replace(/^:\s*/, ''));
      continue;
    }
    const n = NODE_PATH.exec(issue);
    if (n && nodeKeys.has(n[1])) {
      push(out.node, n[1], n[2]);
      continue;
    }
    out.general.push(issue);
  }
  return out;
}
