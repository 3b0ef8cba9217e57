/**
 * The satellite list: every satellite by shell, filtered by shell, sunlight (now) and part of the id
 * or name; a keyboard user picks one and it is selected and followed (the Engine API's select and
 * follow). Light at a million satellites: rows are produced lazily, 50 at a time ("Show 50 more"),
 * never one DOM row per satellite, and the sunlight filter asks the engine only about the rows it
 * needs.
 */
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApp } from '../state/store';
import { satelliteIdentity } from '../scenario/identity';
import type { Engine } from '../engine/engine';
import { Modal } from './Modal';
import { matchingSatellites, take } from './satelliteSearch';
import { followSatellite } from './editor/SearchBox';
import { satelliteName } from './satelliteName';
import { shellName } from './scenarioText';

/** Rows added by each "Show more". */
const PAGE = 50;
/** Most satellites the sunlight filter looks at per render (a million-satellite shell stays quick). */
const MAX_LIGHT_SCAN = 100_000;

const LIGHTS = ['any', 'sunlit', 'shadow'] as const;
type Light = (typeof LIGHTS)[number];
const LIGHT_LABEL = { any: 'list.anyLight', sunlit: 'list.sunlit', shadow: 'list.shadow' } as const;

/** Indices matching a sunlight filter, taken lazily from `it`. */
function* byLight(engine: Engine, it: Iterable<number>, light: Light): Generator<number> {
  let scanned = 0;
  for (const i of it) {
    if (light === 'any') {
      yield i;
      continue;
    }
    if (++scanned > MAX_LIGHT_SCAN) return;
    const s = engine.getNode(i)?.sunlight;
    if (s && (light === 'sunlit') === (s === 'sunlit')) yield i;
  }
}

/** The list as a dialog (the header's button, src/app/SatelliteListButton.tsx, loads it when first opened). */
export function SatelliteListDialog({ engine, onClose }: { engine: Engine; onClose: () => void }) {
  const { t } = useTranslation('common');
  const meta = useApp((s) => s.meta);
  const selected = useApp((s) => s.selected);
  const [shell, setShell] = useState(-1);
  const [light, setLight] = useState<Light>('any');
  const [text, setText] = useState('');
  const [query, setQuery] = useState('');
  const [limit, setLimit] = useState(PAGE);
  useEffect(() => {
    const id = setTimeout(() => setQuery(text), 150);
    return () => clearTimeout(id);
  }, [text]);
  useEffect(() => setLimit(PAGE), [shell, light, query]);

  const shells = useMemo(
    () => (meta ? meta.shells.filter((s) => shell < 0 || s.index === shell) : []),
    [meta, shell],
  );
  const { items, more } = useMemo(
    () => take(byLight(engine, matchingSatellites(shells, query), light)[Symbol.iterator](), limit),
    [engine, shells, query, light, limit],
  );
  if (!meta) return null;
  const total = query.trim() === '' && light === 'any' ? shells.reduce((a, s) => a + s.count, 0) : null;

  return (
    <Modal
      title={t('list.title')}
      testId="satellite-list"
      closeTestId="satellite-list-close"
      onClose={onClose}
      className="sat-list"
    >
      <div className="sl-filters">
        <label>
          {t('list.shell')}
          <select data-testid="sl-shell" value={shell} onChange={(e) => setShell(Number(e.target.value))}>
            <option value={-1}>{t('list.allShells')}</option>
            {meta.shells.map((s) => (
              <option key={s.index} value={s.index}>
                {shellName(meta.name, s.index, s.name)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('list.light')}
          <select data-testid="sl-light" value={light} onChange={(e) => setLight(e.target.value as Light)}>
            {LIGHTS.map((l) => (
              <option key={l} value={l}>
                {t(LIGHT_LABEL[l])}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('list.text')}
          <input
            type="search"
            data-testid="sl-text"
            data-autofocus
            value={text}
            maxLength={200}
            autoComplete="off"
            spellCheck={false}
            onChange={(e) => setText(e.target.value)}
          />
        </label>
      </div>
      <p className="small muted" role="status" data-testid="sl-count">
        {items.length === 0
          ? t('list.none')
          : total !== null
            ? t('list.shown', { shown: items.length, total })
            : t('satellites', { count: items.length })}
      </p>
      <ul className="sl-rows" data-testid="sl-rows">
        {items.map((i) => {
          const who = satelliteIdentity(meta.shells, i);
          const name = satelliteName(meta, i);
          return (
            <li key={i}>
              <button
                className={i === selected ? 'on' : ''}
                aria-current={i === selected ? 'true' : undefined}
                aria-label={t('list.followLabel', { name })}
                onClick={() => {
                  followSatellite(engine, i);
                  onClose();
                }}
              >
                <span className="sl-name">{name}</span>
                <span className="muted small">{who.id}</span>
              </button>
            </li>
          );
        })}
      </ul>
      {more && (
        <button data-testid="sl-more" onClick={() => setLimit((n) => n + PAGE)}>
          {t('list.more', { count: PAGE })}
        </button>
      )}
    </Modal>
  );
}
