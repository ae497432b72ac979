import { use, type ReactNode } from 'react';
import { KeyFiguresSkeleton } from '@/features/key-figures/key-figures';
import { PanelSlot, type PanelDef } from './panel-slot';

/**
 * Shows its children once the first view's code and data are in (`ready`, from
 * `preloadFirstView`), so the whole view appears in one piece: panels arriving one by one would
 * each push the ones below them as their real heights replace the skeletons'.
 */
export function FirstView({ ready, children }: { ready: Promise<void>; children: ReactNode }) {
  use(ready);
  return children;
}

/**
 * What stands in for the first view while it loads: the strip's and each panel's skeleton (fixed
 * heights: nothing in it may grow, or the skeletons below would move).
 */
export function FirstViewSkeleton({ panels }: { panels: readonly PanelDef[] }) {
  return (
    <>
      <KeyFiguresSkeleton />
      <div className="panels">
        {panels.map((def) => (
          <PanelSlot key={def.id} def={def} pending />
        ))}
      </div>
    </>
  );
}
