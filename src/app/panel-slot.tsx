import type { QueryClient } from '@tanstack/react-query';
import { useState, type ComponentType } from 'react';
import { PanelFrame } from '@/components/panel-frame';
import type { PanelQuery } from '@/data/panel-queries';
import { ExportMenu } from '@/features/exports/export-menu';
import type { PanelId, Theme, ViewMode } from '@/features/filters/filter-config';
import { useFilterStore } from '@/features/filters/filter-store';

export interface PanelDef {
  id: PanelId;
  title: string;
  subtitle: string;
  /** The themes the panel belongs to: with themes chosen, a panel shows when it shares one. */
  themes: readonly Theme[];
  bodyHeight: number;
  wide?: boolean;
  Component: ComponentType<{ mode: ViewMode }>;
  /** The datasets whose figures the panel shows (its feature's `*_QUERIES`), for the printed deck's sources. */
  queries: readonly PanelQuery[];
  /** Fetches the panel's code and datasets; settles when they have arrived or failed. */
  preload: (client: QueryClient, mode: ViewMode) => Promise<unknown>;
}

/**
 * Wires a panel frame to the store: its Chart/Table mode and whether it is in focus. A panel the
 * theme filter hides stays mounted once it has been shown (hidden, see PanelFrame). One never
 * shown yet (a link with themes) is not rendered, so its code and data wait until it is.
 */
export function PanelSlot({ def, hidden = false }: { def: PanelDef; hidden?: boolean }) {
  const [shown, setShown] = useState(!hidden);
  if (!hidden && !shown) setShown(true);
  const mode: ViewMode = useFilterStore((s) => (s.tables.includes(def.id) ? 'table' : 'chart'));
  const focused = useFilterStore((s) => s.focus === def.id);
  const setView = useFilterStore((s) => s.setView);
  const { Component } = def;
  if (!shown && hidden) return null;
  return (
    <PanelFrame
      id={def.id}
      title={def.title}
      subtitle={def.subtitle}
      mode={mode}
      onModeChange={(m) => setView(def.id, m)}
      bodyHeight={def.bodyHeight}
      tools={<ExportMenu mode={mode} />}
      className={`${def.wide ? 'panel--wide' : ''}${focused ? ' panel--focused' : ''}`}
      hidden={hidden}
    >
      <Component mode={mode} />
    </PanelFrame>
  );
}
