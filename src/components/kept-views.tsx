import { useState, type ReactNode } from 'react';
import './kept-views.css';

/**
 * Shows the view for `active` and keeps every view shown before mounted, hidden and inert, so
 * going back to one renders nothing: a chart drawn again with other data costs a whole frame,
 * showing one already drawn costs next to nothing. A hidden view keeps its width (see the CSS),
 * so charts that measure themselves do not measure again. For a handful of keys (surveys, tiers),
 * not for an open-ended list.
 */
export function KeptViews<K extends string | number>({
  active,
  stacked = false,
  children,
}: {
  active: K;
  /**
   * Stack the views in one place, so the box is as tall as the tallest view shown so far and
   * what follows it does not move when the view changes (for views of one kind: two surveys).
   */
  stacked?: boolean;
  /**
   * The view for one key, and whether it is the one shown (a hidden view must not act as the
   * panel's, e.g. register its export rows). Keep what it renders memoised on its props so hidden
   * views bail out.
   */
  children: (key: K, shown: boolean) => ReactNode;
}) {
  const [kept, setKept] = useState<readonly K[]>([active]);
  if (!kept.includes(active)) setKept([...kept, active]);
  return (
    <div className={stacked ? 'kept-views kept-views--stacked' : 'kept-views'}>
      {kept.map((key) => (
        <div
          key={key}
          className="kept-view"
          data-view={key}
          hidden={key !== active}
          inert={key !== active}
        >
          {children(key, key === active)}
        </div>
      ))}
    </div>
  );
}
