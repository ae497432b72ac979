import { Suspense, useEffect, useLayoutEffect, useRef, useState, type ReactNode } from 'react';
import { PanelDataContext, PanelFrameContext, type PanelData } from './panel-data';
import { PanelBoundary } from './panel-boundary';
import { registerPanel } from './panel-registry';
import { Skeleton } from './skeleton';
import { ViewSwitch } from './view-switch';
import type { ViewMode } from '@/lib/view-mode';

export interface PanelFrameProps {
  id: string;
  title: string;
  /** One line under the title: what the panel shows. */
  subtitle?: string;
  mode: ViewMode;
  onModeChange: (mode: ViewMode) => void;
  /** Height of the body while the data loads, matching the loaded panel so nothing jumps. */
  bodyHeight: number;
  /** Extra controls beside the Chart/Table switch (exports); they read `usePanelFrame()`. */
  tools?: ReactNode;
  className?: string;
  /**
   * Hidden by the theme filter: the panel stays mounted (its charts, map and state kept, so showing
   * it again costs next to nothing) but is out of the grid, the accessibility tree, the tab order
   * and print.
   */
  hidden?: boolean;
  children: ReactNode;
}

/**
 * A labelled region with a heading, a Chart/Table switch, its own loading state and its own error
 * boundary: whatever goes wrong inside stays inside.
 */
export function PanelFrame({
  id,
  title,
  subtitle,
  mode,
  onModeChange,
  bodyHeight,
  tools,
  className,
  hidden = false,
  children,
}: PanelFrameProps) {
  const headingId = `panel-${id}-title`;
  const sectionRef = useRef<HTMLElement>(null);
  const dataRef = useRef<PanelData | null>(null);
  const [ready, setReady] = useState(false);
  const getData = () => dataRef.current;
  const listeners = useRef(new Set<() => void>());
  const register = (data: PanelData | null) => {
    dataRef.current = data;
    for (const listener of listeners.current) listener();
  };
  const subscribe = (listener: () => void) => {
    listeners.current.add(listener);
    return () => void listeners.current.delete(listener);
  };
  // Printing draws each shown panel's still from what the panel registered.
  useEffect(
    () => registerPanel({ id, title, mode, hidden, getData: () => dataRef.current }),
    [id, title, mode, hidden],
  );
  const skeleton = <Skeleton height={bodyHeight} label={`Loading ${title}…`} />;
  const frame = { id, title, getData, subscribe };
  return (
    <PanelFrameContext value={frame}>
      <section
        ref={sectionRef}
        id={`panel-${id}`}
        className={`panel${className ? ` ${className}` : ''}`}
        aria-labelledby={headingId}
        data-panel={id}
        data-ready={ready ? 'true' : undefined}
        hidden={hidden}
        inert={hidden}
      >
        <header className="panel__header">
          <div className="panel__titles">
            <h2 id={headingId}>{title}</h2>
            {subtitle ? <p className="panel__subtitle">{subtitle}</p> : null}
          </div>
          <div className="panel__tools">
            {tools}
            <ViewSwitch mode={mode} onChange={onModeChange} label={title} />
          </div>
        </header>
        <div className="panel__body" style={{ minHeight: bodyHeight }}>
          <PanelDataContext value={register}>
            <PanelBoundary>
              <Suspense fallback={skeleton}>
                {children}
                <ReadyMark onReady={setReady} />
              </Suspense>
            </PanelBoundary>
          </PanelDataContext>
        </div>
      </section>
    </PanelFrameContext>
  );
}

/**
 * Mounts together with the panel's content, once its data has arrived, and marks the panel
 * `data-ready` so tests and the benchmark can tell "showing data" from "loading" without guessing.
 * It tells the frame through state rather than writing the attribute through the section's ref:
 * when the content mounts in the same commit as the frame (data already cached, e.g. a panel shown
 * again after a theme hid it), this layout effect runs before the section's ref is attached.
 */
function ReadyMark({ onReady }: { onReady: (ready: boolean) => void }) {
  useLayoutEffect(() => {
    onReady(true);
    return () => onReady(false);
  }, [onReady]);
  return null;
}
