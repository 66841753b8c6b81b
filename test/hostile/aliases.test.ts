/**
 * An alias is an address the site will answer with a redirect, so a pull request could try to
 * send visitors to another site, write outside the output folder, put markup in a page or a
 * `_redirects` line, or take over an address the site already has: its search, its scripts,
 * another article. Each is refused, on its own line and field, in one run.
 */
import { describe, expect, it } from "vitest";
import { article, checkLines } from "../helpers/fixture.ts";

const MOVED = "articles/2018/2018-01-24-new-slug.md";
const OTHER = "articles/2018/2018-01-25-other.md";

const HOSTILE: [alias: string, message: RegExp][] = [
  ["https://evil.example/2018/01/23/old/", /^an alias is a path on this site/],
  ["//evil.example/x/", /^an alias is a path on this site/],
  ["javascript:alert(1)", /^an alias is a path on this site/],
  ["/\\\\evil.example/", /backslash/],
  ["/2018/../../etc/passwd", /^an alias may not contain \. or \.\. folders$/],
  ["/%2e%2e/x/", /^an alias is made of letters, digits/],
  ['"/<script>alert(1)</script>/"', /^an alias is made of letters, digits/],
  ['"/a b/ /evil/ 200"', /^an alias is made of letters, digits/],
  ['"/tab\\there/"', /^an alias is made of letters, digits/],
  ["/old/:splat/", /^an alias is made of letters, digits/],
  ["/old/*", /^an alias is made of letters, digits/],
  ["/x/?utm=1", /query string/],
  ["/x/#top", /fragment/],
  ["old-slug/", /starting with \//],
  ["/", /home page/],
  ["/index.html", /^an alias may not be \/index\.html/],
  ["/404.html", /^an alias may not be \/404\.html/],
  ["/feed.xml", /not a \.xml file/],
  ["/2018/01/23/", /year, month or day page/],
  ["/2018/page/2/", /year, month or day page/],
  ["/search/old/", /^an alias may not be in \/search\//],
  ["/pagefind/pagefind.js", /not a \.js file/],
  ["/pagefind/index.html", /^an alias may not be in \/pagefind\//],
  ["/admin/", /^an alias may not be in \/admin\//],
  ["/assets/css/site.html", /^an alias may not be in \/assets\//],
  ["/people/ada/", /^an alias may not be in \/people\//],
  ["/_redirects", /^an alias may not start with _/],
  ["/.well-known/x/", /^an alias is made of letters, digits/],
  ["/2018/01/25/other/", /^\/2018\/01\/25\/other\/ is the address of articles\/2018\/2018-01-25-other\.md/],
];

describe("a hostile alias", () => {
  it("is refused, each on its own line and field, all in one run", () => {
    const lines = checkLines({
      [MOVED]: article(`title: T\ndate: 2018-01-24\naliases:\n${HOSTILE.map(([a]) => `  - ${a}`).join("\n")}`),
      [OTHER]: article("title: O\ndate: 2018-01-25"),
    });
    expect(lines).toHaveLength(HOSTILE.length);
    HOSTILE.forEach(([alias, message], i) => {
      const prefix = `${MOVED}:${i + 5}: aliases[${i}]: `;
      const line = lines.find((l) => l.startsWith(prefix));
      expect(line, alias).toBeDefined();
      expect(line!.slice(prefix.length), alias).toMatch(message);
    });
  });

  it("that claims another article's old address is refused in the later file, naming the earlier", () => {
    expect(
      checkLines({
        [MOVED]: article("title: T\ndate: 2018-01-24\naliases: [/2018/01/23/old/]"),
        [OTHER]: article("title: O\ndate: 2018-01-25\naliases: [/2018/01/23/old]"),
      }),
    ).toEqual([`${OTHER}:4: aliases[0]: /2018/01/23/old/ is already an alias of ${MOVED} (line 4); an old address can send visitors to one article only`]);
  });
});
