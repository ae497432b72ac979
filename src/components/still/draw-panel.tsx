import type { PanelData } from '../panel-data';
import type { ComposedStill, StillStamp } from './compose';
import { renderStill } from './render-still';
import { StillTable } from './still-table';
import type { ViewMode } from '@/lib/view-mode';

/** Tables are drawn wider than charts: every column has its room, and long citations wrap. */
const TABLE_WIDTH = 1000;

/**
 * What an image export draws: in Chart mode the panel's still, in Table mode its table of the
 * rows shown, every column, drawn whole.
 */
export function drawPanel(
  title: string,
  data: PanelData,
  mode: ViewMode,
  stamp: StillStamp,
): Promise<ComposedStill> {
  if (mode === 'chart' && data.still) return renderStill(title, data.still(), stamp);
  const table = data.visible();
  return renderStill(
    title,
    {
      subtitle: `Table: ${table.rows.length} row${table.rows.length === 1 ? '' : 's'}, as shown`,
      notes: [],
      body: <StillTable table={table} width={TABLE_WIDTH} />,
      sources: [],
    },
    stamp,
    TABLE_WIDTH,
  );
}
