import type { ViewMode } from '@/lib/view-mode';

interface ViewSwitchProps {
  mode: ViewMode;
  onChange: (mode: ViewMode) => void;
  /** The panel's title, so each switch has its own accessible name. */
  label: string;
}

const MODES: { mode: ViewMode; text: string }[] = [
  { mode: 'chart', text: 'Chart' },
  { mode: 'table', text: 'Table' },
];

/** The Chart/Table switch: two toggle buttons, one pressed. */
export function ViewSwitch({ mode, onChange, label }: ViewSwitchProps) {
  return (
    <div className="view-switch" role="group" aria-label={`${label}: view as`}>
      {MODES.map((m) => (
        <button
          key={m.mode}
          type="button"
          aria-pressed={mode === m.mode}
          onClick={() => onChange(m.mode)}
        >
          {m.text}
        </button>
      ))}
    </div>
  );
}
