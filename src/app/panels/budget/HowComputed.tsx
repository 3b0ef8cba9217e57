/**
 * "How is this computed?": the power and thermal model in plain words, with its assumptions and
 * sources (docs/physics.md). The numbers are the constants the simulation itself uses, imported from
 * src/sim, so the note cannot drift from the code.
 */
/* eslint-disable i18next/no-literal-string -- translation pending (issue 13); remove when translated */
import { SOLAR_CONSTANT_W_M2, STEFAN_BOLTZMANN } from '../../../sim/constants';
import {
  EARTH_ALBEDO,
  EARTH_AREA_FRACTION,
  OLR_W_M2,
  SUN_AREA_FRACTION,
  THROTTLE_SPAN_K,
} from '../../../sim/thermal';
import { NODE_PARAM_DEFAULTS } from '../../../sim/nodeParams';
import { BATTERY_DISCHARGE_EFFICIENCY } from '../../../sim/power';

const frac = (f: number) => (f === 0.25 ? '¼' : f === 0.5 ? 'half' : `${Math.round(f * 100)} %`);

export function HowComputed() {
  const d = NODE_PARAM_DEFAULTS;
  return (
    <details className="how" data-testid="how-computed">
      <summary>How is this computed?</summary>
      <div className="how-body">
        <p>
          A deliberately simple model, the same for every satellite, run in a background worker. Numbers are
          estimates for comparison, not a design.
        </p>
        <h5>Sunlight</h5>
        <ul>
          <li>
            Solar flux {SOLAR_CONSTANT_W_M2.toLocaleString('en-US')} W/m² at 1 AU, scaled by 1/r² for the real
            Sun–satellite distance (about ±3.4 % over the year).
          </li>
          <li>
            Earth’s shadow is a cone: in the umbra the Sun is hidden completely, in the penumbra partly (the
            fraction of the solar disc covered). Entries and exits are found by root-finding to a fraction of
            a second (Montenbruck &amp; Gill, <i>Satellite Orbits</i>, §3.4).
          </li>
          <li>
            β angle: the Sun’s elevation above the orbit plane (Vallado,{' '}
            <i>Fundamentals of Astrodynamics and Applications</i>, §5.3). The higher |β|, the shorter the
            eclipses.
          </li>
        </ul>
        <h5>Power and battery</h5>
        <ul>
          <li>
            Generated power = flux × panel area × cell efficiency × cos θ × (1 − shadow). Sun-tracking panels
            have cos θ = 1; body-fixed panels on the zenith face of a nadir-pointing bus see the Sun at its
            angle above the local horizon.
          </li>
          <li>
            The battery stores the surplus at its charge efficiency (default{' '}
            {Math.round(d.chargeEfficiency * 100)} %) and gives it back in shadow at a discharge efficiency of{' '}
            {Math.round(BATTERY_DISCHARGE_EFFICIENCY * 100)} % (an assumption, the same in every node); both
            losses become heat inside the satellite. A battery sized as load × eclipse time ÷ (depth of
            discharge × discharge efficiency) reaches its floor just as the eclipse ends.
          </li>
          <li>
            Power that can be neither used nor stored (the battery is full, or the charge efficiency is 0) is
            curtailed: the panels are backed off their maximum-power point, or shunted at the array, so it
            never reaches the electronics and does not heat the satellite.
          </li>
          <li>
            The battery never goes below its depth-of-discharge floor (default{' '}
            {Math.round(d.depthOfDischargeMax * 100)} % may be used, so{' '}
            {Math.round((1 - d.depthOfDischargeMax) * 100)} % stays in reserve): at the floor, compute is shed
            first; the bus load (attitude, radios, housekeeping) stays on.
          </li>
        </ul>
        <h5>Heat</h5>
        <ul>
          <li>
            One lumped thermal node: a single temperature for the whole satellite, with its heat capacity.
          </li>
          <li>
            Heat in: sunlight absorbed on {frac(SUN_AREA_FRACTION)} of the radiator area (the radiator is kept
            edge-on to the Sun); Earth infrared ({OLR_W_M2} W/m²) and albedo ({EARTH_ALBEDO.toFixed(2)} of the
            sunlight, scaled by the Sun’s height over the ground below) on {frac(EARTH_AREA_FRACTION)} of it,
            with view factor (R⊕/(R⊕+h))²; every watt the electronics consume; and the battery’s losses.
          </li>
          <li>Heat out: the radiator, ε σ A T⁴ (σ = {STEFAN_BOLTZMANN.toExponential(4)} W/m²K⁴).</li>
          <li>
            Above the maximum temperature, compute throttles linearly, to zero {THROTTLE_SPAN_K} K above it.
            Solar panels reject their own heat.
          </li>
        </ul>
        <h5>Time</h5>
        <ul>
          <li>
            Battery and temperature depend on history, so every budget is integrated at a fixed step (60 s for
            the constellation colours and totals, 30 s for the selected satellite) from a warm-up of at least
            two orbits before the shown time. Scrubbing to a time gives the same answer as playing to it.
          </li>
          <li>Very large constellations budget a regular sample of satellites and scale the totals.</li>
        </ul>
        <p className="small muted">
          Sources: Montenbruck &amp; Gill, <i>Satellite Orbits</i> (2000), §3.4 (shadow); Vallado,{' '}
          <i>Fundamentals of Astrodynamics and Applications</i>, §5.3 (β angle, eclipses); Gilmore,{' '}
          <i>Spacecraft Thermal Control Handbook</i>, ch. 2 (Earth IR, albedo, view factor); Kopp &amp; Lean
          2011 (solar constant). The project’s docs/physics.md and docs/physics.md give the full model.
        </p>
      </div>
    </details>
  );
}
