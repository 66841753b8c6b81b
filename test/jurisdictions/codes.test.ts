import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { describe, expect, it } from "vitest";
import { codesFromOcd, iso3166Alpha2, iso3166Numeric, placeCodes, stateFips } from "../../src/jurisdictions/codes.ts";

const require = createRequire(import.meta.url);
const atlas = (file: string) => JSON.parse(readFileSync(require.resolve(file), "utf8"));

describe("the codes that place a jurisdiction on a map", () => {
  it("reads a country's ISO code and a US state's FIPS code from OCD ids, and nothing from a county's name", () => {
    expect(codesFromOcd("ocd-division/country:us")).toEqual({ iso3166: "840" });
    expect(codesFromOcd("ocd-division/country:us/state:co")).toEqual({ fips: "08" });
    expect(codesFromOcd("ocd-division/country:us/state:co/county:denver")).toEqual({});
    expect(codesFromOcd("ocd-division/country:ca/province:on")).toEqual({});
    expect(codesFromOcd("ocd-division/country:zz")).toEqual({});
  });

  it("prefers the record's own codes to its OCD ids'", () => {
    expect(placeCodes({ ocd_id: "ocd-division/country:us/state:co/place:denver", fips: "08031" })).toEqual({ fips: "08031" });
    expect(placeCodes({ iso_3166: "CA", ocd_id: "ocd-division/country:us" })).toEqual({ iso3166: "124" });
    expect(placeCodes({ other_ocd_ids: ["ocd-division/country:us/state:co"] })).toEqual({ fips: "08" });
  });

  it("turns ISO 3166-1 codes either way, and refuses unassigned ones", () => {
    expect(iso3166Numeric("us")).toBe("840");
    expect(iso3166Numeric(36)).toBe("036");
    expect(iso3166Alpha2("840")).toBe("US");
    expect(iso3166Alpha2("XX")).toBeUndefined();
    expect(iso3166Numeric("999")).toBeUndefined();
  });

  it("agrees with us-atlas on every state's FIPS code, and with world-atlas on the United States'", () => {
    const states = atlas("us-atlas/states-10m.json").objects.states.geometries as { id: string; properties: { name: string } }[];
    for (const state of states) expect(state.id).toMatch(/^[0-9]{2}$/);
    expect(states.find((s) => s.id === stateFips("CO"))?.properties.name).toBe("Colorado");
    expect(states.find((s) => s.id === stateFips("tx"))?.properties.name).toBe("Texas");
    const countries = atlas("world-atlas/countries-110m.json").objects.countries.geometries as { id?: string; properties: { name: string } }[];
    expect(countries.find((c) => c.id === iso3166Numeric("US"))?.properties.name).toBe("United States of America");
  });
});
