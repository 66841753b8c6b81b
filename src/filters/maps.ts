/** The coverage map for templates: computed once per archive and place (src/map/coverage.ts). */
import type { Archive } from "../archive.ts";
import { coverageMapOf as mapOf, type CoverageMap } from "../map/coverage.ts";

/**
 * The map of a jurisdiction's children, or with no id of the archive's top-level places; undefined when none can be placed.
 * @example {% set map = archive | coverageMapOf(place.id) %}{% if map %}{{ coverageMap({ map: map, archive: archive }) }}{% endif %}
 */
export function coverageMapOf(archive: Archive, scope: string | null = null): CoverageMap | undefined {
  return mapOf(archive, scope);
}
