import { useQuery } from '@tanstack/react-query';
import { discrepanciesQuery } from '@/data/queries';
import './disagreement-flags.css';

/**
 * "⚑ Sources disagree: …" beside the figures a disagreement is about, each topic a link to its
 * note in the sources section. Nothing while discrepancies.json loads or if it cannot be read (the
 * sources section says so).
 */
export function DisagreementFlags({ ids }: { ids: readonly string[] }) {
  const { data } = useQuery(discrepanciesQuery);
  const shown = data?.discrepancies.filter((d) => ids.includes(d.id)) ?? [];
  if (shown.length === 0) return null;
  return (
    <ul className="disagreement-flags" aria-label="Where the sources disagree">
      {shown.map((d) => (
        <li key={d.id} className="flag">
          <span aria-hidden="true">⚑</span>
          <a href={`#discrepancy-${d.id}`}>{d.topic}</a>
        </li>
      ))}
    </ul>
  );
}
