import { readFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { article, buildArchive, makeArchive, page, removeArchive } from "../helpers/fixture.ts";
import { dom } from "../helpers/html.ts";

const site = inject("realSite");
const SEED = "/2018/01/24/after-sanctuary-cities-threat-denver-mayor-rejects-white-house-invite/";

/** Every JSON-LD block of a page, parsed. */
function jsonLd(html: string): any[] {
  return [...dom(html).querySelectorAll('script[type="application/ld+json"]')].map((s) => JSON.parse(s.textContent ?? ""));
}

describe("JSON-LD on the real archive", () => {
  it("describes the seed article as a NewsArticle with its people, places, dates and source", () => {
    const [ld] = jsonLd(page(site, SEED));
    expect(ld["@type"]).toBe("NewsArticle");
    expect(ld.headline).toBe("After Sanctuary Cities Threat, Denver Mayor Rejects White House Invite");
    expect(ld.datePublished).toBe("2018-01-24");
    expect(ld.dateline).toBe("DENVER");
    expect(ld.author.map((a: any) => a.name)).toEqual(["Rick Sallinger", "Stan Bush"]);
    expect(ld.publisher).toMatchObject({ "@type": "NewsMediaOrganization", name: "CBS4 Denver" });
    expect(ld.about).toContainEqual(expect.objectContaining({ "@type": "Place", name: "Denver", sameAs: ["https://www.wikidata.org/wiki/Q16554"] }));
    expect(ld.mentions).toContainEqual(expect.objectContaining({ "@type": "Person", name: "Donald Trump", sameAs: ["https://www.wikidata.org/wiki/Q22686"] }));
  });

  it("describes people and places on their pages", () => {
    const [person] = jsonLd(page(site, "/people/michael-hancock/"));
    expect(person).toMatchObject({ "@type": "Person", name: "Michael B. Hancock" });
    expect(person.hasOccupation).toContainEqual(expect.objectContaining({ roleName: "Mayor of Denver", startDate: "2011-07-18", endDate: "2023-07-17" }));
    const [place] = jsonLd(page(site, "/jurisdictions/denver/"));
    expect(place).toMatchObject({ "@type": "City", name: "Denver", containedInPlace: { name: "Colorado" } });
    expect(place.identifier).toContain("ocd-division/country:us/state:co/place:denver");
  });
});

describe("JSON-LD with hostile input", () => {
  const TITLE = "</script><script>alert(1)</script> & <!-- a\u2028b";
  let root: string;
  let built: string;
  beforeAll(async () => {
    root = makeArchive({ "articles/2020/2020-02-02-hostile.md": article(`title: ${JSON.stringify(TITLE)}\ndate: 2020-02-02\nsummary: "a </SCRIPT> dek"`) });
    built = (await buildArchive(root)).output;
  });
  afterAll(() => removeArchive(root));

  it("cannot close its script element, and parses back to the same title", () => {
    const html = page(built, "/2020/02/02/hostile/");
    const doc = dom(html);
    expect(doc.querySelectorAll("script")).toHaveLength([...doc.querySelectorAll("script")].filter((s) => s.getAttribute("src") || s.getAttribute("type") === "application/ld+json").length);
    expect(doc.querySelectorAll("script:not([src])")).toHaveLength(1);
    const [ld] = jsonLd(html);
    expect(ld.headline).toBe(TITLE);
    expect(ld.description).toBe("a </SCRIPT> dek");
  });
});

describe("the static API", () => {
  const api = (file: string) => JSON.parse(readFileSync(join(site, "api", file), "utf8"));

  it("lists the seed article with its people and places", () => {
    const articles = api("articles.json");
    expect(articles.count).toBe(1);
    expect(articles.articles[0]).toMatchObject({
      id: "2018-01-24-after-sanctuary-cities-threat-denver-mayor-rejects-white-house-invite",
      date: "2018-01-24",
      jurisdictions_within: ["denver", "colorado", "united-states"],
    });
    expect(articles.articles[0].people).toContain("michael-hancock");
    expect(api("articles/2018.json").articles).toHaveLength(1);
  });

  it("gives people as Popolo persons and memberships", () => {
    const people = api("people.json");
    expect(people.persons.find((p: any) => p.id === "donald-trump").identifiers).toEqual([{ scheme: "wikidata", identifier: "Q22686" }]);
    expect(people.memberships).toContainEqual(
      expect.objectContaining({ person_id: "michael-hancock", label: "Mayor of Denver", area_id: "denver", start_date: "2011-07-18", end_date: "2023-07-17" }),
    );
  });

  it("gives jurisdictions with their OCD ids and hierarchy", () => {
    const denver = api("jurisdictions.json").find((j: any) => j.id === "denver");
    expect(denver).toMatchObject({ ocd_id: "ocd-division/country:us/state:co/place:denver", parent: "colorado", ancestors: ["colorado", "united-states"], article_count: 1 });
  });
});

describe("found by search engines", () => {
  it("lists every page in the sitemap, and robots.txt points to it", () => {
    const sitemap = readFileSync(join(site, "sitemap.xml"), "utf8");
    for (const path of [SEED, "/", "/people/michael-hancock/", "/jurisdictions/colorado/", "/2018/01/24/", "/timeline/"]) {
      expect(sitemap).toContain(`<loc>http://localhost:8080${path}</loc>`);
    }
    expect(sitemap).toContain("<lastmod>2018-01-24</lastmod>");
    expect(sitemap).not.toContain("404.html");
    expect(readFileSync(join(site, "robots.txt"), "utf8")).toContain("Sitemap: http://localhost:8080/sitemap.xml");
  });

  it("has a helpful 404 page with search", () => {
    const doc = dom(page(site, "/404.html"));
    expect(doc.querySelector('form[role="search"]')?.getAttribute("action")).toBe("/search/");
  });

  it("gives each page a canonical URL and Open Graph metadata", () => {
    const doc = dom(page(site, SEED));
    expect(doc.querySelector('link[rel="canonical"]')?.getAttribute("href")).toBe(`http://localhost:8080${SEED}`);
    expect(doc.querySelector('meta[property="og:type"]')?.getAttribute("content")).toBe("article");
    expect(doc.querySelector('meta[property="og:title"]')?.getAttribute("content")).toBe("After Sanctuary Cities Threat, Denver Mayor Rejects White House Invite");
  });
});
