import { gzipSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { article, page, useBuiltArchive } from "../helpers/fixture.ts";
import { dom, fold } from "../helpers/html.ts";

const place = (id: string, lines: string) => ({ [`_data/jurisdictions/${id}.yaml`]: lines });
const about = (slug: string, day: number, jurisdiction: string) => ({
  [`articles/2018/2018-01-${String(day).padStart(2, "0")}-${slug}.md`]: article(`title: ${slug}\ndate: 2018-01-${String(day).padStart(2, "0")}\njurisdictions: [${jurisdiction}]`),
});

const FILES = {
  ...place("united-states", "name: United States\nclassification: country\nocd_id: ocd-division/country:us\n"),
  ...place("canada", "name: Canada\nclassification: country\niso_3166: CA\n"),
  ...place("atlantis", "name: Atlantis\nclassification: country\n"),
  ...place("colorado", "name: Colorado\nclassification: state\nparent: united-states\nocd_id: ocd-division/country:us/state:co\n"),
  ...place("texas", 'name: Texas\nclassification: state\nparent: united-states\nfips: "48"\n'),
  ...place("denver", 'name: Denver\nclassification: consolidated city-county\nparent: colorado\nfips: "08031"\ncoordinates: [39.7392, -104.9903]\n'),
  ...place("boulder", "name: Boulder\nclassification: city\nparent: colorado\ncoordinates: { lat: 40.015, lon: -105.2705 }\n"),
  ...place("springfield", "name: Springfield\nclassification: city\nparent: colorado\n"),
  ...about("denver-one", 1, "denver"),
  ...about("denver-two", 2, "denver"),
  ...about("denver-three", 3, "denver"),
  ...about("boulder-one", 4, "boulder"),
  ...about("springfield-one", 5, "springfield"),
  ...about("canada-one", 6, "canada"),
  ...about("atlantis-one", 7, "atlantis"),
};

const fixture = useBuiltArchive(FILES);

/** Each map on a page: its places as the SVG names them, its table's rows, and what it lists as unplaced. */
function maps(urlPath: string) {
  return [...dom(page(fixture.site, urlPath)).querySelectorAll("figure.coverage-map")].map((figure) => ({
    caption: fold(figure.querySelector("figcaption")?.textContent ?? ""),
    svg: figure.querySelector("svg")!,
    links: [...figure.querySelectorAll("svg a")].map((a) => ({
      href: a.getAttribute("href"),
      label: a.getAttribute("aria-label"),
      title: a.querySelector("title")?.textContent,
      shape: a.querySelector("path, circle")!.tagName,
    })),
    rows: [...figure.querySelectorAll("table tbody tr")].map((tr) => ({ href: tr.querySelector("a")?.getAttribute("href"), name: tr.querySelector("th")?.textContent, count: tr.querySelector("td")?.textContent })),
    unplaced: fold(figure.querySelector(".coverage-map__unplaced")?.textContent ?? ""),
    legend: [...figure.querySelectorAll(".coverage-map__legend li")].map((li) => fold(li.textContent ?? "")),
  }));
}

describe("the coverage map", () => {
  it("draws the top-level countries on /jurisdictions/, each a link named by its rolled-up count, and lists the one it cannot place", () => {
    const [world] = maps("/jurisdictions/");
    expect(world!.caption).toMatch(/^Countries/);
    expect(world!.links).toEqual([
      { href: "/jurisdictions/canada/", label: "Canada: 1 article", title: "Canada: 1 article", shape: "path" },
      { href: "/jurisdictions/united-states/", label: "United States: 5 articles", title: "United States: 5 articles", shape: "path" },
    ]);
    expect(world!.unplaced).toBe("Not on the map, since their records give no boundary code or coordinates: Atlantis (1 article).");
  });

  it("draws the United States' states on /jurisdictions/ and on its page, with the counties the archive has, and a place with none shaded as none", () => {
    for (const url of ["/jurisdictions/", "/jurisdictions/united-states/"]) {
      const us = maps(url).find((m) => m.caption.startsWith("Places within United States"))!;
      expect(us.links.map((l) => l.label), url).toEqual(["Colorado: 5 articles", "Texas: 0 articles", "Denver: 3 articles"]);
      expect(us.legend[0]).toBe("no articles");
      const texas = us.svg.querySelector('a[href="/jurisdictions/texas/"] path')!;
      expect(texas.getAttribute("class")).toBe("map-shade-0");
      expect(us.unplaced).toBe("");
    }
  });

  it("draws a state's counties, its cities with coordinates as points sized by count, and lists a city with neither", () => {
    const [colorado] = maps("/jurisdictions/colorado/");
    expect(colorado!.links).toEqual([
      { href: "/jurisdictions/denver/", label: "Denver: 3 articles", title: "Denver: 3 articles", shape: "path" },
      { href: "/jurisdictions/boulder/", label: "Boulder: 1 article", title: "Boulder: 1 article", shape: "circle" },
    ]);
    const [x, y, width, height] = colorado!.svg.getAttribute("viewBox")!.split(" ").map(Number);
    const boulder = colorado!.svg.querySelector("circle")!;
    expect(Number(boulder.getAttribute("cx"))).toBeGreaterThan(x!);
    expect(Number(boulder.getAttribute("cx"))).toBeLessThan(x! + width!);
    expect(Number(boulder.getAttribute("cy"))).toBeGreaterThan(y!);
    expect(Number(boulder.getAttribute("cy"))).toBeLessThan(y! + height!);
    expect(Number(boulder.getAttribute("r"))).toBeGreaterThan(3);
    expect(colorado!.unplaced).toBe("Not on the map, since their records give no boundary code or coordinates: Springfield (1 article).");
  });

  it("puts the same numbers in the table as on the map", () => {
    const all = [...maps("/jurisdictions/"), ...maps("/jurisdictions/united-states/"), ...maps("/jurisdictions/colorado/")];
    expect(all).toHaveLength(4);
    for (const map of all) {
      const fromMap = map.links.map((l) => `${l.href} ${l.label!.replace(/ articles?$/, "")}`).sort();
      const fromTable = map.rows.map((r) => `${r.href} ${r.name}: ${r.count}`).sort();
      expect(fromTable, map.caption).toEqual(fromMap);
    }
  });

  it("shows no map on a page without places within it", () => {
    expect(maps("/jurisdictions/denver/")).toEqual([]);
  });

  it("holds no script, no style attribute and nothing from another host", () => {
    for (const url of ["/jurisdictions/", "/jurisdictions/united-states/", "/jurisdictions/colorado/"]) {
      for (const { svg } of maps(url)) {
        expect(svg.querySelectorAll("script, image, foreignObject, use, style, [style]")).toHaveLength(0);
        for (const element of [svg, ...svg.querySelectorAll("*")]) {
          for (const attribute of element.attributes) {
            if (attribute.name === "xmlns") continue;
            expect(attribute.value, `${url} ${element.tagName} ${attribute.name}`).not.toMatch(/:\/\/|^\/\/|javascript:|data:/i);
            expect(attribute.name).not.toMatch(/^on/i);
          }
        }
      }
    }
  });

  it("adds less than 60 KB gzipped to /jurisdictions/", () => {
    const html = page(fixture.site, "/jurisdictions/");
    const without = html.replace(/<figure class="coverage-map">[\s\S]*?<\/figure>/g, "");
    expect(without.length).toBeLessThan(html.length);
    const added = gzipSync(html).length - gzipSync(without).length;
    console.log(`coverage maps on /jurisdictions/: ${(added / 1024).toFixed(1)} KiB gzipped (${((html.length - without.length) / 1024).toFixed(1)} KiB raw)`);
    expect(added).toBeLessThan(60 * 1024);
  });
});
