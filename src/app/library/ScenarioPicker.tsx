/**
 * The scenario library: a modal list of every built-in scenario (thumbnail, title, one-line
 * summary, satellite count, the current one marked, its sources and description on demand).
 * Choosing one loads it from its epoch through the engine (which shows its progress overlay and
 * keeps the current scenario if loading fails) and puts `?scenario=<id>` in the address bar.
 */
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { translateText } from '../../i18n/problems';
import { useApp } from '../../state/store';
import { BUILTIN_LIST, BUILTIN_SCENARIOS, findBuiltin, type BuiltinListItem } from '../../scenario/builtins';
import type { ScenarioInput } from '../../scenario/schema';
import type { Engine } from '../../engine/engine';
import { Thumbnail } from './Thumbnail';
import { Modal } from '../Modal';
import { scenarioDescription, scenarioSummary, scenarioTitle } from '../scenarioText';

interface Entry {
  item: BuiltinListItem;
  input: ScenarioInput;
}

let entriesCache: Entry[] | null = null;
/** Every built-in with its scenario input (built once, on first use). */
function entries(): Entry[] {
  entriesCache ??= BUILTIN_LIST.map((item) => ({ item, input: BUILTIN_SCENARIOS[item.id].build() }));
  return entriesCache;
}

/**
 * Which built-in the current scenario is, if any: the one named in the address bar when the names
 * agree, else the first with the same name; `edited` when its shells differ from the built-in's.
 */
export function currentBuiltin(
  scenario: unknown,
  urlId: string | null,
): { id: string; edited: boolean } | null {
  const s = scenario as { name?: unknown; shells?: unknown } | null;
  if (!s || typeof s !== 'object' || typeof s.name !== 'string') return null;
  const all = entries();
  const match =
    all.find((e) => e.item.id === urlId && e.input.name === s.name) ??
    all.find((e) => e.input.name === s.name);
  if (!match) return null;
  const shells = Array.isArray(s.shells) ? s.shells : [];
  let edited = shells.length !== match.input.shells.length;
  if (!edited) {
    try {
      edited = JSON.stringify(shells) !== JSON.stringify(match.input.shells);
    } catch {
      edited = true;
    }
  }
  return { id: match.item.id, edited };
}

/** Puts `?scenario=<id>` in the address bar without a reload, keeping the other parameters (a share link's hash is dropped). */
export function setScenarioParam(id: string): void {
  try {
    const url = new URL(window.location.href);
    url.searchParams.set('scenario', id);
    url.hash = ''; // a share link's hash would open the linked scenario again on reload
    window.history.replaceState(window.history.state, '', url.toString());
  } catch {
    /* an address bar that cannot be changed (sandboxed frame) is not a failure */
  }
}

const httpUrl = (u: string) => /^https?:\/\//i.test(u);

/** Loads a built-in by id from its epoch; the address bar follows once the engine has it. */
export function chooseBuiltin(engine: Engine, id: string): void {
  const b = findBuiltin(id);
  if (!b) return;
  engine
    .load(b.build())
    .then(() => setScenarioParam(id))
    .catch(() => {
      /* the engine shows every problem and keeps the current scenario */
    });
}

/** `message`, when given, is shown (as text) above the list: why the picker opened by itself. */
export function ScenarioPicker({
  engine,
  onClose,
  message = null,
}: {
  engine: Engine;
  onClose: () => void;
  message?: string | null;
}) {
  const { t } = useTranslation(['library', 'common']);
  const scenario = useApp((s) => s.scenario);
  const list = entries();
  const current = useMemo(
    () => currentBuiltin(scenario, new URLSearchParams(window.location.search).get('scenario')),
    [scenario],
  );

  const choose = (id: string) => {
    onClose();
    chooseBuiltin(engine, id);
  };

  return (
    <Modal
      title={t('picker.title')}
      testId="library-dialog"
      closeTestId="library-close"
      onClose={onClose}
      className="lib-picker"
    >
      {message && (
        <p className="lib-message" role="alert" data-testid="library-message">
          {translateText(message)}
        </p>
      )}
      <p className="lib-intro muted small">{t('picker.intro')}</p>
      <ul className="lib-list">
        {list.map(({ item, input }, k) => {
          const isCurrent = current?.id === item.id;
          return (
            <li key={item.id} className={`lib-card ${isCurrent ? 'current' : ''}`}>
              <button
                className="lib-choose"
                data-testid={`library-item-${item.id}`}
                aria-current={isCurrent ? 'true' : undefined}
                data-autofocus={(current ? isCurrent : k === 0) ? '' : undefined}
                onClick={() => choose(item.id)}
              >
                <Thumbnail shells={input.shells} />
                <span className="lib-text">
                  <span className="lib-title">{scenarioTitle(item.id, item.title)}</span>
                  <span className="lib-summary">{scenarioSummary(item.id, item.summary)}</span>
                  <span className="lib-meta">
                    <span className="lib-count" data-testid={`library-count-${item.id}`}>
                      {t('common:satellites', { count: item.satellites })}
                    </span>
                    {isCurrent && (
                      <span className="lib-current">
                        {current?.edited ? t('picker.currentEdited') : t('picker.current')}
                      </span>
                    )}
                    {item.satellites >= 50_000 && <span className="lib-large">{t('picker.large')}</span>}
                  </span>
                </span>
              </button>
              <details className="lib-details">
                <summary>{t('picker.about')}</summary>
                {typeof input.description === 'string' && (
                  <p className="lib-desc">{scenarioDescription(input.name, input.description)}</p>
                )}
                {input.sources && input.sources.length > 0 && (
                  <ul className="lib-sources">
                    {input.sources.map((s, i) => (
                      <li key={i}>
                        {httpUrl(s.url) ? (
                          <a href={s.url} target="_blank" rel="noopener noreferrer">
                            {s.title}
                          </a>
                        ) : (
                          s.title
                        )}
                      </li>
                    ))}
                  </ul>
                )}
              </details>
            </li>
          );
        })}
      </ul>
    </Modal>
  );
}
