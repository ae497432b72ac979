import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { PALETTE } from './chart-theme';

/** The stylesheet's colour variables and the PALETTE entry each repeats. */
const SAME_AS: Record<string, string> = {
  '--c-pakistan': PALETTE.pakistan,
  '--c-afghanistan': PALETTE.afghanistan,
  '--c-observed': PALETTE.observed,
  '--c-projected': PALETTE.projected,
  '--c-positive': PALETTE.positive,
  '--c-negative': PALETTE.negative,
  '--c-neutral': PALETTE.neutral,
  '--c-accent': PALETTE.category[3],
  '--c-highlight': PALETTE.highlight,
  '--c-sky': PALETTE.total,
  '--c-yellow': PALETTE.category[6],
  '--surface': PALETTE.surface,
  '--ink': PALETTE.ink,
  '--ink-2': PALETTE.ink2,
  '--ink-3': PALETTE.ink3,
  '--line': PALETTE.grid,
};

describe('PALETTE', () => {
  it('is what the stylesheet’s colour variables say, so CSS and charts (and exports) agree', () => {
    const css = readFileSync('src/app/styles.css', 'utf8');
    const vars = Object.fromEntries(
      [...css.matchAll(/^\s*(--[\w-]+):\s*(#[0-9a-f]{3,8});/gim)].map((m) => [m[1], m[2]]),
    );
    for (const [name, colour] of Object.entries(SAME_AS)) {
      expect({ name, colour: vars[name]?.toLowerCase() }).toEqual({ name, colour });
    }
  });
});
