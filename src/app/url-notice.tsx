import { useState } from 'react';
import type { UrlIssue } from '@/features/filters/url-codec';

/** Says which parts of an opened link were not used as written, and why. */
export function UrlNotice({ issues }: { issues: UrlIssue[] }) {
  const [dismissed, setDismissed] = useState<string | null>(null);
  const key = issues.map((r) => `${r.param}=${r.value}`).join('&');
  if (issues.length === 0 || dismissed === key) return null;
  return (
    <div className="notice" role="status">
      <p>
        Some of this link was not used as written (a value that cannot be read is left at its
        default):{' '}
        {issues.map((r, i) => (
          <span key={`${r.param}-${i}`}>
            <code>
              {r.param}={r.value.slice(0, 40)}
            </code>
            {r.reason ? ` (${r.reason})` : null}
            {i < issues.length - 1 ? ', ' : ''}
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
