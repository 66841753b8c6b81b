/**
 * The codes that place a jurisdiction on a map: its ISO 3166-1 numeric code (a country) or its
 * US FIPS code (a state, 2 digits; a county, 5), taken from the record's own `iso_3166` and
 * `fips` or, where the record has none, from its OCD ids, which carry a country's ISO alpha-2
 * code (`country:us`) and a US state's postal code (`state:co`). OCD county ids are names
 * (`county:denver`), so a county is placed only by its record's `fips`.
 *
 * The tables are packages, not ours: ISO 3166-1 from `iso-3166` (wooorm), US postal codes to
 * FIPS from `us` (the unitedstates project's table).
 */
import { iso31661, iso31661Alpha2ToNumeric, iso31661NumericToAlpha2 } from "iso-3166";
import us from "us";

export interface PlaceCodes {
  /** ISO 3166-1 numeric, three digits ("840"), as world-atlas names countries */
  iso3166?: string;
  /** US FIPS: a state's 2 digits ("08") or a county's 5 ("08031"), as us-atlas names them */
  fips?: string;
}

const NUMERIC = new Set(iso31661.map((c) => c.numeric));
const STATE_FIPS = new Map<string, string>(us.STATES_AND_TERRITORIES.map((s) => [s.abbr.toLowerCase(), s.fips]));
const FIPS_STATES = new Set(STATE_FIPS.values());

/**
 * An ISO 3166-1 code as its numeric form, or undefined when it is no assigned country's code.
 * @example iso3166Numeric("US") // "840"
 * @example iso3166Numeric("840") // "840"
 */
export function iso3166Numeric(code: string | number): string | undefined {
  const text = String(code).trim();
  if (/^[0-9]{1,3}$/.test(text)) {
    const padded = text.padStart(3, "0");
    return NUMERIC.has(padded) ? padded : undefined;
  }
  return iso31661Alpha2ToNumeric[text.toUpperCase()];
}

/**
 * An ISO 3166-1 code as its alpha-2 form, or undefined when it is no assigned country's code.
 * @example iso3166Alpha2(840) // "US"
 */
export function iso3166Alpha2(code: string | number): string | undefined {
  const numeric = iso3166Numeric(code);
  return numeric === undefined ? undefined : iso31661NumericToAlpha2[numeric];
}

/**
 * A US state's FIPS code from its postal code.
 * @example stateFips("co") // "08"
 */
export function stateFips(postal: string): string | undefined {
  return STATE_FIPS.get(postal.toLowerCase());
}

/** Whether a 2-digit code is a US state's (or DC's or a territory's) FIPS code. */
export const isStateFips = (fips: string): boolean => FIPS_STATES.has(fips);

/**
 * What an OCD division id says about where a place is: `country:xx` gives the country, a
 * `state:xx` directly under `country:us` gives the state's FIPS code. Anything deeper is a name.
 * @example codesFromOcd("ocd-division/country:us/state:co") // { fips: "08" }
 */
export function codesFromOcd(ocdId: string): PlaceCodes {
  const parts = ocdId.replace(/^ocd-division\//, "").split("/").map((p) => p.split(":") as [string, string]);
  const [country, state, ...rest] = parts;
  if (!country || country[0] !== "country") return {};
  if (!state) {
    const iso3166 = iso3166Numeric(country[1]);
    return iso3166 ? { iso3166 } : {};
  }
  if (country[1] === "us" && state[0] === "state" && rest.length === 0) {
    const fips = stateFips(state[1]);
    return fips ? { fips } : {};
  }
  return {};
}

/**
 * A jurisdiction's codes: the record's own first, then its OCD ids'.
 * @example placeCodes({ ocd_id: "ocd-division/country:us" }) // { iso3166: "840" }
 */
export function placeCodes(record: { iso_3166?: string; fips?: string; ocd_id?: string; other_ocd_ids?: readonly string[] }): PlaceCodes {
  const fromOcd = [record.ocd_id, ...(record.other_ocd_ids ?? [])].filter((id): id is string => !!id).map(codesFromOcd);
  const iso3166 = (record.iso_3166 && iso3166Numeric(record.iso_3166)) || fromOcd.find((c) => c.iso3166)?.iso3166;
  const fips = record.fips || fromOcd.find((c) => c.fips)?.fips;
  return { ...(iso3166 && { iso3166 }), ...(fips && { fips }) };
}
