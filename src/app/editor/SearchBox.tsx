/**
 * Find a satellite by part of its id ("S2-P01", a NORAD number) or name ("iss" finds "ISS (ZARYA)"),
 * case-insensitively: a list of suggestions (a combobox: ↑ ↓ choose, Enter selects and follows,
 * Escape closes it). Enter with none chosen takes the exact match, else the first suggestion.
 */
import { useEffect, useId, useMemo, useState, type FormEvent, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useApp } from '../../state/store';
import { satelliteIdentity } from '../../scenario/identity';
import { suggestSatellites } from '../satelliteSearch';
import { satelliteName } from '../satelliteName';
import type { Engine } from '../../engine/engine';

/** Selects and follows satellite `index`, showing its shell again if it was hidden. */
export function followSatellite(engine: Engine, index: number): void {
  const st = useApp.getState();
  const meta = st.meta;
  if (!meta) return;
  const who = satelliteIdentity(meta.shells, index);
  // A satellite found in a hidden shell brings its shell back.
  if (st.hiddenShells.includes(who.shellIndex))
    st.setHiddenShells(st.hiddenShells.filter((h) => h !== who.shellIndex));
  engine.select(index, { turn: true });
  engine.follow(true);
}

/** Waits `ms` after the last change of `value` (a keystroke in a million-satellite scenario). */
function useDebounced<T>(value: T, ms: number): T {
  const [v, setV] = useState(value);
  useEffect(() => {
    const id = setTimeout(() => setV(value), ms);
    return () => clearTimeout(id);
  }, [value, ms]);
  return v;
}

export function SearchBox({ engine }: { engine: Engine }) {
  const meta = useApp((s) => s.meta);
  const { t } = useTranslation('common');
  const [query, setQuery] = useState('');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const id = useId();
  const listId = `${id}-list`;
  const typed = useDebounced(query, 120);
  const suggestions = useMemo(
    () => (meta && typed.trim() ? suggestSatellites(meta.shells, typed) : []),
    [meta, typed],
  );
  const shown = open && query.trim() !== '' && typed === query ? suggestions : [];

  const choose = (index: number) => {
    if (!meta) return;
    followSatellite(engine, index);
    const who = satelliteIdentity(meta.shells, index);
    setOpen(false);
    setActive(-1);
    setMessage({ ok: true, text: t('search.following', { name: satelliteName(meta, index), id: who.id }) });
  };

  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    const q = query.trim();
    if (!meta || !q) {
      setMessage(null);
      return;
    }
    if (active >= 0 && active < shown.length) return choose(shown[active]);
    // Typed faster than the debounce: the suggestions for exactly this text.
    const found = typed === query ? suggestions : suggestSatellites(meta.shells, q);
    if (found.length > 0) return choose(found[0]);
    setOpen(false);
    setMessage({
      ok: false,
      text: t('search.notFound', { query: q.length > 60 ? `${q.slice(0, 60)}…` : q }),
    });
  };

  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      setOpen(true);
      const n = shown.length;
      if (n === 0) return;
      setActive((a) => (e.key === 'ArrowDown' ? (a + 1) % n : a <= 0 ? n - 1 : a - 1));
    } else if (e.key === 'Escape' && shown.length > 0) {
      // Closes the suggestions first; a second Escape clears the field (the browser's own).
      e.preventDefault();
      setOpen(false);
      setActive(-1);
    }
  };

  const optionId = (k: number) => `${id}-opt-${k}`;
  return (
    <form className="search" role="search" onSubmit={onSubmit}>
      <label htmlFor={id} className="sr-only">
        {t('search.label')}
      </label>
      <input
        id={id}
        type="search"
        data-testid="search-input"
        role="combobox"
        aria-autocomplete="list"
        aria-expanded={shown.length > 0}
        aria-controls={listId}
        aria-activedescendant={active >= 0 && active < shown.length ? optionId(active) : undefined}
        placeholder={t('search.placeholder')}
        value={query}
        maxLength={200}
        autoComplete="off"
        spellCheck={false}
        enterKeyHint="search"
        disabled={!meta}
        onKeyDown={onKeyDown}
        onBlur={() => setTimeout(() => setOpen(false), 150)}
        onChange={(e) => {
          setQuery(e.target.value);
          setOpen(true);
          setActive(-1);
          if (message) setMessage(null);
        }}
      />
      <ul
        id={listId}
        role="listbox"
        className="search-suggestions"
        data-testid="search-suggestions"
        aria-label={t('search.suggestions')}
        hidden={shown.length === 0}
      >
        {meta &&
          shown.map((index, k) => {
            const who = satelliteIdentity(meta.shells, index);
            return (
              <li
                key={index}
                id={optionId(k)}
                role="option"
                aria-selected={k === active}
                className={k === active ? 'active' : ''}
                // Chosen on pointer down, before the input's blur closes the list.
                onPointerDown={(e) => {
                  e.preventDefault();
                  choose(index);
                }}
              >
                <span className="ss-name">{satelliteName(meta, index)}</span>{' '}
                <span className="muted small">{who.id}</span>
              </li>
            );
          })}
      </ul>
      <p className="sr-only" role="status">
        {shown.length > 0 ? t('search.matches', { count: shown.length }) : ''}
      </p>
      {message && (
        <p
          className={`search-message small ${message.ok ? 'muted' : 'bad'}`}
          data-testid="search-message"
          role={message.ok ? 'status' : 'alert'}
        >
          {message.text}
        </p>
      )}
    </form>
  );
}
