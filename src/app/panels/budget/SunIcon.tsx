/** The sunlight state's icon, shared by the budget card and the colour legend (its own module: the legend is in the first view, the card is not). */
import type { SunlightState } from './sunlight';

/** Sunlit / penumbra / umbra as a shape as well as a colour: a full disc, a half-covered one, a dark disc with a rim. */
export function SunIcon({ state }: { state: SunlightState }) {
  return (
    <svg className="sun-icon" viewBox="0 0 16 16" width="16" height="16" aria-hidden="true">
      {state === 'sunlit' && <circle cx="8" cy="8" r="6" fill="#ffcc4d" />}
      {state === 'penumbra' && (
        <>
          <circle cx="8" cy="8" r="6" fill="#ffcc4d" />
          <circle cx="12" cy="8" r="6.5" fill="#2a3550" />
        </>
      )}
      {state === 'umbra' && <circle cx="8" cy="8" r="6" fill="#1a2030" stroke="#6b7a99" strokeWidth="1.2" />}
    </svg>
  );
}
