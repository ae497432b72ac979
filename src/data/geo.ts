import { queryOptions } from '@tanstack/react-query';
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import * as z from 'zod/mini';
import './zod-locale';
import { formatZodError } from '@/data/format-issue';
import { DatasetError, fetchText, parseJson } from '@/data/load';
import { shouldRetryDataset } from '@/data/queries';

/*
 * The bundled map boundaries (public/data/geo, made by `npm run geo` from Natural Earth): one
 * TopoJSON file with provinces, neighbour outlines and the Durand Line, and meta.json with the
 * measured border length and the notes the map must show. The map never needs a tile server.
 */

export const GEO_FILES = {
  boundaries: 'geo/boundaries.topo.json',
  meta: 'geo/meta.json',
} as const;

const text = z.string().check(z.trim(), z.minLength(1));
/** ISO 3166-2 codes: PK-KP, AF-PKA. */
const provinceId = z
  .string()
  .check(z.regex(/^(PK|AF)-[A-Z]{2,3}$/, { error: 'expected an ISO 3166-2 code' }));
const country = z.enum(['PK', 'AF']);

const provincePropsSchema = z.object({
  name: text,
  country,
  label: text,
  note: z.optional(text),
  disputed: z.optional(z.boolean()),
  administeredBy: z.optional(text),
});
export type ProvinceProps = z.infer<typeof provincePropsSchema>;

const neighbourPropsSchema = z.object({
  name: text,
  label: text,
  note: z.optional(text),
  disputed: z.optional(z.boolean()),
});
export type NeighbourProps = z.infer<typeof neighbourPropsSchema>;

const linePropsSchema = z.object({ name: text });
export type LineProps = z.infer<typeof linePropsSchema>;

const AREA_TYPES = ['Polygon', 'MultiPolygon'] as const;
const LINE_TYPES = ['LineString', 'MultiLineString'] as const;

/** A TopoJSON geometry: only what the map reads is checked; arcs are left to topojson-client. */
const geometry = <T extends z.ZodMiniType>(
  types: readonly [string, ...string[]],
  id: z.ZodMiniType<string>,
  properties: T,
) =>
  z.looseObject({
    type: z.enum(types),
    id,
    properties,
    arcs: z.array(z.unknown()),
  });

const collection = <T extends z.ZodMiniType>(item: T) =>
  z.looseObject({
    type: z.literal('GeometryCollection'),
    geometries: z.array(item).check(z.minLength(1)),
  });

export const boundariesSchema = z.looseObject({
  type: z.literal('Topology'),
  transform: z.optional(
    z.object({
      scale: z.tuple([z.number(), z.number()]),
      translate: z.tuple([z.number(), z.number()]),
    }),
  ),
  arcs: z.array(z.array(z.array(z.number()))).check(z.minLength(1)),
  objects: z.looseObject({
    provinces: collection(geometry(AREA_TYPES, provinceId, provincePropsSchema)),
    neighbours: collection(geometry(AREA_TYPES, text, neighbourPropsSchema)),
    durand: collection(geometry(LINE_TYPES, text, linePropsSchema)),
  }),
});

export const geoMetaSchema = z.looseObject({
  schemaVersion: z.literal(1),
  /** Length of the Durand Line measured on the generalised geometry, km. */
  durandLineKm: z.number().check(z.positive()),
  durandLineNote: text,
  durandLineStatus: text,
  fataMerged: text,
  disputedNote: text,
  provinces: z.array(z.object({ id: provinceId, name: text, country })).check(z.minLength(1)),
  neighbours: z.array(z.object({ id: text, name: text })),
  sources: z.array(z.looseObject({ id: text, name: text, licence: text })).check(z.minLength(1)),
});
export type GeoMeta = z.infer<typeof geoMetaSchema>;

export type ProvinceFeature = Feature<Geometry, ProvinceProps> & { id: string };
export type NeighbourFeature = Feature<Geometry, NeighbourProps> & { id: string };

/** The three map layers as GeoJSON, converted once when the file loads. */
export interface GeoLayers {
  provinces: FeatureCollectionOf<ProvinceFeature>;
  neighbours: FeatureCollectionOf<NeighbourFeature>;
  durand: FeatureCollection<Geometry, LineProps>;
}

/** A feature collection whose features all have a string id (validated above). */
export interface FeatureCollectionOf<F extends Feature> extends Omit<
  FeatureCollection,
  'features'
> {
  features: F[];
}

export function geoUrl(file: string): string {
  return `${import.meta.env.BASE_URL}data/${file}`;
}

async function fetchJson(file: string, signal?: AbortSignal): Promise<unknown> {
  return parseJson(file, await fetchText(file, geoUrl(file), signal));
}

function validate<T extends z.ZodMiniType>(file: string, schema: T, json: unknown): z.infer<T> {
  const result = schema.safeParse(json);
  if (!result.success) throw new DatasetError(file, 'schema', formatZodError(file, result.error));
  return result.data;
}

/** Validates a parsed boundaries file and converts its objects to GeoJSON. Throws DatasetError. */
export function parseBoundaries(json: unknown): GeoLayers {
  const file = GEO_FILES.boundaries;
  const checked = validate(file, boundariesSchema, json);
  // The schema checked what the map reads; topojson-client does the rest.
  const topology = checked as unknown as Topology;
  const objects = topology.objects as Record<
    'provinces' | 'neighbours' | 'durand',
    GeometryCollection
  >;
  try {
    return {
      provinces: feature(topology, objects.provinces) as GeoLayers['provinces'],
      neighbours: feature(topology, objects.neighbours) as GeoLayers['neighbours'],
      durand: feature(topology, objects.durand) as GeoLayers['durand'],
    };
  } catch (cause) {
    const detail = cause instanceof Error ? cause.message : String(cause);
    throw new DatasetError(file, 'schema', [`${file} › arcs: not valid TopoJSON (${detail})`], {
      cause,
    });
  }
}

export function parseGeoMeta(json: unknown): GeoMeta {
  return validate(GEO_FILES.meta, geoMetaSchema, json);
}

export const geoBoundariesQuery = queryOptions({
  queryKey: ['geo', 'boundaries'] as const,
  queryFn: async ({ signal }) => parseBoundaries(await fetchJson(GEO_FILES.boundaries, signal)),
  staleTime: Infinity,
  retry: shouldRetryDataset,
});

export const geoMetaQuery = queryOptions({
  queryKey: ['geo', 'meta'] as const,
  queryFn: async ({ signal }) => parseGeoMeta(await fetchJson(GEO_FILES.meta, signal)),
  staleTime: Infinity,
  retry: shouldRetryDataset,
});
