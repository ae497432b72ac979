import { QueryErrorResetBoundary, useQueryClient } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { ErrorBoundary, type FallbackProps } from 'react-error-boundary';
import { DatasetError } from '@/data/load';

/** What went wrong, in words a reader can act on: which file, which field. */
function PanelError({ error, resetErrorBoundary }: FallbackProps) {
  const client = useQueryClient();
  // A failed file is not fetched again by the next component that mounts (see the query client),
  // so Retry clears the failures first: the panel then loads them afresh.
  const retry = () => {
    void client.resetQueries({ predicate: (query) => query.state.status === 'error' });
    resetErrorBoundary();
  };
  const isDataset = error instanceof DatasetError;
  const title = isDataset ? `Could not load ${error.file}` : 'This panel stopped working';
  const details = isDataset
    ? error.issues
    : [error instanceof Error ? error.message : String(error)];
  return (
    <div className="panel-error" role="alert">
      <p className="panel-error__title">{title}</p>
      <ul className="panel-error__details">
        {details.slice(0, 6).map((d, i) => (
          <li key={i}>{d}</li>
        ))}
        {details.length > 6 ? <li>…and {details.length - 6} more problems</li> : null}
      </ul>
      <p className="panel-error__hint">The other panels are unaffected.</p>
      <button type="button" className="button" onClick={retry}>
        Retry
      </button>
    </div>
  );
}

/** One error boundary per panel: a bad dataset takes down its own panel only, and Retry refetches. */
export function PanelBoundary({ children }: { children: ReactNode }) {
  return (
    <QueryErrorResetBoundary>
      {({ reset }) => (
        <ErrorBoundary onReset={reset} FallbackComponent={PanelError}>
          {children}
        </ErrorBoundary>
      )}
    </QueryErrorResetBoundary>
  );
}
