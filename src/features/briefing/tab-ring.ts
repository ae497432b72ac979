const TABBABLE =
  'a[href], button:not([disabled]), input:not([disabled]), select:not([disabled]), textarea:not([disabled]), summary, [tabindex]';

/**
 * Tab at the last element the page can reach goes to the first one, and Shift+Tab at the first to
 * the last, so focus never leaves the page for the browser's own bar while presenting (what is
 * off the stage is inert, so the page is the slide). Between the ends the browser's own order
 * stands. Returns whether it moved focus.
 */
export function moveFocusWithin(direction: 1 | -1): boolean {
  const reachable = [...document.querySelectorAll<HTMLElement>(TABBABLE)].filter(
    (el) => el.tabIndex >= 0 && !el.closest('[inert]') && el.checkVisibility(),
  );
  const first = reachable[0];
  const last = reachable.at(-1);
  if (!first || !last) return false;
  const at = document.activeElement;
  const target =
    direction === 1
      ? at === last || !reachable.includes(at as HTMLElement)
        ? first
        : null
      : at === first || !reachable.includes(at as HTMLElement)
        ? last
        : null;
  target?.focus();
  return target !== null;
}
