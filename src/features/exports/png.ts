import { toBlob } from 'html-to-image';
import { LEGEND_SELECTOR } from './find-chart';

const TRANSPARENT_PIXEL =
  'data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7';

const isExternal = (src: string) => {
  try {
    const url = new URL(src, document.baseURI);
    return !['data:', 'blob:'].includes(url.protocol) && url.origin !== window.location.origin;
  } catch {
    return true;
  }
};

/**
 * What stays in the image: everything but the controls (the panel's tools, buttons, form fields,
 * map zoom buttons) and anything that would need the network (map tiles, images from elsewhere),
 * so a map exports with no internet. Legend entries stay even when they are buttons.
 */
export function keepInImage(node: Node): boolean {
  if (!(node instanceof Element)) return true;
  if (node.matches('.panel__tools, [data-export="exclude"], select, input, textarea')) return false;
  if (node.matches('.leaflet-control-zoom, .leaflet-tile-pane, .leaflet-tile')) return false;
  if (node.matches('button') && !node.closest(LEGEND_SELECTOR)) {
    return false;
  }
  if (node instanceof HTMLImageElement && isExternal(node.currentSrc || node.src)) return false;
  return true;
}

/** The panel as a PNG at twice its size on screen, on white: title, chart, legend and sources. */
export async function panelToPng(section: HTMLElement): Promise<Blob> {
  const blob = await toBlob(section, {
    pixelRatio: 2,
    backgroundColor: '#ffffff',
    // The app's fonts are the system's: nothing to embed, and nothing to fetch.
    skipFonts: true,
    imagePlaceholder: TRANSPARENT_PIXEL,
    filter: keepInImage,
    style: { outline: 'none', margin: '0' },
  });
  if (!blob) throw new Error('the browser could not draw the image');
  return blob;
}
