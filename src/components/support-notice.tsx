import { useQuery } from '@tanstack/react-query';
import { discrepanciesQuery, sourcesQuery } from '@/data/queries';

/**
 * Inside a panel: a file that only adds to its figures could not be loaded. The figures still
 * show; the note says what is missing and why, naming the file. Nothing while the file is fine.
 * (Each notice reads its query itself: the panel's own read of the file shares the request.)
 */
function SupportNotice({
  error,
  missing,
  onRetry,
}: {
  error: Error | null;
  missing: string;
  onRetry: () => void;
}) {
  if (!error) return null;
  return (
    <p className="support-notice" role="note">
      <strong>{missing}</strong> {error.message}{' '}
      <button type="button" className="button button--quiet" onClick={onRetry}>
        Retry
      </button>
    </p>
  );
}

/** sources.json failed: citations show source ids instead of names. */
export function SourcesNotice() {
  const { error, refetch } = useQuery(sourcesQuery);
  return (
    <SupportNotice
      error={error}
      missing="Sources are named by their ids:"
      onRetry={() => void refetch()}
    />
  );
}

/** discrepancies.json failed: figures the sources disagree on are not flagged. */
export function DiscrepanciesNotice() {
  const { error, refetch } = useQuery(discrepanciesQuery);
  return (
    <SupportNotice
      error={error}
      missing="Where sources disagree is not flagged:"
      onRetry={() => void refetch()}
    />
  );
}
