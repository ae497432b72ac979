/**
 * While a slide is shown, the page holds the slide alone: every element beside the path from
 * `<body>` to each kept element is taken off the stage: hidden (`[data-off-stage]`, display: none
 * in briefing.css) and inert, so it is neither seen, nor in the accessibility tree, nor reached by
 * Tab. The kept elements stay live (a chart's tooltips, a table's rows).
 *
 * Returns the function that puts the page back as it was.
 */
export function setStage(keep: readonly Element[]): () => void {
  const taken: { el: HTMLElement; inert: boolean }[] = [];
  const kept = (el: Element) => keep.some((k) => el.contains(k));
  for (const k of keep) {
    for (let node: Element = k; node.parentElement && node !== document.body;) {
      const parent: HTMLElement = node.parentElement;
      for (const sibling of parent.children) {
        if (!(sibling instanceof HTMLElement) || kept(sibling)) continue;
        if (sibling.hasAttribute('data-off-stage') || NOT_DRAWN.has(sibling.tagName)) continue;
        taken.push({ el: sibling, inert: sibling.inert });
        sibling.setAttribute('data-off-stage', '');
        sibling.inert = true;
      }
      node = parent;
    }
  }
  return () => {
    for (const { el, inert } of taken) {
      el.removeAttribute('data-off-stage');
      el.inert = inert;
    }
  };
}

const NOT_DRAWN = new Set(['SCRIPT', 'STYLE', 'LINK', 'TEMPLATE']);
