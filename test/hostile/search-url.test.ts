/**
 * The search page trusts no URL (issue 9, part 9). Each hostile query string is opened in
 * Chromium on the search tests' fixture archive (test/browser/search-fixture.ts): the page must
 * throw nothing, log no error, open no dialog, add no element from the URL, show a state a
 * reader can use, rewrite the URL to that state, and still search normally afterwards.
 */
import { expect, it } from "vitest";
import type { Dialog, Page } from "playwright-core";
import { useBuiltArchive } from "../helpers/fixture.ts";
import { describeBrowser, useSiteInBrowser, watchForErrors } from "../helpers/browser.ts";
import { SEARCH_FILES, TITLES } from "../browser/search-fixture.ts";

const WAIT = { timeout: 20_000 };
/** The fixture's articles run from 2016 to 2020. */
const FIRST_YEAR = "2016";
const LAST_YEAR = "2020";
/** The search page's cap on the words searched for, in characters (src/browser/search/state.ts's MAX_QUERY). */
const MAX_QUERY = 200;
/** The most values of one facet a URL can apply. */
const MAX_VALUES = 10;

/** Deterministic pseudo-random numbers (mulberry32), so a failure can be reproduced. */
function random(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 2 ** 32;
  };
}

/** About 10 KB of parameters with random names and values, some of them markup or prototype names. */
function randomParams(bytes: number): string {
  const next = random(9);
  const pick = (chars: string, n: number) => Array.from({ length: n }, () => chars[Math.floor(next() * chars.length)]).join("");
  const names = ["__proto__", "constructor", "prototype", "toString", "hasOwnProperty", "<script>"];
  const params: string[] = [];
  let length = 0;
  while (length < bytes) {
    const name = next() < 0.2 ? names[Math.floor(next() * names.length)]! : pick("abcdefghijklmnopqrstuvwxyz_$", 3 + Math.floor(next() * 10));
    const value = pick("abcdefghijklmnopqrstuvwxyz0123456789-_<>\"'&=;/ ", Math.floor(next() * 40));
    const param = `${encodeURIComponent(name)}=${encodeURIComponent(value)}`;
    params.push(param);
    length += param.length + 1;
  }
  return params.join("&");
}

/** Headlines listed, once every result Pagefind has placed is drawn. */
async function titles(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const items = [...document.querySelectorAll("[data-results] > li")];
    if (items.some((li) => !li.classList.contains("result") || li.classList.contains("result--loading"))) return ["(still loading)"];
    return items.map((li) => li.querySelector(".result__title a")?.textContent ?? "");
  });
}

/** Elements a URL could have smuggled in: images, scripts that are not the page's own, any on* attribute. */
function injected(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll("*")]
      .filter(
        (el) =>
          (el.closest("#search") && ["IMG", "SCRIPT", "IFRAME", "OBJECT", "EMBED"].includes(el.tagName)) ||
          (el.tagName === "SCRIPT" && !el.hasAttribute("src") && el.getAttribute("type") !== "application/ld+json") ||
          [...el.attributes].some((a) => a.name.startsWith("on")),
      )
      .map((el) => el.outerHTML.slice(0, 200)),
  );
}

const summary = (page: Page) => page.locator("[data-summary]").textContent();
const params = (page: Page) => [...new URL(page.url()).searchParams];
const searchbox = (page: Page) => page.getByRole("searchbox", { name: "Search articles" });

interface Case {
  behaviour: string;
  query: string;
  /** What the page shows once it has read the URL. */
  check: (page: Page) => Promise<void>;
  /** Undoes what the URL legitimately applied, before the normal search. */
  reset?: (page: Page) => Promise<void>;
}

const expectSortedByRelevance = async (page: Page) => {
  expect(await page.getByLabel("Sort by").inputValue()).toBe("relevance");
  await expect.poll(() => summary(page), WAIT).toBe("Type a word or a name, or choose a filter.");
  expect(params(page)).toEqual([]);
};

const expectNoRange = async (page: Page) => {
  expect(await page.getByLabel("From year").inputValue()).toBe("");
  expect(await page.getByLabel("To year").inputValue()).toBe("");
  expect(await page.locator("[data-active-filters]").isHidden()).toBe(true);
  expect(params(page)).toEqual([]);
};

const CASES: Case[] = [
  { behaviour: "sorts by relevance when ?sort=constructor names no sort", query: "sort=constructor", check: expectSortedByRelevance },
  { behaviour: "sorts by relevance when ?sort=__proto__ names no sort", query: "sort=__proto__", check: expectSortedByRelevance },
  { behaviour: "sorts by relevance when ?sort=toString names no sort", query: "sort=toString", check: expectSortedByRelevance },
  {
    behaviour: "clamps ?from=0000&to=9999 to the archive's first and last years",
    query: "from=0000&to=9999",
    check: async (page) => {
      await expect.poll(() => titles(page), WAIT).toHaveLength(Object.keys(TITLES).length);
      expect(await page.getByLabel("From year").inputValue()).toBe(FIRST_YEAR);
      expect(await page.getByLabel("To year").inputValue()).toBe(LAST_YEAR);
      expect(await page.getByLabel("From year").locator("option").allTextContents()).not.toContain("0000");
      expect(await page.getByLabel("To year").locator("option").allTextContents()).not.toContain("9999");
      expect(params(page)).toEqual([
        ["from", FIRST_YEAR],
        ["to", LAST_YEAR],
      ]);
    },
  },
  {
    behaviour: "ignores ?from=2018-13&to=abc, which are not years or months",
    query: "from=2018-13&to=abc",
    check: async (page) => {
      await expect.poll(() => summary(page), WAIT).toBe("Type a word or a name, or choose a filter.");
      await expectNoRange(page);
    },
  },
  {
    behaviour: "ignores ?person=<script>alert(1)</script>, which is not an id",
    query: `person=${encodeURIComponent("<script>alert(1)</script>")}`,
    check: async (page) => {
      await expect.poll(() => summary(page), WAIT).toBe("Type a word or a name, or choose a filter.");
      expect(await page.locator("[data-active-list] li").count()).toBe(0);
      expect(params(page)).toEqual([]);
    },
  },
  {
    behaviour: "ignores ?jurisdiction=__proto__, which is not an id",
    query: "jurisdiction=__proto__&q=sanctuary",
    check: async (page) => {
      await expect.poll(() => titles(page), WAIT).toHaveLength(3);
      expect(await page.locator("[data-active-list] li").count()).toBe(0);
      expect(params(page)).toEqual([["q", "sanctuary"]]);
    },
  },
  {
    behaviour: `searches the first ${MAX_QUERY} characters of a 10 KB ?q=`,
    query: `q=${"water ".repeat(10_240 / 6)}`,
    check: async (page) => {
      await expect.poll(() => titles(page), WAIT).toHaveLength(3);
      const q = await searchbox(page).inputValue();
      expect(q.length).toBeLessThanOrEqual(MAX_QUERY);
      expect(q.startsWith("water water")).toBe(true);
      expect(params(page)).toEqual([["q", q]]);
    },
  },
  {
    behaviour: "ignores 10 KB of parameters it does not know",
    query: randomParams(10_240),
    check: async (page) => {
      await expect.poll(() => summary(page), WAIT).toBe("Type a word or a name, or choose a filter.");
      expect(params(page)).toEqual([]);
    },
  },
  {
    behaviour: `applies at most ${MAX_VALUES} values of one facet`,
    query: Array.from({ length: 500 }, (_, i) => `topic=topic-${i}`).join("&"),
    check: async (page) => {
      await expect.poll(() => summary(page), WAIT).toBe("No results");
      await expect.poll(() => page.locator("[data-active-list] li").count(), WAIT).toBe(MAX_VALUES);
      expect(params(page)).toHaveLength(MAX_VALUES);
    },
    reset: (page) => page.getByRole("button", { name: "Clear all filters" }).click(),
  },
  {
    behaviour: "shows ?q=<img src=x onerror=alert(1)> as words, never as markup",
    query: `q=${encodeURIComponent("<img src=x onerror=alert(1)>")}`,
    check: async (page) => {
      await expect.poll(() => summary(page), WAIT).toMatch(/ for <img src=x onerror=alert\(1\)>$/);
      expect(await searchbox(page).inputValue()).toBe("<img src=x onerror=alert(1)>");
    },
  },
];

describeBrowser("the search page given a hostile URL", () => {
  const archive = useBuiltArchive(SEARCH_FILES);
  const site = useSiteInBrowser(() => archive.site);

  for (const { behaviour, query, check, reset } of CASES) {
    it(behaviour, async () => {
      const context = await site.browser.newContext({ viewport: { width: 1280, height: 1600 } });
      try {
        const page = await context.newPage();
        const errors = watchForErrors(page);
        const dialogs: string[] = [];
        page.on("dialog", (dialog: Dialog) => {
          dialogs.push(dialog.message());
          void dialog.dismiss();
        });
        await page.goto(`${site.server.url}search/?${query}`);
        await check(page);
        expect(await injected(page)).toEqual([]);

        await reset?.(page);
        await searchbox(page).fill("reservoir");
        await expect.poll(() => titles(page), WAIT).toHaveLength(4);
        expect((await titles(page))[0]).toBe(TITLES.reservoir);
        expect(await injected(page)).toEqual([]);
        expect(errors).toEqual([]);
        expect(dialogs).toEqual([]);
      } finally {
        await context.close();
      }
    });
  }
});
