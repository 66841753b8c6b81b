import { describe, expect, it } from "vitest";
import { EntityIndex, fold, titledNames, type Registries } from "../../src/ingest/entities.ts";
import { fixtureIndex } from "../helpers/ingest.ts";

const index = fixtureIndex();

describe("registry entries are recognised by name and alias", () => {
  it("finds people by their name or other names, ignoring accents", () => {
    expect(index.recognise(["Mayor Michael Hancock and City Attorney Kristin Bronson spoke."]).people).toEqual(["michael-hancock", "kristin-bronson"]);
    expect(index.lookup("people", "Michael B. Hancock")).toBe("michael-hancock");
    expect(index.lookup("people", "michael hancock")).toBe("michael-hancock");
  });

  it("finds places and organizations by alias, and topics in any case when named twice", () => {
    const found = index.recognise(["Snow removal in the City and County of Denver", "The DPL closed early. The snowstorm moved east."]);
    expect(found.jurisdictions).toEqual(["denver"]);
    expect(found.organizations).toEqual(["denver-public-library"]);
    expect(found.topics).toEqual(["snow"]);
  });

  it("matches whole words, case-sensitively, longest first", () => {
    expect(index.recognise(["Denverites and ENNUI, not names."])).toEqual({ people: [], jurisdictions: [], organizations: [], topics: [] });
    expect(index.recognise(["The Denver Public Library board met."]).jurisdictions).toEqual([]);
  });

  it("counts a surname alone only behind a title the person held", () => {
    expect(index.recognise(["Mayor Hancock said no."]).people).toEqual(["michael-hancock"]);
    expect(index.recognise(["Hancock said no."]).people).toEqual([]);
  });

  it("leaves a name two entries share to the contributor", () => {
    const twins: Registries = {
      people: new Map([
        ["john-smith", { name: "John Smith", other_names: [], roles: [] }],
        ["john-smith-2", { name: "John Smith", other_names: [], roles: [] }],
      ]),
      jurisdictions: new Map(),
      organizations: new Map(),
      topics: new Map(),
    };
    const ambiguous = new EntityIndex(twins);
    expect(ambiguous.recognise(["John Smith spoke."]).people).toEqual([]);
    expect(ambiguous.lookup("people", "John Smith")).toBeUndefined();
  });

  it("folds names for comparison", () => {
    expect(fold("Paul D. López")).toBe("paul d lopez");
  });
});

describe("unknown names become suggestions with the title found beside them", () => {
  it("suggests a titled person the registries do not know", () => {
    expect(index.unknownPeople(["Emergencies Minister Yevgeny Zinichev said.", "City Attorney Kristin Bronson agreed."])).toEqual([
      { kind: "people", id: "yevgeny-zinichev", name: "Yevgeny Zinichev", title: "Emergencies Minister", sentence: "Emergencies Minister Yevgeny Zinichev said." },
    ]);
  });

  it("reads the title and the name apart", () => {
    expect(titledNames("City Attorney Kristin Bronson says")).toEqual([{ name: "Kristin Bronson", title: "City Attorney" }]);
    expect(titledNames("NATO Secretary General Jens Stoltenberg said")).toEqual([{ name: "Jens Stoltenberg", title: "NATO Secretary General" }]);
    expect(titledNames("Chelyabinsk regional Deputy Governor Oleg Klimov indicated")).toEqual([{ name: "Oleg Klimov", title: "Deputy Governor" }]);
    expect(titledNames("said planetary scientist Vlada Stamenković.")).toEqual([{ name: "Vlada Stamenković", title: "scientist" }]);
  });

  it("stops a name at a sentence's end, a weekday, or a possessive", () => {
    expect(titledNames("met Ukrainian President Volodymyr Zelensky. Volker said")).toEqual([{ name: "Volodymyr Zelensky", title: "Ukrainian President" }]);
    expect(titledNames("President Donald Trump Wednesday said")).toEqual([{ name: "Donald Trump", title: "President" }]);
    expect(titledNames("Councilman Paul Lopez's office")).toEqual([{ name: "Paul Lopez", title: "Councilman" }]);
  });

  it("suggests nothing for a title and a surname, an organization or a place", () => {
    expect(titledNames("Attorney General Sessions said")).toEqual([]);
    expect(titledNames("President Trump Administration officials")).toEqual([]);
    expect(titledNames("near General Santos City on Sunday")).toEqual([]);
  });
});
