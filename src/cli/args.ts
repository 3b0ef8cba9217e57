/** Command-line flags of `npm run sim` (README.md, "Command line"), parsed without throwing: every problem listed. */
import { parseIsoUtc } from '../scenario/schema';

export interface CliOptions {
  /** Scenario file path or built-in id. */
  scenario: string;
  /** Start, Unix ms; null = the scenario epoch. */
  fromMs: number | null;
  hours: number;
  stepS: number;
  format: 'csv' | 'json';
  /** null = all nodes. */
  nodes: string[] | null;
  /** Print eclipse events instead of rows. */
  events: boolean;
  /** Print the link network's counts per step instead of rows. */
  links: boolean;
  /** Print the shortest route between these two ends per step instead of rows (station names or satellite ids/names). */
  route: [string, string] | null;
  /** Print the Earth-burden comparison (src/sim/burden.ts), one row, instead of rows. */
  burden: boolean;
  /** `--set path=value` overrides of the scenario JSON, in order (src/cli/set.ts). */
  sets: string[];
  /** Worker threads (`--threads N`); null = every core, for runs big enough to gain (threads.ts). */
  threads: number | null;
  /** Whether --nodes was given (it does not apply to --links and --route: the caller warns). */
  nodesGiven: boolean;
  help: boolean;
}

export const USAGE = `usage: sim <scenario.json | built-in id | share link> [--from ISO] [--hours H] [--step-s S]
           [--format csv|json] [--nodes all|id,id] [--events] [--links] [--route A,B]
           [--burden] [--set path=value …] [--threads N]

  --from ISO        start time, UTC ISO 8601 (default: a share link's time, else the scenario epoch)
  --hours H         length of the run in hours (default 1.5; 0: the single instant --from)
  --step-s S        time step in seconds (default 60)
  --format F        csv (default) or json
  --nodes LIST      "all" (default) or node ids / names separated by commas
  --events          print eclipse entries and exits instead: node_id,event,time_utc
                    (event: penumbra_in, umbra_in, umbra_out, penumbra_out)
  --links           print the inter-satellite link network per step instead:
                    time_utc,links_up,links_possible,longest_km
  --route A,B       print the shortest route (by light time) between A and B per step instead:
                    time_utc,hops,path_km,latency_ms,fibre_latency_ms (empty while no route exists;
                    fibre only between two stations). A and B: ground-station names of the scenario
                    or satellite ids / names. --events, --links and --route exclude each other;
                    --nodes does not apply to --links or --route.
  --burden          print the Earth-burden comparison instead, one row: the same compute in orbit
                    and on the ground (it_power_mw, it_energy_mwh_per_year, orbit_…, ground_…,
                    carbon_payback_years, shares of the world's data-centre electricity, costs);
                    assumptions from the scenario's "burden" object (preset, defaults)
  --set PATH=VALUE  override one scenario value by its JSON path before validation, e.g.
                    --set burden.pue=1.2 --set burden.preset=critics --set shells.0.altitudeKm=800
                    (repeatable; the value is JSON when it parses, else text)
  --threads N       worker threads (default: every core, for big runs only): budgets split by
                    nodes, --links and --route by time; the rows are the same as with --threads 1
Prints one row per node per step: time_utc,node_id,lat_deg,lon_deg,alt_km,shadow_fraction,
power_gen_w,power_load_w,battery_wh,temp_k,compute_available
Exit codes: 0 done, 2 bad input (every problem is listed on stderr), 1 unexpected error.`;

/** Longest run, hours (one year). */
export const MAX_HOURS = 24 * 366;
const MIN_STEP_S = 0.001;
const MAX_STEP_S = 86400 * 30;

/** Flags that take a value. */
const VALUED = ['--from', '--hours', '--step-s', '--format', '--nodes', '--route', '--set', '--threads'];
/** Most worker threads `--threads` accepts. */
export const MAX_THREADS = 256;
/** Flags without a value. */
const SWITCHES = ['--events', '--links', '--burden'];

/** Parses argv (without node and script). */
export function parseArgs(
  argv: readonly string[],
): { ok: true; options: CliOptions } | { ok: false; issues: string[] } {
  const issues: string[] = [];
  const o: CliOptions = {
    scenario: '',
    fromMs: null,
    hours: 1.5,
    stepS: 60,
    format: 'csv',
    nodes: null,
    events: false,
    links: false,
    route: null,
    burden: false,
    sets: [],
    threads: null,
    nodesGiven: false,
    help: false,
  };
  let routeGiven = false;
  const positional: string[] = [];
  for (let k = 0; k < argv.length; k++) {
    let arg = argv[k];
    if (arg === '--help' || arg === '-h') {
      o.help = true;
      continue;
    }
    if (!arg.startsWith('--') || arg === '--') {
      if (arg !== '--') positional.push(arg);
      continue;
    }
    let value: string | undefined;
    const eq = arg.indexOf('=');
    if (eq > 0) {
      value = arg.slice(eq + 1);
      arg = arg.slice(0, eq);
    }
    if (SWITCHES.includes(arg)) {
      if (value !== undefined) issues.push(`${arg} takes no value, got "${value}"`);
      else if (arg === '--events') o.events = true;
      else if (arg === '--burden') o.burden = true;
      else o.links = true;
      continue;
    }
    if (!VALUED.includes(arg)) {
      issues.push(`unknown flag ${arg} (flags: ${[...VALUED, ...SWITCHES, '--help'].join(', ')})`);
      continue;
    }
    if (value === undefined) {
      value = argv[k + 1];
      if (value === undefined || value.startsWith('--')) {
        issues.push(`${arg} needs a value`);
        continue;
      }
      k++;
    }
    switch (arg) {
      case '--from': {
        const ms = parseIsoUtc(value);
        if (ms === null)
          issues.push(`--from must be a UTC ISO 8601 time such as 2025-06-01T00:00:00Z, got "${value}"`);
        else o.fromMs = ms;
        break;
      }
      case '--hours': {
        const h = Number(value);
        // 0 is the single instant --from (one row per node).
        if (!(value.trim() !== '' && h >= 0 && h <= MAX_HOURS))
          issues.push(
            `--hours must be a number from 0 (the single instant --from) to ${MAX_HOURS}, got "${value}"`,
          );
        else o.hours = h;
        break;
      }
      case '--step-s': {
        const s = Number(value);
        if (!(value.trim() !== '' && s >= MIN_STEP_S && s <= MAX_STEP_S))
          issues.push(
            `--step-s must be a number between ${MIN_STEP_S} and ${MAX_STEP_S} seconds, got "${value}"`,
          );
        else o.stepS = s;
        break;
      }
      case '--format':
        if (value !== 'csv' && value !== 'json') issues.push(`--format must be csv or json, got "${value}"`);
        else o.format = value;
        break;
      case '--route': {
        routeGiven = true;
        const ends = value.split(',').map((x) => x.trim());
        if (ends.length !== 2 || ends.some((x) => x === ''))
          issues.push(
            `--route must be two ends separated by one comma, such as Beijing,Kashgar, got "${value}"`,
          );
        else o.route = [ends[0], ends[1]];
        break;
      }
      case '--set':
        o.sets.push(value);
        break;
      case '--threads': {
        const n = Number(value);
        if (!(Number.isInteger(n) && n >= 1 && n <= MAX_THREADS))
          issues.push(`--threads must be a whole number from 1 to ${MAX_THREADS}, got "${value}"`);
        else o.threads = n;
        break;
      }
      case '--nodes': {
        o.nodesGiven = true;
        if (value === 'all') o.nodes = null;
        else {
          const list = value
            .split(',')
            .map((s) => s.trim())
            .filter((s) => s !== '');
          if (list.length === 0)
            issues.push('--nodes must be "all" or a list of node ids separated by commas');
          else o.nodes = list;
        }
        break;
      }
    }
  }
  const modes = [
    o.events && '--events',
    o.links && '--links',
    routeGiven && '--route',
    o.burden && '--burden',
  ].filter((m): m is string => typeof m === 'string');
  if (modes.length > 1) issues.push(`${modes.join(' and ')} exclude each other: give only one of them`);
  if (positional.length === 0 && !o.help)
    issues.push('missing the scenario: a .json file, a built-in id or a share link');
  if (positional.length > 1)
    issues.push(`expected one scenario, got ${positional.length}: ${positional.join(' ')}`);
  o.scenario = positional[0] ?? '';
  return issues.length ? { ok: false, issues } : { ok: true, options: o };
}
