/*
 * Text widths for figures drawn as SVG (the static views), where nothing wraps by itself. Measured
 * with a canvas in the figure's own font, not read from the page's layout; where there is no
 * canvas (tests in happy-dom) a per-character estimate stands in, on the wide side.
 */

export const STILL_FONT = 'system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif';

let context: CanvasRenderingContext2D | null | undefined;

function canvasContext(): CanvasRenderingContext2D | null {
  if (context !== undefined) return context;
  try {
    context = document.createElement('canvas').getContext('2d');
  } catch {
    context = null;
  }
  return context;
}

/** The width of `text` in px at `size` px, in the static views' font. */
export function textWidth(text: string, size: number, weight: 400 | 700 = 400): number {
  const ctx = canvasContext();
  if (ctx && typeof ctx.measureText === 'function') {
    ctx.font = `${weight} ${size}px ${STILL_FONT}`;
    const measured = ctx.measureText(text).width;
    if (measured > 0 || text === '') return measured;
  }
  return text.length * size * (weight === 700 ? 0.62 : 0.58);
}

/**
 * `text` broken into lines no wider than `width` at `size` px, between words; a word longer than
 * the line (a link) is broken where it must be.
 */
export function wrapText(
  text: string,
  width: number,
  size: number,
  weight: 400 | 700 = 400,
): string[] {
  const lines: string[] = [];
  for (const paragraph of text.split('\n')) {
    let line = '';
    for (const word of paragraph.split(/\s+/).filter(Boolean)) {
      const candidate = line ? `${line} ${word}` : word;
      if (textWidth(candidate, size, weight) <= width) {
        line = candidate;
        continue;
      }
      if (line) lines.push(line);
      line = word;
      while (textWidth(line, size, weight) > width && line.length > 1) {
        let cut = line.length - 1;
        while (cut > 1 && textWidth(line.slice(0, cut), size, weight) > width) cut--;
        lines.push(line.slice(0, cut));
        line = line.slice(cut);
      }
    }
    lines.push(line);
  }
  return lines;
}
