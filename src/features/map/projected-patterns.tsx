import { CHOROPLETH_COLOURS } from './select';

/**
 * Hatched versions of the class colours, for projected figures (the charts' convention): one
 * `<pattern>` per class, named by `idOf`. The live map and its still draw the same ones.
 */
export function ProjectedPatterns({ idOf }: { idOf: (classIndex: number) => string }) {
  return (
    <defs>
      {CHOROPLETH_COLOURS.map((colour, i) => (
        <pattern
          key={colour}
          id={idOf(i)}
          width="6"
          height="6"
          patternUnits="userSpaceOnUse"
          patternTransform="rotate(45)"
        >
          <rect width="6" height="6" fill={colour} />
          <rect width="2" height="6" fill="#ffffff" fillOpacity="0.8" />
        </pattern>
      ))}
    </defs>
  );
}
