export type PresenterAction =
  | { type: 'next' }
  | { type: 'previous' }
  | { type: 'first' }
  | { type: 'last' }
  | { type: 'go'; index: number }
  | { type: 'exit' };

/**
 * What a key does while presenting: → ↓ Space Page Down next; ← ↑ Page Up previous; Home, End;
 * 1–9 jump to that slide; Esc ends. Other keys (and any with Ctrl, Alt or ⌘) do nothing.
 */
export function presenterAction(e: {
  key: string;
  ctrlKey?: boolean;
  altKey?: boolean;
  metaKey?: boolean;
}): PresenterAction | null {
  if (e.ctrlKey || e.altKey || e.metaKey) return null;
  switch (e.key) {
    case 'ArrowRight':
    case 'ArrowDown':
    case ' ':
    case 'Spacebar':
    case 'PageDown':
      return { type: 'next' };
    case 'ArrowLeft':
    case 'ArrowUp':
    case 'PageUp':
      return { type: 'previous' };
    case 'Home':
      return { type: 'first' };
    case 'End':
      return { type: 'last' };
    case 'Escape':
    case 'Esc':
      return { type: 'exit' };
    default:
      return /^[1-9]$/.test(e.key) ? { type: 'go', index: Number(e.key) - 1 } : null;
  }
}

/** The slide an action leads to, kept inside the deck. */
export function nextIndex(action: PresenterAction, index: number, count: number): number {
  const last = Math.max(count - 1, 0);
  switch (action.type) {
    case 'next':
      return Math.min(index + 1, last);
    case 'previous':
      return Math.max(index - 1, 0);
    case 'first':
      return 0;
    case 'last':
      return last;
    case 'go':
      return action.index <= last ? action.index : index;
    case 'exit':
      return index;
  }
}
