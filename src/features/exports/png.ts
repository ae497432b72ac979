import { toBlob } from 'html-to-image';
import { LEGEND_SELECTOR } from './find-chart';
import { pinSvgStyles, setStyle } from './svg-style';

const TRANSPARENT_PIXEL =
  'data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7';

const isExternal = (src: string) => {
  try {
    const url = new URL(src, document.baseURI);
    return !['data:', 'blob:'].includes(url.protocol) && url.origin !== window.location.origin;
  } catch {
    // An address that cannot be read is treated as outside: it is left out of the image.
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

/*
 * html-to-image writes every computed style onto its copy, heights included. A table's computed
 * height counts its caption, which the copy then adds again, stretching every row. So heights are
 * left out of the copied properties, and every element outside tables carries its height inline
 * (which the copy keeps) for the time of the capture; tables size themselves as on the page.
 */
let copiedProperties: string[] | undefined;
function propertiesToCopy(): string[] {
  copiedProperties ??= [...window.getComputedStyle(document.documentElement)].filter(
    (name) => name !== 'height' && name !== 'block-size',
  );
  return copiedProperties;
}

function pinHeights(section: HTMLElement): () => void {
  const saved: [HTMLElement, string | null][] = [];
  for (const el of [section, ...section.querySelectorAll<HTMLElement>('*')]) {
    if (!(el instanceof HTMLElement) || el.closest('table, svg')) continue;
    const height = window.getComputedStyle(el).height;
    if (!height || height === 'auto') continue;
    saved.push([el, el.getAttribute('style')]);
    el.style.height = height;
  }
  return () => {
    for (const [el, style] of saved) setStyle(el, style);
  };
}

/** The panel as a PNG at twice its size on screen, on white: title, chart, legend and sources. */
export async function panelToPng(section: HTMLElement): Promise<Blob> {
  // html-to-image copies each <svg> whole, without the stylesheet its parts are drawn with.
  const restoreSvg = pinSvgStyles(section);
  const restoreHeights = pinHeights(section);
  let blob: Blob | null;
  try {
    blob = await toBlob(section, {
      pixelRatio: 2,
      backgroundColor: '#ffffff',
      // The app's fonts are the system's: nothing to embed, and nothing to fetch.
      skipFonts: true,
      includeStyleProperties: propertiesToCopy(),
      imagePlaceholder: TRANSPARENT_PIXEL,
      filter: keepInImage,
      style: { outline: 'none', margin: '0' },
    });
  } finally {
    restoreHeights();
    restoreSvg();
  }
  if (!blob) throw new Error('the browser could not draw the image');
  return blob;
}
