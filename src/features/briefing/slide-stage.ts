import type { PanelId } from '@/features/filters/filter-config';
import { setStage } from './stage';

/**
 * Puts one slide on the stage. With a panel in focus, that panel alone fills the screen between
 * the presenter's head and bar (`[data-presenting-focus]` in briefing.css); without one (or when
 * the slide's themes hide it) the key figures and the panels are shown whole, scaled to fit.
 * Returns the function that takes the slide off again.
 */
export function showSlide(focus: PanelId | null, presenter: HTMLElement): () => void {
  const root = document.documentElement;
  const panel = focus ? document.getElementById(`panel-${focus}`) : null;
  if (focus && panel?.checkVisibility()) {
    root.dataset.presentingFocus = focus;
    const restore = setStage([panel, presenter]);
    panel.scrollTop = 0;
    return () => {
      restore();
      delete root.dataset.presentingFocus;
    };
  }
  delete root.dataset.presentingFocus;
  const overview = [...document.querySelectorAll('#panels .key-figures, #panels .panels')];
  const restore = setStage([...overview, presenter]);
  const main = document.getElementById('panels');
  // The overview's height changes as its panels load: scale it again each time.
  const observer = new ResizeObserver(() => {
    if (!main) return;
    const style = getComputedStyle(root);
    const room =
      window.innerHeight -
      parseFloat(style.getPropertyValue('--slide-top') || '0') -
      parseFloat(style.getPropertyValue('--slide-bottom') || '0');
    const scale = Math.min(1, room / Math.max(main.scrollHeight, 1));
    root.style.setProperty('--overview-scale', String(Math.max(scale, 0.2)));
  });
  if (main) observer.observe(main);
  return () => {
    observer.disconnect();
    restore();
    root.style.removeProperty('--overview-scale');
  };
}
