/** Find a satellite by id ("S2-P01-01", a NORAD number) or name; Enter selects and follows it. */
/* eslint-disable i18next/no-literal-string -- translation pending (issue 13); remove when translated */
import { useId, useState, type FormEvent } from 'react';
import { useApp } from '../../state/store';
import { findSatellite, satelliteIdentity } from '../../scenario/identity';
import type { Engine } from '../../engine/engine';

export function SearchBox({ engine }: { engine: Engine }) {
  const meta = useApp((s) => s.meta);
  const [query, setQuery] = useState('');
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const id = useId();

  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    const q = query.trim();
    if (!meta || !q) {
      setMessage(null);
      return;
    }
    const index = findSatellite(meta.shells, q);
    if (index === null) {
      setMessage({
        ok: false,
        text: `No satellite with the id or name “${q.length > 60 ? `${q.slice(0, 60)}…` : q}”.`,
      });
      return;
    }
    const who = satelliteIdentity(meta.shells, index);
    const st = useApp.getState();
    // A satellite found in a hidden shell brings its shell back.
    if (st.hiddenShells.includes(who.shellIndex))
      st.setHiddenShells(st.hiddenShells.filter((h) => h !== who.shellIndex));
    engine.select(index);
    engine.follow(true);
    setMessage({ ok: true, text: `Following ${who.name} (${who.id}).` });
  };

  return (
    <form className="search" role="search" onSubmit={onSubmit}>
      <label htmlFor={id} className="sr-only">
        Find a satellite by id or name
      </label>
      <input
        id={id}
        type="search"
        data-testid="search-input"
        placeholder="Find satellite: id or name"
        value={query}
        maxLength={200}
        autoComplete="off"
        spellCheck={false}
        enterKeyHint="search"
        disabled={!meta}
        onChange={(e) => {
          setQuery(e.target.value);
          if (message) setMessage(null);
        }}
      />
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
