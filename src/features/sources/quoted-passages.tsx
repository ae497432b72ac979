import { CopyButton } from '@/components/copy-button';
import type { Source } from '@/data/schemas';
import { viewLink } from '@/lib/download';
import { citationToCopy, type Passage } from './passages';

/** The words the dashboard quotes from one document, each with a button that copies its citation. */
export function QuotedPassages({ source, passages }: { source: Source; passages: Passage[] }) {
  if (passages.length === 0) return null;
  return (
    <details className="passages">
      <summary>Passages quoted on this dashboard ({passages.length})</summary>
      <ol>
        {passages.map((p, i) => (
          <li key={i}>
            <span className="passages__where">{p.locator ?? 'No locator given'}</span>{' '}
            <span className="passages__quote">“{p.quote}”</span>{' '}
            <CopyButton
              text={() => citationToCopy(source.citation, p, viewLink())}
              copied="Citation copied"
              fieldLabel="Citation to copy"
            >
              Copy citation
              <span className="visually-hidden">
                {' '}
                {i + 1} from {source.short}
              </span>
            </CopyButton>
          </li>
        ))}
      </ol>
    </details>
  );
}
