/**
 * "How is this computed?" for the Earth-burden panel: every formula of src/sim/burden.ts, the
 * constants with their sources, how the year's energy was sampled (numbers from the worker's reply)
 * and what the model leaves out. Constants are imported, so the note cannot drift from the code.
 */
/* eslint-disable i18next/no-literal-string -- translation pending (issue 13); remove when translated */
import {
  COAL_KG_CO2E_PER_KWH,
  COAL_PLANT_MW,
  COAL_PLANT_T_CO2E_PER_DAY,
  GLOBAL_DC_MWH_2024,
  GLOBAL_DC_MWH_2030,
  HOURS_PER_YEAR,
  HYPERSCALE_IT_MW,
  SOURCES,
  type BurdenEnergy,
} from '../../../sim/burden';
import { fmtNum } from './burdenText';

function Src({ s }: { s: { title: string; url: string } }) {
  return (
    <a href={s.url} target="_blank" rel="noopener noreferrer">
      {s.title}
    </a>
  );
}

export function BurdenHow({ energy }: { energy: BurdenEnergy | null }) {
  return (
    <details className="how bd-how" data-testid="burden-how">
      <summary>How is this computed?</summary>
      <div className="how-body">
        <p>
          One model (<code>src/sim/burden.ts</code>), the same in this panel and in{' '}
          <code>npm run sim -- &lt;scenario&gt; --burden</code>. N is the number of satellites, E the compute
          energy they deliver in a year, a year is {fmtNum(HOURS_PER_YEAR)} h.
        </p>
        <h5>The year&apos;s compute energy E</h5>
        <p>
          From the app&apos;s own budget runner, so eclipses, the battery floor and heat throttling are in it:
          a dawn-dusk orbit delivers more per kilogram than a 53° one.{' '}
          {energy ? (
            <>
              {fmtNum(energy.sampledNodes)} satellites spread over the shells (in proportion to their size,
              across their planes) are run through {energy.sampledDays} windows of {energy.windowHours} h
              spread over the year from the epoch, each after a {fmtNum(energy.warmupHours, 1)} h warm-up from
              a full battery, in {energy.stepS} s steps. The mean fraction of the compute load that ran, per
              shell, times its installed power times {fmtNum(HOURS_PER_YEAR)} h gives E. Sampling three times
              as many days or nodes changes E by less than 0.1 % on the built-in scenarios.
            </>
          ) : (
            'It is being computed by the budget worker.'
          )}
        </p>
        <h5>Orbit (once per lifetime)</h5>
        <ul>
          <li>mass = N × massKgPerNode (default: kg per kW of compute × the mean node load)</li>
          <li>CO2e = mass × (launch + manufacturing kg CO2e per kg); nothing per year (no grid in orbit)</li>
          <li>
            kg CO2e per MWh = CO2e ÷ (E × lifetime); launch cost per MWh = mass × launch price ÷ (E ×
            lifetime)
          </li>
        </ul>
        <h5>Ground, for the same compute</h5>
        <ul>
          <li>energy = E × PUE; CO2e a year = energy × grid (MWh × kg/kWh = t)</li>
          <li>kg CO2e per MWh = PUE × grid × 1000 + embodied per kW × IT power ÷ (E × lifetime)</li>
          <li>water = E × WUE (MWh × L/kWh = m³); electricity cost per MWh of IT = price × PUE</li>
        </ul>
        <h5>The answer</h5>
        <ul>
          <li>
            carbon payback = orbit CO2e ÷ ground CO2e a year: how long the ground data centre runs before it
            has emitted what the orbital one cost up front. Longer than the lifetime: orbit is the larger
            burden.
          </li>
          <li>the grid where the answer flips = orbit CO2e ÷ (ground energy × lifetime)</li>
          <li>
            share of the world&apos;s data-centre electricity = ground energy ÷{' '}
            {fmtNum(GLOBAL_DC_MWH_2024 / 1e6)} TWh (2024) or ÷ {fmtNum(GLOBAL_DC_MWH_2030 / 1e6)} TWh (2030) —{' '}
            <Src s={SOURCES.ieaEnergyAi} />
          </li>
          <li>
            hyperscale data centres = E ÷ ({HYPERSCALE_IT_MW} MW × {fmtNum(HOURS_PER_YEAR)} h); a hyperscale
            data centre is taken as {HYPERSCALE_IT_MW} MW of IT (assumed; the IEA likens a typical AI-focused
            one to 100,000 households)
          </li>
          <li>
            coal-plant days = launch CO2e (mass × launch kg CO2e per kg) ÷ {fmtNum(COAL_PLANT_T_CO2E_PER_DAY)}{' '}
            t a day: a {fmtNum(COAL_PLANT_MW)} MW plant at full output (assumed) at{' '}
            {COAL_KG_CO2E_PER_KWH * 1000} g CO2e/kWh — <Src s={SOURCES.ipccAr5} />
          </li>
        </ul>
        <h5>Left out</h5>
        <p>
          Re-entry (alumina, nitrogen oxides) and the black carbon and water vapour rockets leave high in the
          atmosphere, whose warming per kilogram can be far larger than CO2 at ground level; replacing
          satellites that fail early; ground stations and the links to them; the IT hardware itself, needed in
          both places (it is in the spacecraft&apos;s mass, and in the ground&apos;s embodied figure only as
          far as you put it there). Critics and proponents are quoted with their own numbers: see each
          assumption&apos;s source.
        </p>
      </div>
    </details>
  );
}
