import { reloadWithUpdate, useUpdateWaiting } from './app-update';

/** Offers a newer deployment that is installed and waiting; it is never applied by itself. */
export function UpdateNotice() {
  const waiting = useUpdateWaiting();
  if (!waiting) return null;
  return (
    <div className="notice" role="status">
      <p>A newer version of the data is available — reload to use it.</p>
      <button type="button" className="button" onClick={reloadWithUpdate}>
        Reload
      </button>
    </div>
  );
}
