import { shownPanels } from '@/components/panel-registry';
import { stampNow } from '@/lib/download';

/**
 * Printing the dashboard: each shown panel printed as its still, an image that a page break can
 * never cut (sized to fit a page), with its sources, and no controls. The live panels are hidden
 * while printing; the rest of the page (key figures, timeline, sources) prints as it is.
 */
export async function printStills(order: readonly string[]): Promise<void> {
  const { drawPanel } = await import('@/components/still/draw-panel');
  const stamp = stampNow();
  const container = document.createElement('div');
  container.className = 'print-stills';
  const urls: string[] = [];
  try {
    for (const panel of shownPanels(order)) {
      const data = panel.getData();
      if (!data) continue;
      const drawn = await drawPanel(panel.title, data, panel.mode, stamp);
      const url = URL.createObjectURL(new Blob([drawn.svg], { type: 'image/svg+xml' }));
      urls.push(url);
      const figure = document.createElement('figure');
      figure.dataset.panel = panel.id;
      const image = new Image(drawn.width, drawn.height);
      image.src = url;
      image.alt = `${panel.title}, as drawn for print`;
      figure.append(image);
      container.append(figure);
    }
    await Promise.all([...container.querySelectorAll('img')].map((img) => img.decode()));
  } catch (error) {
    for (const url of urls) URL.revokeObjectURL(url);
    throw error;
  }
  const root = document.documentElement;
  // In the panels' place, so the page prints in the dashboard's order.
  const panels = document.querySelector('.panels');
  if (panels) panels.after(container);
  else document.body.append(container);
  root.dataset.print = 'stills';
  const done = () => {
    container.remove();
    for (const url of urls) URL.revokeObjectURL(url);
    if (root.dataset.print === 'stills') delete root.dataset.print;
  };
  window.addEventListener('afterprint', done, { once: true });
  window.print();
}
