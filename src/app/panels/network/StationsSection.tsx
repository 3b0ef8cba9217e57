/**
 * Ground stations: the list (name, position, elevation mask, satellites in view now), a form to add
 * one by coordinates, "Place on the globe" (the scene turns the next click on Earth into a station),
 * and removal (an edit: the engine records it for undo). A click on a name makes it a route end.
 * Station names come from scenario files and users: always rendered as text.
 */
import { useTranslation } from 'react-i18next';
import { useId, useState, type FormEvent } from 'react';
import { useApp } from '../../../state/store';
import { stationName } from '../../scenarioText';
import { fmtLat, fmtLon } from '../../format';
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
const FIELDS = { name: 'name', lat: 'lat', lon: 'lon', minEl: 'minEl' } as const satisfies Record<
  StationField,
  StationField
>;
const TEST_IDS = {
  name: 'station-add-name',
  lat: 'station-add-lat',
  lon: 'station-add-lon',
  minEl: 'station-add-minel',
} as const;
const DEFAULT_MIN_EL = '25';
/** Symbols between the station's numbers, and while its view is not known. */
const SEP = '·';
const PENDING = '…';
const CROSS = '×';
const fmtMinEl = (deg: number) => `≥ ${Number(deg.toFixed(1))}°`;

export function StationsSection({ engine, onRouteEnd }: { engine: NetworkEngine; onRouteEnd?: () => void }) {
  const stations = useApp((s) => s.stations);
  const inView = useApp((s) => s.stationsInView);
  const scenario = useApp((s) => s.scenario);
  const from = useApp((s) => s.routeFrom);
  const to = useApp((s) => s.routeTo);
  const placing = useApp((s) => s.placingStation);
  const setPlacing = useApp((s) => s.setPlacingStation);
  // Kept as a key and the name, so it follows a change of language.
  const [message, setMessage] = useState<{
    key: 'stations.removed' | 'stations.addedMsg';
    name: string;
  } | null>(null);
  const meta = useApp((s) => s.meta);
  const { t } = useTranslation('network');
  // The stations of the scenario as loaded (edits write added ones into store.scenario too).
  const fromScenario = meta?.groundStations
    ? new Set(meta.groundStations.map((g) => g.name))
    : scenarioStationNames(scenario);

  const onAdded = (name: string) => setMessage({ key: 'stations.addedMsg', name });
  const makeRouteEnd = (i: number) => {
    const next = assignStationEnd(from, to, i);
    engine.setRouteEnds(next.from, next.to);
    onRouteEnd?.();
  };

  return (
    <div className="net-stations" data-testid="stations-panel">
      {stations.length === 0 ? (
        <p className="small muted">{t('stations.empty')}</p>
      ) : (
        <>
          <p className="small muted net-tip">{t('stations.tip')}</p>
          <ul className="station-list" data-testid="stations-list" aria-label={t('stations.listLabel')}>
            {stations.map((s, i) => {
              const n = inView[i];
              const end = sameEnd(from, { station: i })
                ? t('stations.endFrom')
                : sameEnd(to, { station: i })
                  ? t('stations.endTo')
                  : null;
              return (
                <li key={`${i}-${s.name}`} className="station-row" data-testid="station-row">
                  <div className="station-main">
                    <button
                      className="linkish station-name"
                      data-testid="station-name"
                      onClick={() => makeRouteEnd(i)}
                      title={t('stations.useAsEnd', { name: stationName(s.name) })}
                      aria-label={t('stations.useAsEnd', { name: stationName(s.name) })}
                    >
                      {stationName(s.name)}
                    </button>
                    {end && <span className="station-tag end">{end}</span>}
                    {!fromScenario.has(s.name) && (
                      <span className="station-tag" title={t('stations.addedTitle')}>
                        {t('stations.added')}
                      </span>
                    )}
                  </div>
                  <div className="station-meta small">
                    <span className="station-pos">
                      {fmtLat(s.latDeg)}, {fmtLon(s.lonDeg)}
                    </span>
                    <span className="muted" title={t('stations.minElTitle')}>
                      {' '}
                      {SEP} {fmtMinEl(s.minElevationDeg)} {SEP}{' '}
                    </span>
                    <span
                      className={`station-view ${n === 0 ? 'none' : ''}`}
                      data-testid="station-in-view"
                      title={t('stations.inViewTitle')}
                    >
                      {n === undefined
                        ? PENDING
                        : n === 0
                          ? t('stations.noneInView')
                          : t('stations.inView', { count: n })}
                    </span>
                  </div>
                  <button
                    className="icon station-remove"
                    data-testid="station-remove"
                    aria-label={t('stations.removeName', { name: stationName(s.name) })}
                    title={t('stations.removeTitle', { name: stationName(s.name) })}
                    onClick={() => {
                      engine.removeStation(i);
                      setMessage({ key: 'stations.removed', name: s.name });
                    }}
                  >
                    {CROSS}
                  </button>
                </li>
              );
            })}
          </ul>
        </>
      )}
      {message && (
        <p className="small muted" role="status" data-testid="station-message">
          {t(message.key, { name: message.name })}
        </p>
      )}
      <div className="station-place-row">
        <button
          data-testid="station-place"
          className={placing ? 'on' : ''}
          aria-pressed={placing}
          onClick={() => setPlacing(!placing)}
        >
          {placing ? t('stations.cancelPlace') : t('stations.place')}
        </button>
        {placing && <span className="small muted">{t('stations.placeHint')}</span>}
      </div>
      <AddStationForm engine={engine} onAdded={onAdded} />
    </div>
  );
}

function AddStationForm({ engine, onAdded }: { engine: NetworkEngine; onAdded: (name: string) => void }) {
  const stations = useApp((s) => s.stations);
  const id = useId();
  const [form, setForm] = useState({ name: '', lat: '', lon: '', minEl: '25' });
  const [errors, setErrors] = useState<Partial<Record<StationFormKey, string>>>({});
  const [engineError, setEngineError] = useState<string | null>(null);
  const { t } = useTranslation('network');

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
    <form className="station-form" onSubmit={onSubmit} noValidate aria-label={t('stations.formLabel')}>
      <h4>{t('stations.formTitle')}</h4>
      <div className="station-grid">
        {field(FIELDS.name, t('stations.name'), TEST_IDS.name, t('stations.namePh'), {
          maxLength: STATION_NAME_MAX + 20,
        })}
        {field(FIELDS.lat, t('stations.lat'), TEST_IDS.lat, t('stations.latPh'))}
        {field(FIELDS.lon, t('stations.lon'), TEST_IDS.lon, t('stations.lonPh'))}
        {field(FIELDS.minEl, t('stations.minElField'), TEST_IDS.minEl, DEFAULT_MIN_EL)}
      </div>
      {messages.length > 0 && (
        <ul className="ed-error" id={`${id}-err`} data-testid="station-add-error" role="alert">
          {messages.map((m, i) => (
            <li key={i}>{m}</li>
          ))}
        </ul>
      )}
      <button type="submit" data-testid="station-add-submit" className="station-submit">
        {t('stations.submit')}
      </button>
    </form>
  );
}

/** Over the scene while the next click on Earth places a station: what to do, and a Cancel for touch screens. */
export function PlacingHint() {
  const placing = useApp((s) => s.placingStation);
  const setPlacing = useApp((s) => s.setPlacingStation);
  const { t } = useTranslation('network');
  if (!placing) return null;
  return (
    <div className="placing-hint" data-testid="station-place-hint" role="status">
      <span>
        {t('stations.placeHint')}
        <span className="ph-esc">{t('stations.escToCancel')}</span>
      </span>
      <button onClick={() => setPlacing(false)} aria-label={t('stations.cancelName')}>
        {t('stations.cancel')}
      </button>
    </div>
  );
}
