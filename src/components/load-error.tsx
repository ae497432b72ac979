interface LoadErrorProps {
  /** The file that did not load, as the person knows it ("sources.json"). */
  file: string;
  error: Error;
  onRetry: () => void;
  className?: string;
}

/** A file that did not load, in the place that needed it: which file, why, and a way to try again. */
export function LoadError({ file, error, onRetry, className = '' }: LoadErrorProps) {
  return (
    <div role="alert" className={`panel-error load-error ${className}`}>
      <p>
        Could not load {file}: {error.message}
      </p>
      <button type="button" className="button" onClick={onRetry}>
        Retry<span className="visually-hidden"> {file}</span>
      </button>
    </div>
  );
}
