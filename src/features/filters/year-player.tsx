import './year-player.css';
import { useYearPlayer } from './use-year-player';

/** Play/Pause beside the year slider: steps the year in focus through the years shown. */
export function YearPlayer() {
  const { playing, toggle } = useYearPlayer();
  return (
    <button
      type="button"
      className="button year-player"
      aria-pressed={playing}
      aria-label={playing ? 'Pause' : 'Play through the years'}
      onClick={toggle}
    >
      <span aria-hidden="true" className="year-player__icon">
        {playing ? '❚❚' : '▶'}
      </span>
      <span aria-hidden="true">{playing ? 'Pause' : 'Play'}</span>
    </button>
  );
}
