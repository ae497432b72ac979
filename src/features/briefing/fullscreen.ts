/** Asks for full screen from a click or key press; without it (headless, iframes) nothing changes. */
export function enterFullscreen(): void {
  const root = document.documentElement;
  if (document.fullscreenElement || typeof root.requestFullscreen !== 'function') return;
  root.requestFullscreen().catch(() => {
    // Refused (no user gesture, or not allowed here): present in the window instead.
  });
}

export function exitFullscreen(): void {
  if (document.fullscreenElement && typeof document.exitFullscreen === 'function') {
    // Already left (Esc pressed in the browser's own full screen): nothing to undo.
    document.exitFullscreen().catch(() => {});
  }
}
