/** A placeholder the size of the content it stands in for, so nothing jumps when data arrives. */
export function Skeleton({
  height,
  label = 'Loading data…',
}: {
  height: number | string;
  label?: string;
}) {
  return (
    <div className="skeleton" style={{ height }} role="status" aria-live="polite">
      <span className="visually-hidden">{label}</span>
    </div>
  );
}
