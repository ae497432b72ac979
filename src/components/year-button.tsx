import './year-button.css';
/** A year in a table: pressing it puts that year in focus everywhere. */
export function YearButton({
  year,
  selected,
  onSelect,
}: {
  year: number;
  selected: boolean;
  onSelect: (year: number) => void;
}) {
  return (
    <button
      type="button"
      className="year-button"
      aria-pressed={selected}
      onClick={() => onSelect(year)}
    >
      <span className="visually-hidden">Select </span>
      {year}
    </button>
  );
}
