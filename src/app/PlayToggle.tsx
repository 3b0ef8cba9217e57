/** The play/pause button of the time bar and the embed's control bar (the Engine API's play and pause). */
import { useTranslation } from 'react-i18next';
import { useApp } from '../state/store';

export function PlayToggle({
  engine,
  className,
}: {
  engine: { clock: { playing: boolean }; play(): void; pause(): void };
  className: string;
}) {
  const playing = useApp((s) => s.playing);
  const { t } = useTranslation('common');
  return (
    <button
      className={className}
      data-testid="play-toggle"
      aria-label={playing ? t('play.pause') : t('play.play')}
      title={playing ? t('play.pauseTitle') : t('play.playTitle')}
      onClick={() => (engine.clock.playing ? engine.pause() : engine.play())}
    >
      <span aria-hidden>{playing ? '❚❚' : '▶'}</span>
    </button>
  );
}
