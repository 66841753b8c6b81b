import { existsSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { article, page, useBuiltArchive } from "../helpers/fixture.ts";
import { dom, textOf } from "../helpers/html.ts";

/** 123 filler articles on one topic, to cross page boundaries (50 a page, numbered from the oldest). */
function fillers(): Record<string, string> {
  const files: Record<string, string> = {};
  for (let i = 1; i <= 123; i++) {
    const day = String((i % 28) + 1).padStart(2, "0");
    const month = String((i % 12) + 1).padStart(2, "0");
    files[`articles/2001/2001-${month}-${day}-filler-${i}.md`] = article(`title: Filler ${i}\ndate: 2001-${month}-${day}\ntopics: [weather]`);
  }
  return files;
}

/** 51 articles in July 1999, so that a month's list runs to a second page. */
function aBusyMonth(): Record<string, string> {
  const files: Record<string, string> = {};
  for (let i = 1; i <= 51; i++) {
    const day = String((i % 31) + 1).padStart(2, "0");
    files[`articles/1999/1999-07-${day}-july-${i}.md`] = article(`title: July story ${i}\ndate: 1999-07-${day}`);
  }
  return files;
}

const FILES = {
  "_data/people/ada-lovelace.yaml": [
    "name: Ada Lovelace",
    "roles:",
    "  - title: Mayor of Springfield",
    "    jurisdiction: springfield",
    "    start: 2010-01-01",
    "    end: 2014-12-31",
    "  - title: Former mayor of Springfield",
    "    start: 2015-01-01",
    "    current: true",
  ].join("\n"),
  "_data/jurisdictions/country.yaml": "name: Country\nclassification: country\n",
  "_data/jurisdictions/state.yaml": "name: State\nclassification: state\nparent: country\n",
  "_data/jurisdictions/springfield.yaml": "name: Springfield\nclassification: city\nparent: state\naliases: [City of Springfield]\n",
  "_data/topics/budget.yaml": "name: Budget\n",
  "_data/topics/weather.yaml": "name: Weather\n",
  "articles/2012/2012-03-14-mayor-signs-budget.md": article(
    "title: Mayor signs budget\ndate: 2012-03-14\npeople: [ada-lovelace]\njurisdictions: [springfield]\ntopics: [Budget, budget]\nevents:\n  - date: 2012-03\n    label: The budget is debated.\n    people: [ada-lovelace]\n    jurisdictions: [springfield]\n  - date: 199X~\n    label: The old budget rules are written.\n  - date: 2012\n    label: A budget year.",
  ),
  "articles/2016/2016-03-14-former-mayor-speaks.md": article(
    "title: Former mayor speaks\ndate: 2016-03-14\npeople: [ada-lovelace]\njurisdictions: [state]\nevents:\n  - date: 2016-03-14\n    label: The former mayor speaks.",
  ),
  "articles/2016/2016-03-20-state-news.md": article("title: State news\ndate: 2016-03-20\njurisdictions: [state]"),
  ...fillers(),
  ...aBusyMonth(),
};

const fixture = useBuiltArchive(FILES);

describe("people", () => {
  it("shows the role a person held at each article's date, on both sides of a role change", () => {
    expect(textOf(page(fixture.site, "/2012/03/14/mayor-signs-budget/"), ".article__related")).toContain("Ada Lovelace, then Mayor of Springfield");
    expect(textOf(page(fixture.site, "/2016/03/14/former-mayor-speaks/"), ".article__related")).toContain("Ada Lovelace, then Former mayor of Springfield");
  });

  it("lists a person's articles newest first and their roles as a timeline", () => {
    const html = page(fixture.site, "/people/ada-lovelace/");
    const titles = [...dom(html).querySelectorAll(".article-list h3")].map((t) => t.textContent?.trim());
    expect(titles).toEqual(["Former mayor speaks", "Mayor signs budget"]);
    expect(textOf(html, ".roles")).toMatch(/Mayor of Springfield.*from January 1, 2010 to December 31, 2014.*Former mayor of Springfield.*to the present/);
  });

  it("lists people A to Z with their article counts", () => {
    expect(textOf(page(fixture.site, "/people/"), ".entity-index")).toBe("Ada Lovelace 2 articles");
  });
});

describe("jurisdictions", () => {
  it("rolls an article about a city up to its state and country, marked as about a place within", () => {
    for (const url of ["/jurisdictions/state/", "/jurisdictions/country/"]) {
      const html = page(fixture.site, url);
      expect(textOf(html, ".article-list")).toContain("Mayor signs budget");
      expect(textOf(html, ".article-list")).toContain("about Springfield, a place within");
      expect([...dom(html).querySelectorAll(".article-list i")].map((i) => i.outerHTML)).toContain("<i>about Springfield, a place within</i>");
    }
    expect(textOf(page(fixture.site, "/jurisdictions/springfield/"), ".article-list")).not.toContain("a place within");
  });

  it("shows the hierarchy as a tree with rolled-up counts", () => {
    const tree = textOf(page(fixture.site, "/jurisdictions/"), "main > .tree");
    expect(tree).toBe("Country 3 articles State 3 articles Springfield 1 article");
  });

  it("names the people who held office in a place", () => {
    expect(textOf(page(fixture.site, "/jurisdictions/springfield/"))).toContain("People who held office here Ada Lovelace");
  });
});

describe("topics", () => {
  it("treats topic references that differ only by case as one topic", () => {
    const html = page(fixture.site, "/topics/budget/");
    expect(dom(html).querySelectorAll(".article-list > li")).toHaveLength(1);
  });

  it("pages long lists from the oldest end, so no page moves when articles are added, linked both ways", () => {
    // 123 articles: page 1 holds the oldest 50 for good; the list's own page the newest 73
    // (the 23 not yet in a numbered page and the newest full 50), numbered 2 of 2.
    const latest = dom(page(fixture.site, "/topics/weather/"));
    const oldest = dom(page(fixture.site, "/topics/weather/page/1/"));
    expect(latest.querySelectorAll(".article-list > li")).toHaveLength(73);
    expect(oldest.querySelectorAll(".article-list > li")).toHaveLength(50);
    // Numbered from the oldest end too, counting down: page 1's newest is the 50th, the latest page's the 123rd.
    expect(oldest.querySelector(".article-list")?.getAttribute("start")).toBe("50");
    expect(oldest.querySelector(".article-list")?.hasAttribute("reversed")).toBe(true);
    expect(latest.querySelector(".article-list")?.getAttribute("start")).toBe("123");
    expect(latest.querySelector('a[rel="next"]')?.getAttribute("href")).toBe("/topics/weather/page/1/");
    expect(latest.querySelector('a[rel="next"]')?.textContent).toContain("Older articles");
    expect(oldest.querySelector('a[rel="prev"]')?.getAttribute("href")).toBe("/topics/weather/");
    expect(latest.querySelector(".pager")?.textContent).toContain("Latest, page 2 of 2");
    expect(existsSync(join(fixture.site, "topics/weather/page/2"))).toBe(false);
    // The oldest page ends with the first article the archive has on the topic.
    const dates = [...oldest.querySelectorAll(".article-list > li time")].map((t) => t.getAttribute("datetime"));
    expect(dates.at(-1)).toBe("2001-01-01");
  });
});

describe("dates", () => {
  it("lists a day's articles, linking to the nearest days with articles", () => {
    const html = page(fixture.site, "/2016/03/14/");
    expect(textOf(html, ".article-list")).toContain("Former mayor speaks");
    expect(dom(html).querySelector('a[rel="prev"]')?.getAttribute("href")).toBe("/2012/03/14/");
    expect(dom(html).querySelector('a[rel="next"]')?.getAttribute("href")).toBe("/2016/03/20/");
  });

  it("gives each entry of a day's list its headline linked, its date line and its excerpt, on one line of markup and with no class", () => {
    const entry = dom(page(fixture.site, "/2016/03/14/")).querySelector(".article-list > li")!;
    expect([...entry.children].map((e) => e.tagName)).toEqual(["H3", "P", "P"]);
    expect(entry.querySelector("h3 a")?.getAttribute("href")).toBe("/2016/03/14/former-mayor-speaks/");
    expect(entry.querySelector("h3 a")?.textContent).toBe("Former mayor speaks");
    expect(entry.querySelector("p > time")?.getAttribute("datetime")).toBe("2016-03-14");
    expect(entry.querySelector("p > time")?.textContent).toBe("March 14, 2016");
    expect(entry.children[2]?.textContent?.length).toBeGreaterThan(10);
    // The list repeats every article on its day, month and on-this-day pages: no class, no line break inside an entry.
    expect(entry.outerHTML).not.toMatch(/class=|\n/);
  });

  it("lays a month out as a calendar with linked, counted days", () => {
    const doc = dom(page(fixture.site, "/2016/03/"));
    const linked = [...doc.querySelectorAll(".calendar td a")].map((a) => [a.textContent, a.getAttribute("href")]);
    expect(linked).toEqual([["14", "/2016/03/14/"], ["20", "/2016/03/20/"]]);
    // March 2016 began on a Tuesday: one empty cell before the 1st.
    expect(doc.querySelector(".calendar tbody tr")?.children[1]?.textContent?.trim()).toBe("1");
    expect(textOf(page(fixture.site, "/2016/03/"), ".muted")).toMatch(/^2 articles on 2 days/);
    // Cells are told apart by what they hold, not by a class (the style sheet's td:empty and td:has(a)).
    const cells = [...doc.querySelectorAll(".calendar td")];
    expect(cells.filter((td) => td.hasAttribute("class"))).toEqual([]);
    expect(cells[0]?.childNodes.length).toBe(0);
    expect([...doc.querySelectorAll(".calendar td:has(a)")].map((td) => [td.querySelector("a")?.getAttribute("aria-label"), td.querySelector('span[aria-hidden="true"]')?.textContent])).toEqual([
      ["March 14, 2016: 1 article", "1"],
      ["March 20, 2016: 1 article", "1"],
    ]);
    expect(dom(page(fixture.site, "/2016/03/")).querySelector('a[rel="prev"]')?.getAttribute("href")).toBe("/2012/03/");
  });

  it("lists a month's articles below its calendar, oldest first as the paper ran them, with date, dateline and dek", () => {
    const doc = dom(page(fixture.site, "/2016/03/"));
    const items = [...doc.querySelectorAll(".article-list > li")];
    expect(items.map((li) => li.querySelector("h3")?.textContent)).toEqual(["Former mayor speaks", "State news"]);
    expect(items[0]?.querySelector("time")?.getAttribute("datetime")).toBe("2016-03-14");
    expect(items[0]?.textContent).toContain("Some words of the story.");
    expect(doc.querySelector(".calendar")!.compareDocumentPosition(doc.querySelector(".article-list")!) & 4).toBe(4);
  });

  it("pages a month's articles 50 at a time, the calendar on the first page only", () => {
    const first = dom(page(fixture.site, "/1999/07/"));
    const second = dom(page(fixture.site, "/1999/07/page/2/"));
    expect(first.querySelectorAll(".article-list > li")).toHaveLength(50);
    expect(second.querySelectorAll(".article-list > li")).toHaveLength(1);
    expect(second.querySelector(".article-list")?.getAttribute("start")).toBe("51");
    expect(first.querySelector(".calendar")).not.toBeNull();
    expect(second.querySelector(".calendar")).toBeNull();
    expect(second.querySelector("title")?.textContent).toMatch(/^July 1999 \(page 2\)/);
    // Oldest first: the 1st of July before the 31st.
    expect(first.querySelector(".article-list > li time")?.getAttribute("datetime")).toBe("1999-07-01");
  });

  it("counts a year's articles by month and skips empty years between neighbours", () => {
    const html = page(fixture.site, "/2016/");
    expect(textOf(html, ".entity-list")).toBe("March 2016 2 articles");
    expect(dom(html).querySelector('a[rel="prev"]')?.getAttribute("href")).toBe("/2012/");
  });

  it("shows every year on the archive page, with its months", () => {
    const text = textOf(page(fixture.site, "/archive/"), ".histogram");
    expect(text).toMatch(/^2016 2 Mar \(2\) 2012 1 Mar \(1\) 2001 123/);
  });

  it("gathers every year's articles for a day of the year", () => {
    const doc = dom(page(fixture.site, "/on-this-day/03-14/"));
    expect([...doc.querySelectorAll(".article-list h3")].map((t) => t.textContent?.trim())).toEqual(["Former mayor speaks", "Mayor signs budget"]);
    expect(textOf(page(fixture.site, "/on-this-day/"))).toContain("March 14 2 articles");
  });

  it("orders the timeline by date with precision shown honestly, coarse dates first, a page for each year", () => {
    const years = [...dom(page(fixture.site, "/timeline/")).querySelectorAll(".entity-index a")].map((a) => [a.textContent, a.getAttribute("href")]);
    expect(years).toEqual([["1990", "/timeline/1990/"], ["2012", "/timeline/2012/"], ["2016", "/timeline/2016/"]]);
    expect(textOf(page(fixture.site, "/timeline/"), ".entity-index")).toContain("2012 2 events");
    const items = years.flatMap(([, href]) => [...dom(page(fixture.site, href!)).querySelectorAll(".timeline time")].map((t) => t.textContent));
    expect(items).toEqual(["circa the 1990s", "2012", "March 2012", "March 14, 2016"]);
    expect(textOf(page(fixture.site, "/timeline/1990/"), ".timeline")).toContain("known to the decade");
    // An event: its date, the precision beside it (no class: the style sheet's time + span), what happened
    // with its article, and who and where, one space either side of the dot.
    const event = dom(page(fixture.site, "/timeline/2012/")).querySelectorAll(".timeline > li")[1]!;
    expect([...event.children].map((e) => [e.tagName, e.textContent])).toEqual([
      ["TIME", "March 2012"],
      ["SPAN", "known to the month"],
      ["P", "The budget is debated. Mayor signs budget"],
      ["P", "Ada Lovelace · Springfield"],
    ]);
    expect(event.querySelector("time + span")?.hasAttribute("class")).toBe(false);
    const year = dom(page(fixture.site, "/timeline/2012/"));
    expect(year.querySelector("h1")?.textContent).toBe("Events of 2012");
    expect([...year.querySelectorAll(".pager a")].map((a) => [a.getAttribute("href"), a.textContent])).toEqual([["/timeline/1990/", "← 1990"], ["/timeline/2016/", "2016 →"]]);
  });

  it("shows a person's and a place's own slice of the timeline", () => {
    expect(textOf(page(fixture.site, "/people/ada-lovelace/"), ".timeline")).toContain("The budget is debated.");
    expect(textOf(page(fixture.site, "/jurisdictions/country/"), ".timeline")).toContain("The budget is debated.");
    expect(textOf(page(fixture.site, "/people/ada-lovelace/"), ".timeline")).not.toContain("A budget year.");
  });
});

describe("navigation", () => {
  it("gives every page a way back: the fixture.site navigation and breadcrumbs", () => {
    for (const url of ["/people/ada-lovelace/", "/2016/03/14/", "/timeline/", "/timeline/2012/", "/on-this-day/03-14/", "/topics/weather/page/1/"]) {
      const doc = dom(page(fixture.site, url));
      expect(doc.querySelector(".masthead nav[aria-label='Browse the archive'] a[href='/archive/']"), url).not.toBeNull();
      expect(doc.querySelector(".breadcrumbs a[href='/']"), url).not.toBeNull();
      // Pagefind reads only the article pages: the mark that keeps breadcrumbs out of its index is on theirs alone.
      expect(doc.querySelector(".breadcrumbs[data-pagefind-ignore]"), url).toBeNull();
    }
    const article = dom(page(fixture.site, "/2016/03/14/former-mayor-speaks/"));
    expect(article.querySelector("main[data-pagefind-body] .breadcrumbs[data-pagefind-ignore] a[href='/']")).not.toBeNull();
  });
});
