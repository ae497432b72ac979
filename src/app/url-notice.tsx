import { useState } from 'react';

/** Says which parts of an opened link could not be read and were left at their defaults. */
export function UrlNotice({
  rejected,
}: {
  rejected: { param: string; value: string; reason?: string }[];
}) {
  const [dismissed, setDismissed] = useState<string | null>(null);
  const key = rejected.map((r) => `${r.param}=${r.value}`).join('&');
  if (rejected.length === 0 || dismissed === key) return null;
  return (
    <div className="notice" role="status">
      <p>
        Some of this link could not be read and was left at its default:{' '}
        {rejected.map((r, i) => (
          <span key={r.param}>
            <code>
              {r.param}={r.value.slice(0, 40)}
            </code>
            {r.reason ? ` (${r.reason})` : null}
            {i < rejected.length - 1 ? ', ' : ''}
          </span>
        ))}
        .
      </p>
      <button type="button" className="button button--quiet" onClick={() => setDismissed(key)}>
        Dismiss
      </button>
    </div>
  );
}
