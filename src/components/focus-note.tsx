/**
 * A panel's word on what it shows when that is not the view's year or selection in focus ("No
 * incident figures for 1990: …"), read out when it changes.
 */
export function FocusNote({ children }: { children: string | null }) {
  if (!children) return null;
  return (
    <p className="focus-note" role="status">
      {children}
    </p>
  );
}
