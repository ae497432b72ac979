import { StatusBadge } from '@/components/data-table';
import { useStill } from '@/components/still/still';
import { PALETTE } from '@/lib/chart-theme';
import { wrapText } from '@/lib/measure-text';

const TITLE = 13;
const NOTE = 12;
const LINE = 1.35;

interface FigureCaptionProps {
  title: string;
  status: 'observed' | 'projected';
  /** What the figures are, for the page and the still. */
  note: string;
  /** What to do with the chart: on the page only. */
  hint?: string;
}

/** A chart's caption: its title, its status and a note; set as SVG text in a still. */
export function FigureCaption({ title, status, note, hint }: FigureCaptionProps) {
  const still = useStill();
  if (!still) {
    return (
      <figcaption className="refugees__caption">
        <span className="refugees__caption-title">{title}</span> <StatusBadge status={status} />{' '}
        <span className="refugees__caption-note">
          {note} {hint}
        </span>
      </figcaption>
    );
  }
  const titleLines = wrapText(title, still.width, TITLE, 700);
  const noteLines = wrapText(
    `${status[0]!.toUpperCase()}${status.slice(1)}. ${note}`,
    still.width,
    NOTE,
  );
  const noteTop = titleLines.length * TITLE * LINE;
  const height = Math.ceil(noteTop + noteLines.length * NOTE * LINE + 4);
  return (
    <svg width={still.width} height={height} viewBox={`0 0 ${still.width} ${height}`}>
      {titleLines.map((line, i) => (
        <text
          key={`t${i}`}
          x={0}
          y={TITLE + i * TITLE * LINE}
          fontSize={TITLE}
          fontWeight={700}
          fill={PALETTE.ink}
        >
          {line}
        </text>
      ))}
      {noteLines.map((line, i) => (
        <text
          key={`n${i}`}
          x={0}
          y={noteTop + NOTE + i * NOTE * LINE}
          fontSize={NOTE}
          fill={PALETTE.ink2}
        >
          {line}
        </text>
      ))}
    </svg>
  );
}
