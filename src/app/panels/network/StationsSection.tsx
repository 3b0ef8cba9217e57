/**
 * Ground stations: the list (name, position, elevation mask, satellites in view now), a form to add
 * one by coordinates, "Place on the globe" (the scene turns the next click on Earth into a station),
 * and removal (an edit: the engine records it for undo). A click on a name makes it a route end.
 * Station names come from scenario files and users: always rendered as text.
 */
/* eslint-disable i18next/no-literal-string -- translation pending (issue 13); remove when translated */
import { useId, useState, type FormEvent } from 'react';
import { useApp } from '../../../state/store';
import { fmtLat, fmtLon, fmtCount } from '../../format';
import {
  assignStationEnd,
  scenarioStationNames,
  validateStationForm,
  type NetworkEngine,
  type StationFormKey,
} from './network';
import './network.css';
import { sameEnd } from '../../../engine/routeEnds';
import { STATION_NAME_MAX, type StationField } from '../../../scenario/stationRules';

const FIELD_ORDER: StationFormKey[] = ['name', 'lat', 'lon', 'minEl', 'list'];

export function StationsSection({ engine, onRouteEnd }: { engine: NetworkEngine; onRouteEnd?: () => void }) {
  const stations = useApp((s) => s.stations);
  const inView = useApp((s) => s.stationsInView);
  const scenario = useApp((s) => s.scenario);
  const from = useApp((s) => s.routeFrom);
  const to = useApp((s) => s.routeTo);
  const placing = useApp((s) => s.placingStation);
  const setPlacing = useApp((s) => s.setPlacingStation);
  const [message, setMessage] = useState<string | null>(null);
  const meta = useApp((s) => s.meta);
  // The stations of the scenario as loaded (edits write added ones into store.scenario too).
  const fromScenario = meta?.groundStations
    ? new Set(meta.groundStations.map((g) => g.name))
    : scenarioStationNames(scenario);

  const makeRouteEnd = (i: number) => {
    const next = assignStationEnd(from, to, i);
    engine.setRouteEnds(next.from, next.to);
    onRouteEnd?.();
  };

  return (
    <div className="net-stations" data-testid="stations-panel">
      {stations.length === 0 ? (
        <p className="small muted">No ground stations yet. Add one below, by coordinates or on the globe.</p>
      ) : (
        <>
          <p className="small muted net-tip">Click a name to make it a route end.</p>
          <ul className="station-list" data-testid="stations-list" aria-label="Ground stations">
            {stations.map((s, i) => {
              const n = inView[i];
              const end = sameEnd(from, { station: i }) ? 'From' : sameEnd(to, { station: i }) ? 'To' : null;
              return (
                <li key={`${i}-${s.name}`} className="station-row" data-testid="station-row">
                  <div className="station-main">
                    <button
                      className="linkish station-name"
                      data-testid="station-name"
                      onClick={() => makeRouteEnd(i)}
                      title={`Use ${s.name} as a route end`}
                    >
                      {s.name}
                    </button>
                    {end && <span className="station-tag end">{end}</span>}
                    {!fromScenario.has(s.name) && (
                      <span className="station-tag" title="Added by you, not in the scenario file">
                        added
                      </span>
                    )}
                  </div>
                  <div className="station-meta small">
                    <span className="station-pos">
                      {fmtLat(s.latDeg)}, {fmtLon(s.lonDeg)}
                    </span>
                    <span
                      className="muted"
                      title="Minimum elevation: satellites lower in its sky are not used"
                    >
                      {' '}
                      · ≥ {Number(s.minElevationDeg.toFixed(1))}° ·{' '}
                    </span>
                    <span
                      className={`station-view ${n === 0 ? 'none' : ''}`}
                      data-testid="station-in-view"
                      title="Satellites this station sees now at or above its minimum elevation"
                    >
                      {n === undefined ? '…' : n === 0 ? 'none in view' : `${fmtCount(n)} in view`}
                    </span>
                  </div>
                  <button
                    className="icon station-remove"
                    data-testid="station-remove"
                    aria-label={`Remove the station ${s.name}`}
                    title={`Remove ${s.name}`}
                    onClick={() => {
                      engine.removeStation(i);
                      setMessage(`Removed ${s.name}.`);
                    }}
                  >
                    ×
                  </button>
                </li>
              );
            })}
          </ul>
        </>
      )}
      {message && (
        <p className="small muted" role="status" data-testid="station-message">
          {message}
        </p>
      )}
      <div className="station-place-row">
        <button
          data-testid="station-place"
          className={placing ? 'on' : ''}
          aria-pressed={placing}
          onClick={() => setPlacing(!placing)}
        >
          {placing ? 'Cancel placing (Esc)' : 'Place on the globe'}
        </button>
        {placing && <span className="small muted">Click on Earth to place the station</span>}
      </div>
      <AddStationForm engine={engine} onAdded={(name) => setMessage(`Added ${name}.`)} />
    </div>
  );
}

function AddStationForm({ engine, onAdded }: { engine: NetworkEngine; onAdded: (name: string) => void }) {
  const stations = useApp((s) => s.stations);
  const id = useId();
  const [form, setForm] = useState({ name: '', lat: '', lon: '', minEl: '25' });
  const [errors, setErrors] = useState<Partial<Record<StationFormKey, string>>>({});
  const [engineError, setEngineError] = useState<string | null>(null);

  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    const r = validateStationForm(form, stations);
    setEngineError(null);
    if (!r.ok) {
      setErrors(r.errors);
      return;
    }
    setErrors({});
    let err: string | null;
    try {
      err = engine.addStation(r.station);
    } catch (x) {
      err = x instanceof Error ? x.message : String(x);
    }
    if (err) {
      setEngineError(err);
      return;
    }
    setForm({ name: '', lat: '', lon: '', minEl: form.minEl });
    onAdded(r.station.name);
  };

  const messages = [
    ...FIELD_ORDER.map((f) => errors[f]).filter((m): m is string => !!m),
    ...(engineError ? engineError.split('\n').filter((m) => m.trim() !== '') : []),
  ];
  const field = (
    f: StationField,
    label: string,
    testid: string,
    placeholder: string,
    extra: Record<string, unknown> = {},
  ) => (
    <div className={`net-field ${errors[f] ? 'bad' : ''} net-field-${f}`}>
      <label htmlFor={`${id}-${f}`}>{label}</label>
      <input
        id={`${id}-${f}`}
        data-testid={testid}
        value={form[f]}
        placeholder={placeholder}
        autoComplete="off"
        spellCheck={false}
        aria-invalid={errors[f] ? true : undefined}
        aria-describedby={messages.length ? `${id}-err` : undefined}
        onChange={(e) => {
          setForm({ ...form, [f]: e.target.value });
          if (errors[f]) setErrors({ ...errors, [f]: undefined });
        }}
        {...extra}
      />
    </div>
  );

  return (
    <form className="station-form" onSubmit={onSubmit} noValidate aria-label="Add a ground station">
      <h4>Add a station</h4>
      <div className="station-grid">
        {field('name', 'Name', 'station-add-name', 'e.g. Svalbard', { maxLength: STATION_NAME_MAX + 20 })}
        {field('lat', 'Latitude (−90…90°)', 'station-add-lat', 'e.g. 78.23 or 78.23 N')}
        {field('lon', 'Longitude (−180…180°)', 'station-add-lon', 'e.g. 15.41 or 15.41 E')}
        {field('minEl', 'Min. elevation (0…90°)', 'station-add-minel', '25')}
      </div>
      {messages.length > 0 && (
        <ul className="ed-error" id={`${id}-err`} data-testid="station-add-error" role="alert">
          {messages.map((m, i) => (
            <li key={i}>{m}</li>
          ))}
        </ul>
      )}
      <button type="submit" data-testid="station-add-submit" className="station-submit">
        Add station
      </button>
    </form>
  );
}

/** Over the scene while the next click on Earth places a station: what to do, and a Cancel for touch screens. */
export function PlacingHint() {
  const placing = useApp((s) => s.placingStation);
  const setPlacing = useApp((s) => s.setPlacingStation);
  if (!placing) return null;
  return (
    <div className="placing-hint" data-testid="station-place-hint" role="status">
      <span>
        Click on Earth to place the station<span className="ph-esc"> · Esc to cancel</span>
      </span>
      <button onClick={() => setPlacing(false)}>Cancel</button>
    </div>
  );
}
