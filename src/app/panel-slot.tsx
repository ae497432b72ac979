import type { QueryClient } from '@tanstack/react-query';
import type { ComponentType } from 'react';
import { PanelFrame } from '@/components/panel-frame';
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
  /** Fetches the panel's code and datasets; settles when they have arrived or failed. */
  preload: (client: QueryClient, mode: ViewMode) => Promise<unknown>;
}

/** Wires a panel frame to the store: its Chart/Table mode and whether it is in focus. */
export function PanelSlot({ def, pending = false }: { def: PanelDef; pending?: boolean }) {
  const mode: ViewMode = useFilterStore((s) => (s.tables.includes(def.id) ? 'table' : 'chart'));
  const focused = useFilterStore((s) => s.focus === def.id);
  const setView = useFilterStore((s) => s.setView);
  const { Component } = def;
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
      pending={pending}
    >
      <Component mode={mode} />
    </PanelFrame>
  );
}
