/**
 * The coverage map of a jurisdiction's children (or, for /jurisdictions/, of the places that lie
 * within no other): each one drawn as its boundary when the atlas has it, as a point sized by
 * its count when its record has `coordinates`, and listed as unplaced otherwise, never guessed.
 * A country's children are drawn on the world map; the United States' states (and the counties
 * the archive has anywhere in it) on a US map; a state's counties within it. The result is data,
 * paths already projected and simplified, which `_includes/components/coverage-map.njk` writes as
 * an inline SVG: no script, no tiles, nothing from another host.
 *
 * Maps are computed once per archive and scope (`coverageMapOf`), when a page first asks.
 */
import { geoAlbersUsa, geoBounds, geoCentroid, geoConicEqualArea, geoEqualEarth, geoPath, type GeoProjection } from "d3-geo";
import type { Feature, Geometry, MultiPolygon } from "geojson";
import { feature, merge, mesh } from "topojson-client";
import { simplify } from "topojson-simplify";
import type { GeometryCollection } from "topojson-specification";
import type { Archive, JurisdictionView } from "../archive.ts";
import { placeCodes, type PlaceCodes } from "../jurisdictions/codes.ts";
import { byId, usAtlas, worldAtlas, type AnyTopology, type AtlasGeometry } from "./atlas.ts";
import { legend, shadeBins, shadeOf, type LegendEntry } from "./shading.ts";

/** A place the map reports on: a shape (`d`) or a point (`x`, `y`, `r`), or neither when unplaced. */
export interface MapSubject {
  id: string;
  name: string;
  /** articles about it or any place within it, as on its page */
  count: number;
  shade: number;
  d?: string;
  x?: number;
  y?: number;
  r?: number;
}

export interface CoverageMap {
  /** the jurisdiction whose children it shows, or null for the archive's top-level places */
  scope: string | null;
  /** what it shows, e.g. "Places within Colorado" */
  title: string;
  viewBox: string;
  /** the frame: every boundary at this level, as one filled path */
  land: string;
  /** the borders between them, as one stroked path */
  borders: string;
  shapes: MapSubject[];
  /** drawn after the shapes, largest first so a small point is never hidden under a large one */
  points: MapSubject[];
  legend: LegendEntry[];
  /** every place on the map, most articles first: the table beside it */
  rows: MapSubject[];
  /** places it reports on that have no boundary in the atlas and no coordinates */
  unplaced: MapSubject[];
}

/** The map's width in SVG units; heights follow the shape of what is drawn. */
const WIDTH = 800;
const MAX_HEIGHT = 560;
/**
 * Detail below a triangle of this many square units (Visvalingam's measure) is dropped, and
 * coordinates are rounded to tenths: finer than a screen shows at the map's size, and it keeps
 * the map well inside its budget of 60 KB gzipped (test/build/coverage-map.test.ts).
 */
const MIN_AREA = 1;
const DIGITS = 0;
/** Antarctica, which no news archive places and which would take a fifth of the world map's height. */
const LEFT_OFF_THE_WORLD = new Set(["010"]);

interface Frame {
  title: string;
  topology: AnyTopology;
  /** the boundaries that make up the frame */
  context: AtlasGeometry[];
  projection: GeoProjection;
  /** the shape a place with these codes takes on this map, if any */
  shapeOf: (codes: PlaceCodes) => AtlasGeometry | undefined;
  /** places drawn besides the scope's children: the counties the archive has, on a US map */
  extra?: (view: JurisdictionView, codes: PlaceCodes) => boolean;
}

/** What the map of `scope`'s children is drawn on, or undefined when nothing places the scope. */
function frameOf(archive: Archive, scope: JurisdictionView | null): Frame | undefined {
  if (!scope) {
    const world = worldAtlas();
    const countries = byId(world.objects.countries);
    return {
      title: "Countries",
      topology: world,
      context: world.objects.countries.geometries.filter((g) => !LEFT_OFF_THE_WORLD.has(String(g.id))) as AtlasGeometry[],
      projection: geoEqualEarth(),
      shapeOf: (codes) => (codes.iso3166 ? countries.get(codes.iso3166) : undefined),
    };
  }
  const codes = placeCodes(scope);
  const title = `Places within ${scope.name}`;
  if (codes.iso3166 === "840") {
    const atlas = usAtlas();
    const states = byId(atlas.objects.states);
    const counties = byId(atlas.objects.counties);
    return {
      title,
      topology: atlas,
      context: atlas.objects.states.geometries as AtlasGeometry[],
      // Alaska and Hawaii inset, as US maps show them.
      projection: geoAlbersUsa(),
      shapeOf: (c) => (c.fips?.length === 2 ? states.get(c.fips) : c.fips?.length === 5 ? counties.get(c.fips) : undefined),
      extra: (view, c) => c.fips?.length === 5 && view.ancestors.includes(scope.id),
    };
  }
  if (codes.fips?.length === 2) {
    const atlas = usAtlas();
    const counties = atlas.objects.counties.geometries.filter((g) => String(g.id).startsWith(codes.fips!)) as AtlasGeometry[];
    if (!counties.length) return undefined;
    const inState = byId({ type: "GeometryCollection", geometries: counties });
    return { title, topology: atlas, context: counties, projection: geoConicEqualArea(), shapeOf: (c) => (c.fips ? inState.get(c.fips) : undefined) };
  }
  // A country other than the United States, or a county: its own outline, its children as points.
  const own =
    codes.iso3166 ? byId(worldAtlas().objects.countries).get(codes.iso3166)
    : codes.fips?.length === 5 ? byId(usAtlas().objects.counties).get(codes.fips)
    : undefined;
  if (!own) return undefined;
  return { title, topology: codes.iso3166 ? worldAtlas() : usAtlas(), context: [own], projection: geoConicEqualArea(), shapeOf: () => undefined };
}

/** Fits a conic projection's parallels and meridian to the frame, so a state is drawn as a state map would draw it. */
function fitConic(projection: GeoProjection, outline: MultiPolygon): void {
  const [[, south], [, north]] = geoBounds(outline);
  const span = north - south;
  (projection as ReturnType<typeof geoConicEqualArea>).parallels([south + span / 6, north - span / 6]).rotate([-geoCentroid(outline)[0], 0]);
}

const collection = (geometries: AtlasGeometry[]): GeometryCollection<{ name: string }> => ({ type: "GeometryCollection", geometries });

/**
 * The map of a jurisdiction's children, or of the archive's top-level places with `null`;
 * undefined when it would place none of them.
 */
export function coverageMap(archive: Archive, scopeId: string | null): CoverageMap | undefined {
  const scope = scopeId === null ? null : archive.jurisdictions[scopeId];
  if (scope === undefined) throw new Error(`coverageMap: unknown jurisdiction "${scopeId}"`);
  const ids = scope ? scope.children : archive.jurisdictionRoots;
  // Reading an atlas costs more than the rest of the map: not for places none of which has a code or coordinates.
  const placeable = (id: string) => {
    const view = archive.jurisdictions[id]!;
    const codes = placeCodes(view);
    return view.coordinates || codes.fips || codes.iso3166;
  };
  if (!ids.some(placeable)) return undefined;
  const frame = frameOf(archive, scope);

  const views = ids.map((id) => archive.jurisdictions[id]!);
  if (frame?.extra) {
    for (const view of Object.values(archive.jurisdictions)) if (!ids.includes(view.id) && frame.extra(view, placeCodes(view))) views.push(view);
  }
  const bins = shadeBins(Math.max(0, ...views.map((v) => v.articles.length)));
  const subjects = views.map((v): MapSubject => ({ id: v.id, name: v.name, count: v.articles.length, shade: shadeOf(v.articles.length, bins) }));
  if (!frame) return undefined;

  // Fit on the full-detail outline, then drop what the fitted scale cannot show.
  const outline = merge(frame.topology, frame.context);
  if (frame.projection !== undefined && "parallels" in frame.projection) fitConic(frame.projection, outline);
  frame.projection.fitSize([WIDTH, MAX_HEIGHT], outline);
  const pxPerDegree = (frame.projection.scale() * Math.PI) / 180;
  const topology = simplify(frame.topology, MIN_AREA / pxPerDegree ** 2);
  const path = geoPath(frame.projection).digits(DIGITS);

  const shapes: MapSubject[] = [];
  const points: MapSubject[] = [];
  const unplaced: MapSubject[] = [];
  const maxCount = Math.max(1, ...subjects.map((s) => s.count));
  views.forEach((view, i) => {
    const subject = subjects[i]!;
    const codes = placeCodes(view);
    const shape = frame.shapeOf(codes);
    const d = shape && path(feature(topology, shape) as Feature<Geometry>);
    if (d) return shapes.push({ ...subject, d });
    const xy = view.coordinates && frame.projection([view.coordinates.lon, view.coordinates.lat]);
    if (xy) {
      const round = (n: number) => Math.round(n * 10) / 10;
      return points.push({ ...subject, x: round(xy[0]), y: round(xy[1]), r: round(3 + 9 * Math.sqrt(subject.count / maxCount)) });
    }
    unplaced.push(subject);
  });
  if (!shapes.length && !points.length) return undefined;

  const [[x0, y0], [x1, y1]] = path.bounds(outline);
  const viewBox = [Math.floor(x0), Math.floor(y0), Math.ceil(x1 - Math.floor(x0)), Math.ceil(y1 - Math.floor(y0))].join(" ");
  const byCount = (a: MapSubject, b: MapSubject) => b.count - a.count || a.name.localeCompare(b.name, "en");
  return {
    scope: scopeId,
    title: frame.title,
    viewBox,
    land: path(merge(topology, frame.context)) ?? "",
    borders: path(mesh(topology, collection(frame.context), (a, b) => a !== b)) ?? "",
    shapes,
    points: points.sort((a, b) => b.r! - a.r!),
    legend: legend(bins, subjects.some((s) => s.count === 0)),
    rows: [...shapes, ...points].sort(byCount),
    unplaced: unplaced.sort(byCount),
  };
}

const cache = new WeakMap<Archive, Map<string | null, CoverageMap | undefined>>();

/**
 * {@link coverageMap}, computed once per archive and scope however many pages show it (a
 * jurisdiction's map is on its first page; watch mode's rebuilds read a new archive).
 */
export function coverageMapOf(archive: Archive, scopeId: string | null): CoverageMap | undefined {
  let maps = cache.get(archive);
  if (!maps) cache.set(archive, (maps = new Map()));
  if (!maps.has(scopeId)) maps.set(scopeId, coverageMap(archive, scopeId));
  return maps.get(scopeId);
}
