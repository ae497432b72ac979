import { PALETTE } from '@/lib/chart-theme';
import { STILL_FONT, wrapText } from '@/lib/measure-text';
import type { StillSpec } from './still';

const SVG_NS = 'http://www.w3.org/2000/svg';
const STILL_MARGIN = 20;

/** Where and when the figure was taken: the link of the view and the day of the export. */
export interface StillStamp {
  link: string;
  date: string;
}

export interface ComposedStill {
  /** The figure as a standalone SVG document. */
  svg: string;
  width: number;
  height: number;
}

interface TextStyle {
  size: number;
  weight?: 400 | 700;
  fill: string;
  italic?: boolean;
}

const TITLE: TextStyle = { size: 17, weight: 700, fill: PALETTE.ink };
const SUBTITLE: TextStyle = { size: 13, fill: PALETTE.ink2 };
const NOTE: TextStyle = { size: 12, fill: PALETTE.ink };
const SOURCE: TextStyle = { size: 11, fill: PALETTE.ink2 };
const STAMP: TextStyle = { size: 10, fill: PALETTE.ink3, italic: true };

/**
 * The still's figure as one SVG: the title, the subtitle and notes, each block its charts drew
 * (every outermost `<svg>` in `drawn`, in order, stacked), the sources, and the view's link and
 * the date at the foot. All text is set from the spec, wrapped to the width; nothing is read from
 * the page's styles or layout.
 */
export function composeStill(
  title: string,
  spec: Pick<StillSpec, 'subtitle' | 'notes' | 'sources'>,
  drawn: Element,
  width: number,
  stamp: StillStamp,
): ComposedStill {
  const inner = width;
  const blocks = [...drawn.querySelectorAll('svg')].filter(
    (svg) => !svg.parentElement?.closest('svg'),
  );
  // A block may be wider than the text (a table with many columns): the figure takes its width.
  const widest = Math.max(inner, ...blocks.map((b) => Number(b.getAttribute('width')) || 0));
  const outer = Math.ceil(widest) + 2 * STILL_MARGIN;
  const root = document.createElementNS(SVG_NS, 'svg');
  const content = document.createElementNS(SVG_NS, 'g');
  let y = STILL_MARGIN;

  const lines = (text: string, style: TextStyle, gapAfter = 0) => {
    const lineHeight = Math.round(style.size * 1.35);
    for (const line of wrapText(text, inner, style.size, style.weight)) {
      const t = document.createElementNS(SVG_NS, 'text');
      t.setAttribute('x', String(STILL_MARGIN));
      t.setAttribute('y', String(y + style.size));
      t.setAttribute('font-size', String(style.size));
      t.setAttribute('fill', style.fill);
      if (style.weight === 700) t.setAttribute('font-weight', '700');
      if (style.italic) t.setAttribute('font-style', 'italic');
      t.textContent = line;
      content.append(t);
      y += lineHeight;
    }
    y += gapAfter;
  };

  lines(title, TITLE, 2);
  if (spec.subtitle) lines(spec.subtitle, SUBTITLE, 6);
  for (const note of spec.notes) lines(note, NOTE, 2);
  y += 6;

  for (const block of blocks) {
    const blockWidth = Number(block.getAttribute('width')) || inner;
    const blockHeight = Number(block.getAttribute('height')) || 0;
    const copy = block.cloneNode(true) as SVGSVGElement;
    // Recharts sizes its surface with a style; in the file the attributes place the block.
    copy.removeAttribute('style');
    copy.removeAttribute('class');
    copy.setAttribute('x', String(STILL_MARGIN));
    copy.setAttribute('y', String(y));
    copy.setAttribute('width', String(blockWidth));
    copy.setAttribute('height', String(blockHeight));
    copy.setAttribute('overflow', 'visible');
    if (!copy.hasAttribute('viewBox')) {
      copy.setAttribute('viewBox', `0 0 ${blockWidth} ${blockHeight}`);
    }
    content.append(copy);
    y += blockHeight + 8;
  }

  y += 4;
  for (const source of spec.sources) lines(source, SOURCE, 1);
  y += 6;
  lines(`View: ${stamp.link}`, STAMP);
  lines(`Exported ${stamp.date} · Pakistan–Afghanistan relations briefing dashboard`, STAMP);
  const height = Math.ceil(y + STILL_MARGIN - 6);

  root.setAttribute('xmlns', SVG_NS);
  root.setAttribute('width', String(outer));
  root.setAttribute('height', String(height));
  root.setAttribute('viewBox', `0 0 ${outer} ${height}`);
  root.setAttribute('font-family', STILL_FONT);
  const background = document.createElementNS(SVG_NS, 'rect');
  background.setAttribute('width', '100%');
  background.setAttribute('height', '100%');
  background.setAttribute('fill', PALETTE.surface);
  const label = document.createElementNS(SVG_NS, 'title');
  label.textContent = title;
  root.append(label, background, content);
  return { svg: new XMLSerializer().serializeToString(root), width: outer, height };
}
