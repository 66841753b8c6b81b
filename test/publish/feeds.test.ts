import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { expect, inject, it } from "vitest";
import { z } from "zod";
import { PACKAGE_ROOT } from "../../src/build.ts";
import { describeWithTool } from "../helpers/tools.ts";
import { describe } from "vitest";
import { JSDOM } from "jsdom";

const site = inject("realSite");
const SCHEMA = join(PACKAGE_ROOT, "test/fixtures/atom.rnc");
const SEED = "/2018/01/24/after-sanctuary-cities-threat-denver-mayor-rejects-white-house-invite/";

/** Validates with jing against RFC 4287's RELAX NG grammar; returns its complaints. */
function atomErrors(file: string): string {
  try {
    execFileSync("jing", ["-c", SCHEMA, file], { stdio: ["ignore", "pipe", "ignore"] });
    return "";
  } catch (e) {
    return String((e as { stdout: Buffer }).stdout);
  }
}

const xml = (file: string) => new JSDOM(readFileSync(join(site, file), "utf8"), { contentType: "text/xml" }).window.document;

describeWithTool("jing", "apt-get install -y jing", "Atom feeds", () => {
  it("the site feed and the feeds of a person, a place and a topic are valid Atom (RFC 4287)", () => {
    for (const feed of ["feed.xml", "people/michael-hancock/feed.xml", "jurisdictions/colorado/feed.xml", "topics/immigration/feed.xml"]) {
      expect(atomErrors(join(site, feed)), feed).toBe("");
    }
  });

  it("the validator does catch a feed without an id or updated date", () => {
    const bad = join(mkdtempSync(join(tmpdir(), "morgue-atom-")), "bad.xml");
    writeFileSync(bad, '<feed xmlns="http://www.w3.org/2005/Atom"><title>x</title></feed>');
    expect(atomErrors(bad)).toMatch(/missing required elements "id" and "updated"/);
  });
});

describe("feed contents", () => {
  it("the site feed carries the seed article with its full text, absolute links and authors", () => {
    const doc = xml("feed.xml");
    const entry = doc.querySelector("entry")!;
    expect(entry.querySelector("title")?.textContent).toBe("After Sanctuary Cities Threat, Denver Mayor Rejects White House Invite");
    expect(entry.querySelector("link")?.getAttribute("href")).toBe(`http://localhost:8080${SEED}`);
    expect([...entry.querySelectorAll("author name")].map((n) => n.textContent)).toEqual(["Rick Sallinger", "Stan Bush"]);
    expect(entry.querySelector("content")?.textContent).toContain("Denver won't back down.");
    expect(entry.querySelector("content")?.textContent).toContain('href="http://localhost:8080/people/bryan-cox/"');
  });

  it("a place's feed rolls up articles from places within it", () => {
    expect(xml("jurisdictions/colorado/feed.xml").querySelectorAll("entry")).toHaveLength(1);
  });

  it("every page with a feed says so in its head", () => {
    const page = readFileSync(join(site, "people/michael-hancock/index.html"), "utf8");
    expect(page).toContain('<link rel="alternate" type="application/atom+xml" href="/people/michael-hancock/feed.xml"');
    expect(page).toContain('<link rel="alternate" type="application/feed+json" href="/feed.json"');
  });

  it("the JSON Feed follows version 1.1", () => {
    const JsonFeed = z.object({
      version: z.literal("https://jsonfeed.org/version/1.1"),
      title: z.string().min(1),
      home_page_url: z.url(),
      feed_url: z.url(),
      items: z.array(
        z.object({
          id: z.string().min(1),
          url: z.url(),
          title: z.string(),
          content_html: z.string().min(1),
          date_published: z.iso.datetime({ offset: true }),
          authors: z.array(z.object({ name: z.string(), url: z.url() })),
        }),
      ),
    });
    const feed = JsonFeed.parse(JSON.parse(readFileSync(join(site, "feed.json"), "utf8")));
    expect(feed.items[0]?.url).toBe(`http://localhost:8080${SEED}`);
  });
});
