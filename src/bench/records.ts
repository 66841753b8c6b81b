/** The synthetic archive's records: what the generator knows of each place, organization, person and topic it makes. */

export interface PlaceRec {
  id: string;
  name: string;
  level: "country" | "state" | "city";
  state?: PlaceRec;
  country?: PlaceRec;
}

export interface OrgRec {
  id: string;
  name: string;
  kind: "council" | "police" | "legislature" | "agency" | "national" | "outlet" | "wire" | "company";
  place?: PlaceRec;
}

export interface RoleRec {
  title: string;
  jurisdiction?: string;
  organization?: string;
  start?: string;
  end?: string;
  held_through?: string;
  current?: boolean;
  note?: string;
  /** the years the role spans, for picking people active at an article's date */
  from: number;
  to: number;
}

export interface PersonRec {
  id: string;
  name: string;
  last: string;
  kind: "official" | "reporter" | "photographer" | "citizen";
  home: PlaceRec;
  roles: RoleRec[];
  outlet?: OrgRec;
  occupation?: string;
  from: number;
  to: number;
}

export interface TopicRec {
  id: string;
  name: string;
  keywords: string[];
}

/** The registries: records for the plan, and each `_data/` file's contents by path. */
export interface Registries {
  places: PlaceRec[];
  cities: PlaceRec[];
  orgs: OrgRec[];
  people: PersonRec[];
  topics: TopicRec[];
  /** `_data/<kind>/<id>.yaml` → the entry, in the schema's field order */
  entries: Record<string, Record<string, unknown>>;
}
