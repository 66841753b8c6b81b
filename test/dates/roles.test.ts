import { describe, expect, it } from "vitest";
import { rolesAt } from "../../src/people/roles.ts";

const mayor = { title: "Mayor", start: "2011-07-18", end: "2023-07-17" };
const council = { title: "Council member", start: "2007", end: "2019-07" };

describe("the role a person held on an article's date", () => {
  it("is shown on both sides of a role change", () => {
    const roles = [mayor, { title: "Former mayor", start: "2023-07-18", current: true }];
    expect(rolesAt(roles, "2018-01-24", "2026-01-01").map((r) => r.title)).toEqual(["Mayor"]);
    expect(rolesAt(roles, "2023-07-17", "2026-01-01").map((r) => r.title)).toEqual(["Mayor"]);
    expect(rolesAt(roles, "2024-01-01", "2026-01-01").map((r) => r.title)).toEqual(["Former mayor"]);
  });

  it("is not shown before the role began", () => {
    expect(rolesAt([mayor], "2011-07-17")).toEqual([]);
  });

  it("respects a start known only to the year", () => {
    expect(rolesAt([council], "2007-06-01")).toEqual([]);
    expect(rolesAt([council], "2008-01-01")).toEqual([council]);
  });

  it("respects an end known only to the month", () => {
    expect(rolesAt([council], "2019-07-15")).toEqual([]);
    expect(rolesAt([council], "2019-06-30")).toEqual([council]);
  });

  it("shows nothing when the end is unknown, unless the role is known to continue", () => {
    expect(rolesAt([{ title: "Reporter", start: "2010" }], "2018-01-24")).toEqual([]);
    expect(rolesAt([{ title: "Member", start: "2015", held_through: "2023" }], "2018-01-24")).toHaveLength(1);
    expect(rolesAt([{ title: "Member", start: "2015", held_through: "2023" }], "2024-02-01")).toEqual([]);
  });

  it("shows nothing for an approximate start", () => {
    expect(rolesAt([{ title: "Chief", start: "2004~", end: "2010" }], "2006-01-01")).toEqual([]);
  });
});
