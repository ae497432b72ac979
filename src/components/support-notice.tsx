/**
 * Inside a panel: a file that only adds to its figures (the sources' names, the flags where
 * sources disagree) could not be loaded. The figures still show; this says what is missing and
 * why, naming the file. Nothing when `error` is null.
 */
export function SupportNotice({ error, missing }: { error: Error | null; missing: string }) {
  if (!error) return null;
  return (
    <p className="support-notice" role="note">
      <strong>{missing}</strong> {error.message}
    </p>
  );
}
