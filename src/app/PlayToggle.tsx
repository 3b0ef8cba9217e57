/** The play/pause button of the time bar and the embed's control bar (the Engine API's play and pause). */
/* eslint-disable i18next/no-literal-string -- translation pending (issue 13); remove when translated */
import { useApp } from '../state/store';

export function PlayToggle({
  engine,
  className,
}: {
  engine: { clock: { playing: boolean }; play(): void; pause(): void };
  className: string;
}) {
  const playing = useApp((s) => s.playing);
  return (
    <button
      className={className}
      data-testid="play-toggle"
      aria-label={playing ? 'Pause' : 'Play'}
      title={playing ? 'Pause (space)' : 'Play (space)'}
      onClick={() => (engine.clock.playing ? engine.pause() : engine.play())}
    >
      {playing ? '❚❚' : '▶'}
    </button>
  );
}
