/**
 * The year an arrow key moves to in a chart over `years` (ascending): ← and ↓ one year back,
 * → and ↑ one year on, Home and End the first and last year. From a year the chart does not
 * hold, a step lands on the nearest year in that direction. `null` for any other key; the same
 * year at either end.
 */
export function yearForKey(years: readonly number[], from: number, key: string): number | null {
  const first = years[0];
  const last = years.at(-1);
  if (first === undefined || last === undefined) return null;
  switch (key) {
    case 'Home':
      return first;
    case 'End':
      return last;
    case 'ArrowLeft':
    case 'ArrowDown':
      return years.findLast((y) => y < from) ?? first;
    case 'ArrowRight':
    case 'ArrowUp':
      return years.find((y) => y > from) ?? last;
    default:
      return null;
  }
}
