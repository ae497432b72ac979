/** Previous and Next, for the presenter's bar and the speaker view: `onGo` gets the slide asked for. */
export function SlideSteps({
  index,
  count,
  onGo,
}: {
  index: number;
  count: number;
  onGo: (index: number) => void;
}) {
  return (
    <>
      <button
        type="button"
        className="button"
        onClick={() => onGo(Math.max(index - 1, 0))}
        disabled={index === 0}
      >
        <span aria-hidden="true">‹ </span>Previous
      </button>
      <button
        type="button"
        className="button button--primary"
        onClick={() => onGo(Math.min(index + 1, count - 1))}
        disabled={index >= count - 1}
      >
        Next<span aria-hidden="true"> ›</span>
      </button>
    </>
  );
}
