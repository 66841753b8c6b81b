/**
 * The boundaries the coverage map draws, from packaged, well-kept data: world-atlas's countries
 * at 1:110m (Natural Earth) and us-atlas's states and counties at 1:10m (the Census Bureau's
 * cartographic boundaries), both TopoJSON. Each file is read and given its simplification
 * weights once per process, whatever the number of maps or builds.
 * https://github.com/topojson/world-atlas · https://github.com/topojson/us-atlas
 */
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { presimplify } from "topojson-simplify";
import type { GeometryCollection, MultiPolygon, Objects, Polygon, Topology } from "topojson-specification";

/** Any of the atlases, as topojson-simplify takes them. */
export type AnyTopology = Topology<Objects<{}>>;

/** A geometry as the atlases carry it: its code as `id`, its name as a property. */
export type AtlasGeometry = Polygon<{ name: string }> | MultiPolygon<{ name: string }>;

export type WorldAtlas = Topology<{ countries: GeometryCollection<{ name: string }> }>;
export type UsAtlas = Topology<{ counties: GeometryCollection<{ name: string }>; states: GeometryCollection<{ name: string }>; nation: GeometryCollection }>;

const require = createRequire(import.meta.url);
const loaded = new Map<string, AnyTopology>();

/** A packaged TopoJSON file, with Visvalingam weights (in square degrees) for `simplify`. */
function load<T extends AnyTopology>(file: string): T {
  let topology = loaded.get(file);
  if (!topology) {
    topology = presimplify(JSON.parse(readFileSync(require.resolve(file), "utf8")) as AnyTopology);
    loaded.set(file, topology);
  }
  return topology as T;
}

/** Countries, ids ISO 3166-1 numeric ("840"); a few disputed areas have no id. */
export const worldAtlas = (): WorldAtlas => load<WorldAtlas>("world-atlas/countries-110m.json");

/** US counties, states and the nation in one topology, ids FIPS ("08", "08031"), so they share borders. */
export const usAtlas = (): UsAtlas => load<UsAtlas>("us-atlas/counties-10m.json");

/** The geometries of a collection by id. */
export function byId(collection: GeometryCollection<{ name: string }>): Map<string, AtlasGeometry> {
  return new Map(collection.geometries.filter((g) => g.id !== undefined).map((g) => [String(g.id), g as AtlasGeometry]));
}
