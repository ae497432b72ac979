import { LoadError } from '@/components/load-error';
import { useQuery } from '@tanstack/react-query';
import { SourceRefs } from '@/components/source-refs';
import { keyFiguresQuery } from '@/data/queries';
import { DATASETS } from '@/data/schemas';
import { usePanelFilters } from '@/features/filters/filter-store';

/** Stands in for the strip while key-figures.json loads, reserving its height. */
function KeyFiguresSkeleton() {
  return <div className="key-figures key-figures--loading" aria-hidden="true" />;
}

/** Headline figures from the documents, each with its status and source, narrowed by theme. */
export function KeyFigures() {
  const { data, isError, error, refetch } = useQuery(keyFiguresQuery);
  // Which panels and figures show follows the theme buttons in the panels' transition.
  const themes = usePanelFilters((s) => s.themes);
  const figures = (data?.figures ?? []).filter(
    (f) => themes.length === 0 || f.themes.some((t) => themes.includes(t)),
  );
  if (isError) {
    return (
      <LoadError
        className="key-figures-error"
        file={DATASETS.keyFigures.file}
        error={error}
        onRetry={() => void refetch()}
      />
    );
  }
  if (!data) return <KeyFiguresSkeleton />;
  if (figures.length === 0) return null;
  return (
    <section aria-label="Key figures">
      <ul className="key-figures">
        {figures.map((f) => (
          <li key={f.id} className="key-figure">
            <div className="key-figure__value">
              {f.display}
              {f.status === 'projected' ? (
                <span className="status status--projected"> projected</span>
              ) : null}
            </div>
            <p className="key-figure__label">
              {f.label} ({f.when ?? f.year})
            </p>
            <SourceRefs refs={[f]} label="Source" />
          </li>
        ))}
      </ul>
    </section>
  );
}
