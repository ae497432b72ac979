import { useQuery } from '@tanstack/react-query';
import { discrepanciesQuery, sourcesQuery } from '@/data/queries';

/**
 * Inside a panel: a file that only adds to its figures could not be loaded. The figures still
 * show; the note says what is missing and why, naming the file. Nothing while the file is fine.
 * (Each notice reads its query itself: the panel's own read of the file shares the request.)
 */
function SupportNotice({ error, missing }: { error: Error | null; missing: string }) {
  if (!error) return null;
  return (
    <p className="support-notice" role="note">
      <strong>{missing}</strong> {error.message}
    </p>
  );
}

/** sources.json failed: citations show source ids instead of names. */
export function SourcesNotice() {
  const { error } = useQuery(sourcesQuery);
  return <SupportNotice error={error} missing="Sources are named by their ids:" />;
}

/** discrepancies.json failed: figures the sources disagree on are not flagged. */
export function DiscrepanciesNotice() {
  const { error } = useQuery(discrepanciesQuery);
  return <SupportNotice error={error} missing="Where sources disagree is not flagged:" />;
}
