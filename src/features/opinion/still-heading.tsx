import { useStill } from '@/components/still/still';
import { PALETTE } from '@/lib/chart-theme';
import { wrapText } from '@/lib/measure-text';

/* The part of the opinion still between its charts, drawn in SVG at the still's width. */

const HEADING = 14;
const NOTE = 12;

/**
 * A heading between two charts of a still, and the note under it (the page's `<h3>` and
 * `<p>`), drawn in SVG and wrapped at the still's width.
 */
export function StillHeading({ heading, note }: { heading: string; note: string | null }) {
  const width = useStill()?.width ?? 0;
  const lines = [
    ...wrapText(heading, width, HEADING, 700).map((text) => ({ text, size: HEADING, note: false })),
    ...(note ? wrapText(note, width, NOTE) : []).map((text) => ({ text, size: NOTE, note: true })),
  ];
  let y = 6;
  const placed = lines.map((line) => {
    const at = { ...line, y: y + line.size };
    y += Math.round(line.size * 1.35);
    return at;
  });
  const height = y + 4;
  return (
    <svg width={width} height={height} viewBox={`0 0 ${width} ${height}`} data-still="heading">
      {placed.map((line, i) => (
        <text
          key={i}
          x={0}
          y={line.y}
          fontSize={line.size}
          fontWeight={line.note ? 400 : 700}
          fontStyle={line.note ? 'italic' : undefined}
          fill={line.note ? PALETTE.ink2 : PALETTE.ink}
        >
          {line.text}
        </text>
      ))}
    </svg>
  );
}
