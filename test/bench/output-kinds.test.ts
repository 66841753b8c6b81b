import { describe, expect, it } from "vitest";
import { formatOutputKinds, outputKind } from "../../src/bench/output-kinds.ts";

describe("the output's kinds of file", () => {
  it("tells article pages from day, month and year pages, and feeds from the pages beside them", () => {
    expect(outputKind("2018/01/24/after-sanctuary-cities-threat/index.html")).toBe("article pages");
    expect(outputKind("2018/01/24/index.html")).toBe("day, month and year pages");
    expect(outputKind("2018/01/index.html")).toBe("day, month and year pages");
    expect(outputKind("2018/01/page/2/index.html")).toBe("day, month and year pages");
    expect(outputKind("2018/index.html")).toBe("day, month and year pages");
    expect(outputKind("people/michael-hancock/index.html")).toBe("person, place, organization and topic pages");
    expect(outputKind("jurisdictions/united-states/page/3/index.html")).toBe("person, place, organization and topic pages");
    expect(outputKind("people/michael-hancock/feed.xml")).toBe("Atom feeds");
    expect(outputKind("feed.xml")).toBe("Atom feeds");
    expect(outputKind("sitemap.xml")).toBe("sitemaps");
    expect(outputKind("sitemaps/2.xml")).toBe("sitemaps");
    expect(outputKind("api/articles/2018.json")).toBe("JSON API and feed.json");
    expect(outputKind("pagefind/fragment/en_1a2b.pf_fragment")).toBe("Pagefind index");
    expect(outputKind("assets/js/cite.js")).toBe("everything else");
  });

  it("prints bytes and files per article, and a total", () => {
    const table = formatOutputKinds([{ kind: "article pages", files: 10, bytes: 150_000 }, { kind: "sitemaps", files: 1, bytes: 5_000 }], 10);
    expect(table.split("\n").slice(2)).toEqual(["| article pages | 10 | 0.14 MiB | 15,000 B | 1.00 |", "| sitemaps | 1 | 0.00 MiB | 500 B | 0.10 |", "| all | 11 | 0.15 MiB | 15,500 B | 1.10 |"]);
  });
});
