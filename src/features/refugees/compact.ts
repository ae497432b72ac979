import { formatNumber } from '@/lib/format';

/** Axis ticks: "0", "400k", "1.5m". Exact figures are in the labels, tooltips and table. */
export function compactNumber(value: number): string {
  const abs = Math.abs(value);
  if (abs >= 1_000_000)
    return `${formatNumber(value / 1_000_000, undefined, { maximumFractionDigits: 1 })}m`;
  if (abs >= 1_000)
    return `${formatNumber(value / 1_000, undefined, { maximumFractionDigits: 0 })}k`;
  return formatNumber(value);
}

/** Round axis ticks from 0 to just above `max`: steps of 1, 2, 2.5 or 5 × a power of ten. */
export function niceTicks(max: number, target = 4): number[] {
  if (!(max > 0)) return [0, 1];
  const raw = max / target;
  const magnitude = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 2.5, 5, 10].map((m) => m * magnitude).find((s) => s >= raw) ?? raw;
  const steps = Math.ceil(max / step - 1e-9);
  return Array.from({ length: steps + 1 }, (_, i) => i * step);
}
