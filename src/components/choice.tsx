import { useId, type ReactNode } from 'react';
import './choice.css';

export interface ChoiceOption<V extends string | number> {
  value: V;
  label: ReactNode;
}

/**
 * One of a few options, as a row of buttons that are radio buttons underneath: arrow keys move
 * between them, the group is named by its legend, and the chosen one is filled (with its text,
 * not its colour alone, saying which it is).
 */
export function Choice<V extends string | number>({
  legend,
  options,
  value,
  onChange,
}: {
  legend: string;
  options: readonly ChoiceOption<V>[];
  value: V;
  onChange: (value: V) => void;
}) {
  const name = useId();
  return (
    <fieldset className="choice">
      <legend className="choice__legend">{legend}</legend>
      <div className="choice__options">
        {options.map((o) => (
          <label key={o.value} className="choice__option">
            <input
              type="radio"
              name={name}
              value={o.value}
              checked={o.value === value}
              onChange={() => onChange(o.value)}
            />
            <span>{o.label}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}
