import { formatSigned, NO_DATA } from '@/lib/format';
import { balanceWords, type InitiativeFlag } from './select';

/** Pakistan's balance, signed and in words; "no data" for none. */
export function Balance({ value }: { value: number | null }) {
  const words = balanceWords(value);
  if (value === null) return <span className="no-data">{NO_DATA}</span>;
  return (
    <span className={`balance balance--${value > 0 ? 'surplus' : value < 0 ? 'deficit' : 'zero'}`}>
      <strong>{formatSigned(value)}</strong>
      {words ? <span className="balance__words"> ({words})</span> : null}
    </span>
  );
}

/** A flag beside a figure the sources disagree about: a link to the note in the sources view. */
export function FlagLink({ flag }: { flag: InitiativeFlag }) {
  return (
    <a className="flag-link" href={`#discrepancy-${flag.id}`}>
      <span aria-hidden="true">⚑</span>
      <span className="visually-hidden">Sources disagree: {flag.topic}</span>
    </a>
  );
}
