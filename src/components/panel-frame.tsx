import {
  Suspense,
  useCallback,
  useMemo,
  useLayoutEffect,
  useRef,
  useState,
  type ReactNode,
  type RefObject,
} from 'react';
import { PanelDataContext, PanelFrameContext, type PanelData } from './panel-data';
import { PanelBoundary } from './panel-boundary';
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
  children,
}: PanelFrameProps) {
  const headingId = `panel-${id}-title`;
  const sectionRef = useRef<HTMLElement>(null);
  const [data, setData] = useState<PanelData | null>(null);
  const getSection = useCallback(() => sectionRef.current, []);
  const frame = useMemo(() => ({ id, title, data, getSection }), [id, title, data, getSection]);
  return (
    <PanelFrameContext value={frame}>
      <section
        ref={sectionRef}
        id={`panel-${id}`}
        className={`panel${className ? ` ${className}` : ''}`}
        aria-labelledby={headingId}
        data-panel={id}
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
          <PanelDataContext value={setData}>
            <PanelBoundary>
              <Suspense fallback={<Skeleton height={bodyHeight} label={`Loading ${title}…`} />}>
                {children}
                <ReadyMark target={sectionRef} />
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
 */
function ReadyMark({ target }: { target: RefObject<HTMLElement | null> }) {
  useLayoutEffect(() => {
    const el = target.current;
    el?.setAttribute('data-ready', 'true');
    return () => el?.removeAttribute('data-ready');
  }, [target]);
  return null;
}
