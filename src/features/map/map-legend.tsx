import { useId } from 'react';
import { DisagreementFlags } from '@/components/disagreement-flags';
import { StatusBadge } from '@/components/data-table';
import type { GeoMeta } from '@/data/geo';
import type { BorderLength } from '@/data/schemas';
import { PALETTE } from '@/lib/chart-theme';
import { formatNumber } from '@/lib/format';
import { DURAND_STYLE, projectedPatternId, svgDash } from './map-style';
import {
  type Choropleth,
  CHOROPLETH_COLOURS,
  classLabel,
  classShortLabel,
  earlierSetNote,
  NO_DATA_FILL,
  noSetNote,
  NOT_APPLICABLE_FILL,
} from './select';

function Swatch({ fill, wide = false }: { fill: string; wide?: boolean }) {
  const width = wide ? 44 : 16;
  return (
    <svg
      className="map-legend__swatch"
      width={width}
      height="16"
      aria-hidden="true"
      focusable="false"
    >
      <rect x="0.5" y="0.5" width={width - 1} height="15" fill={fill} stroke={PALETTE.ink3} />
    </svg>
  );
}

function LineSwatch({ colour, dash, width }: { colour: string; dash: string; width: number }) {
  return (
    <svg className="map-legend__swatch" width="28" height="16" aria-hidden="true" focusable="false">
      <line
        x1="0"
        y1="8"
        x2="28"
        y2="8"
        stroke={colour}
        strokeWidth={width}
        strokeDasharray={dash}
      />
    </svg>
  );
}

/** Documented lengths with their sources, and the length measured on the map's own geometry. */
export function BorderLengths({
  lengths,
  meta,
}: {
  lengths: readonly BorderLength[];
  meta: GeoMeta;
}) {
  return (
    <>
      <ul className="map-legend__lengths">
        {lengths.map((l) => (
          <li key={l.id}>
            <strong>{formatNumber(l.km, 'km')}</strong> {l.label}
          </li>
        ))}
      </ul>
      <p className="map-legend__small">
        Measured on generalised Natural Earth boundaries: about{' '}
        {formatNumber(meta.durandLineKm, 'km', { maximumFractionDigits: 0 })}. Lengths measured on a
        map depend on its scale.
      </p>
      <DisagreementFlags ids={['border-length']} />
    </>
  );
}

interface MapLegendProps {
  choropleth: Choropleth;
  meta: GeoMeta;
  lengths: readonly BorderLength[];
  eventsShown: number;
  eventsTotal: number;
  /** Where "Skip the map" lands. */
  id: string;
}

/** The class whose hatching stands for "projected" in the key (any would do; a middle one reads best). */
const PROJECTED_KEY_CLASS = 2;

/**
 * What every colour, line and symbol on the map means, in words. The key is the same for every
 * year, like the charts' legends: the ramp in solid colours and one hatched swatch for projected
 * figures, whichever set is shown (the set's own status is named above the ramp). It keeps its
 * geometry too: a year step that moved the key below the set's name made the browser lay out and
 * paint the whole legend again (BENCHMARKS.md).
 */
export function MapLegend({
  choropleth,
  meta,
  lengths,
  eventsShown,
  eventsTotal,
  id,
}: MapLegendProps) {
  const titleId = useId();
  const { set, other } = choropleth;
  return (
    <div className="map-legend" role="group" aria-labelledby={titleId} id={id} tabIndex={-1}>
      <div className="map-legend__grid">
        <div className="map-legend__section">
          <h3 className="map-legend__title" id={titleId}>
            Afghan refugees in Pakistan: share by province
          </h3>
          {set ? (
            <p className="map-legend__set">
              {set.label} <StatusBadge status={set.status} />
              {choropleth.exactYear ? null : (
                <span className="map-legend__small"> {earlierSetNote(choropleth)}</span>
              )}
            </p>
          ) : (
            <p className="map-legend__set no-data">{noSetNote(choropleth)}.</p>
          )}
          <ol
            className="map-legend__ramp"
            aria-label="Share of the registered refugees (lower bound included)"
          >
            {CHOROPLETH_COLOURS.map((colour, i) => (
              <li key={colour}>
                <Swatch fill={colour} wide />
                <span className="visually-hidden">{classLabel(i)}</span>
                <span aria-hidden="true">{classShortLabel(i)}</span>
              </li>
            ))}
          </ol>
          <ul className="map-legend__list">
            <li>
              <Swatch fill={NO_DATA_FILL} />
              No data (the source gives no figure)
            </li>
            <li>
              <Swatch fill={NOT_APPLICABLE_FILL} />
              Afghanistan: not applicable (refugees in Pakistan)
            </li>
            <li>
              <Swatch fill={`url(#${projectedPatternId(PROJECTED_KEY_CLASS)})`} />
              Hatched: projected figures (the document’s own forecast)
            </li>
            <li>
              <LineSwatch colour={PALETTE.ink} dash="7 4" width={3} />
              Selected province
            </li>
            {/* Last, and kept (invisible) when the set has no such share: the key below keeps its
                place from year to year. */}
            <li className="map-legend__other" hidden={other ? undefined : true}>
              <span className="map-legend__swatch map-legend__swatch--blank" aria-hidden="true" />
              {other
                ? `${other.name}: ${formatNumber(other.percent, '%')} (not assigned to any province)`
                : '\u00a0'}
            </li>
          </ul>
        </div>
        <div className="map-legend__section">
          <h3 className="map-legend__title">Border, places and events</h3>
          <p className="map-legend__small map-legend__lede">Locations are approximate.</p>
          <ul className="map-legend__list">
            <li>
              <LineSwatch
                colour={PALETTE.afghanistan}
                dash={svgDash(DURAND_STYLE) ?? ''}
                width={3.5}
              />
              Durand Line (as Natural Earth draws it)
            </li>
            <li>
              <span className="map-legend__icon" aria-hidden="true">
                <span className="map-marker map-marker--crossing" />
              </span>
              Border crossing
            </li>
            <li>
              <span className="map-legend__icon" aria-hidden="true">
                <span className="map-marker map-marker--city" />
              </span>
              Place named in the documents
            </li>
            <li>
              <span className="map-legend__icon" aria-hidden="true">
                <span className="map-marker map-marker--area" />
              </span>
              Province named (approximate centre)
            </li>
            <li>
              <span className="map-legend__icon" aria-hidden="true">
                <span className="map-marker map-marker--event" />
              </span>
              Events: {eventsShown} of {eventsTotal} with a place, for the years and themes chosen
            </li>
          </ul>
        </div>
      </div>
      <details className="map-legend__details">
        <summary>Durand Line length by source</summary>
        <BorderLengths lengths={lengths} meta={meta} />
      </details>
      <details className="map-legend__details">
        <summary>Notes on the boundaries</summary>
        <p className="map-legend__small">{meta.fataMerged}</p>
        <p className="map-legend__small">{meta.disputedNote}</p>
        <p className="map-legend__small">{meta.durandLineStatus}</p>
      </details>
    </div>
  );
}
