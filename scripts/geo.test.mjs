// @vitest-environment node
// Checks the committed output of `npm run geo` (public/data/geo/); it does not re-run the download.

import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { feature } from 'topojson-client';
import { describe, expect, it } from 'vitest';

const GEO_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '..', 'public', 'data', 'geo');
const topo = JSON.parse(readFileSync(join(GEO_DIR, 'boundaries.topo.json'), 'utf8'));
const meta = JSON.parse(readFileSync(join(GEO_DIR, 'meta.json'), 'utf8'));

// ISO 3166-2 subdivision codes (independent of the table in geo.mjs).
const ISO_PK = ['PK-BA', 'PK-GB', 'PK-IS', 'PK-JK', 'PK-KP', 'PK-PB', 'PK-SD'];
const ISO_AF = [
  'AF-BAL', 'AF-BAM', 'AF-BDG', 'AF-BDS', 'AF-BGL', 'AF-DAY', 'AF-FRA', 'AF-FYB', 'AF-GHA',
  'AF-GHO', 'AF-HEL', 'AF-HER', 'AF-JOW', 'AF-KAB', 'AF-KAN', 'AF-KAP', 'AF-KDZ', 'AF-KHO',
  'AF-KNR', 'AF-LAG', 'AF-LOG', 'AF-NAN', 'AF-NIM', 'AF-NUR', 'AF-PAN', 'AF-PAR', 'AF-PIA',
  'AF-PKA', 'AF-SAM', 'AF-SAR', 'AF-TAK', 'AF-URU', 'AF-WAR', 'AF-ZAB',
]; // prettier-ignore
const REQUIRED = [
  ...['PK-KP', 'PK-PB', 'PK-BA', 'PK-SD', 'PK-IS', 'PK-JK', 'PK-GB'],
  ...['AF-PKA', 'AF-KAB', 'AF-KAN', 'AF-HER', 'AF-NAN'],
];

const provinces = topo.objects.provinces.geometries;
const ids = provinces.map((g) => g.id);

function haversineKm([lon1, lat1], [lon2, lat2]) {
  const rad = Math.PI / 180;
  const h =
    Math.sin(((lat2 - lat1) * rad) / 2) ** 2 +
    Math.cos(lat1 * rad) * Math.cos(lat2 * rad) * Math.sin(((lon2 - lon1) * rad) / 2) ** 2;
  return 2 * 6371.0088 * Math.asin(Math.sqrt(h));
}

/** Planar shoelace area (degrees²) of a ring: enough to tell a real polygon from a degenerate one. */
function ringArea(ring) {
  let a = 0;
  for (let i = 1; i < ring.length; i++)
    a += ring[i - 1][0] * ring[i][1] - ring[i][0] * ring[i - 1][1];
  return Math.abs(a / 2);
}

function arcIndices(arcs) {
  return arcs.flat(Infinity).map((i) => (i < 0 ? ~i : i));
}

describe('public/data/geo', () => {
  it('has the three objects, quantized', () => {
    expect(topo.type).toBe('Topology');
    expect(Object.keys(topo.objects).sort()).toEqual(['durand', 'neighbours', 'provinces']);
    expect(topo.transform?.scale).toHaveLength(2);
    expect(topo.arcs.flat(2).every(Number.isInteger)).toBe(true);
  });

  it('stays under 300 KB in total', () => {
    const total = readdirSync(GEO_DIR).reduce((sum, f) => sum + statSync(join(GEO_DIR, f)).size, 0);
    expect(total).toBeLessThan(300 * 1024);
  });

  it('has unique province ids that are exactly the ISO 3166-2 codes of Pakistan and Afghanistan', () => {
    expect(new Set(ids).size).toBe(ids.length);
    expect([...ids].sort()).toEqual([...ISO_PK, ...ISO_AF].sort());
    for (const id of REQUIRED) expect(ids).toContain(id);
    for (const g of provinces) expect(g.properties.country).toBe(g.id.slice(0, 2));
  });

  it('names Paktika and Paktia with their ISO codes (Natural Earth swaps them)', () => {
    const name = (id) => provinces.find((g) => g.id === id)?.properties.name;
    expect(name('AF-PKA')).toBe('Paktika');
    expect(name('AF-PIA')).toBe('Paktia');
  });

  it('has no FATA province left, and records the merge on Khyber Pakhtunkhwa', () => {
    expect(ids).not.toContain('PK-TA');
    expect(ids).not.toContain('FATA');
    for (const g of provinces) expect(g.properties.name).not.toMatch(/tribal|F\.?A\.?T\.?A/i);
    const kp = provinces.find((g) => g.id === 'PK-KP');
    expect(kp.properties.note).toMatch(/FATA/);
    expect(meta.fataMerged).toMatch(/FATA/);
  });

  it('flags the Pakistan-administered parts of Kashmir without taking a side', () => {
    for (const id of ['PK-JK', 'PK-GB']) {
      const p = provinces.find((g) => g.id === id).properties;
      expect(p).toMatchObject({ administeredBy: 'Pakistan', disputed: true });
      expect(p.label).toMatch(/Pakistan-administered/);
    }
    const undisputed = provinces.filter((g) => !['PK-JK', 'PK-GB'].includes(g.id));
    for (const g of undisputed) expect(g.properties.disputed).toBeUndefined();
  });

  it('gives every feature a non-empty geometry', () => {
    for (const key of ['provinces', 'neighbours']) {
      for (const g of topo.objects[key].geometries) {
        const geom = feature(topo, g).geometry;
        expect(geom, `${key}/${g.id}`).not.toBeNull();
        const polys = geom.type === 'Polygon' ? [geom.coordinates] : geom.coordinates;
        expect(polys.length, `${key}/${g.id}`).toBeGreaterThan(0);
        let area = 0;
        for (const rings of polys) {
          expect(rings[0].length, `${key}/${g.id}`).toBeGreaterThanOrEqual(4);
          expect(ringArea(rings[0]), `${key}/${g.id}`).toBeGreaterThan(0);
          area += ringArea(rings[0]);
        }
        // Islamabad, the smallest, is ~900 km², about 0.09 square degrees.
        expect(area, `${key}/${g.id}`).toBeGreaterThan(0.05);
      }
    }
    const line = feature(topo, topo.objects.durand.geometries[0]).geometry;
    expect(line.coordinates.flat().length).toBeGreaterThan(10);
  });

  it('includes the neighbouring countries', () => {
    const neighbourIds = topo.objects.neighbours.geometries.map((g) => g.id);
    for (const id of ['IR', 'IN', 'CN', 'TM', 'UZ', 'TJ']) expect(neighbourIds).toContain(id);
  });

  it('measures the Durand Line at 2,000–2,800 km, as recorded in meta.json', () => {
    const geom = feature(topo, topo.objects.durand.geometries[0]).geometry;
    const lines = geom.type === 'LineString' ? [geom.coordinates] : geom.coordinates;
    let km = 0;
    for (const line of lines)
      for (let i = 1; i < line.length; i++) km += haversineKm(line[i - 1], line[i]);
    expect(km).toBeGreaterThan(2000);
    expect(km).toBeLessThan(2800);
    expect(Math.abs(km - meta.durandLineKm)).toBeLessThan(0.5);
  });

  it('builds the Durand Line only from arcs shared by a Pakistani and an Afghan province', () => {
    const arcsOf = (country) =>
      new Set(
        provinces
          .filter((g) => g.properties.country === country)
          .flatMap((g) => arcIndices(g.arcs)),
      );
    const pk = arcsOf('PK');
    const af = arcsOf('AF');
    const durand = arcIndices(topo.objects.durand.geometries[0].arcs);
    expect(durand.length).toBeGreaterThan(0);
    for (const arc of durand) {
      expect(pk.has(arc) && af.has(arc), `arc ${arc}`).toBe(true);
    }
    // ...and all of them: every arc on both sides is part of the line.
    const shared = [...pk].filter((arc) => af.has(arc));
    expect([...new Set(durand)].sort((a, b) => a - b)).toEqual(shared.sort((a, b) => a - b));
  });

  it('lists the same provinces in meta.json, in the same order', () => {
    expect(meta.schemaVersion).toBe(1);
    expect(meta.provinces.map((p) => p.id)).toEqual(ids);
    expect(meta.provinces).toEqual(
      provinces.map((g) => ({ id: g.id, name: g.properties.label, country: g.properties.country })),
    );
  });
});
