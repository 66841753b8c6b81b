/**
 * Issue 9, part 7: figures and images stay on the site. Each case is a file a pull request
 * could add; validation refuses it with its file, line and field, and the build copies only
 * raster images from the media folder.
 */
import { existsSync, mkdirSync, readFileSync, symlinkSync } from "node:fs";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { readArchive } from "../../src/archive.ts";
import { renderBody } from "../../src/content/markdown.ts";
import { sniffImage } from "../../src/content/media.ts";
import { formatProblem, sortProblems, type Problem } from "../../src/content/problems.ts";
import { article, makeArchive, page, removeArchive, useBuiltArchive, writeFile } from "../helpers/fixture.ts";
import { dom } from "../helpers/html.ts";

/** A 1×1 PNG. */
const PNG = Buffer.from("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==", "base64");
const JPEG = Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 0x10, ...Buffer.from("JFIF\0")]);
const GIF = Buffer.from("GIF89a\x01\x00\x01\x00\x00\x00\x00;", "latin1");
const WEBP = Buffer.concat([Buffer.from("RIFF"), Buffer.from([26, 0, 0, 0]), Buffer.from("WEBPVP8L"), Buffer.alloc(14)]);
const AVIF = Buffer.concat([Buffer.from([0, 0, 0, 0x1c]), Buffer.from("ftypavif"), Buffer.alloc(4), Buffer.from("avifmif1miaf")]);
const HTML = "<!doctype html><script>alert(document.domain)</script>";
const SVG = '<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"><script>alert(2)</script></svg>';

const REGISTRY = { "_data/topics/budget.yaml": "name: Budget\n" };
const FRONT = "title: T\ndate: 2020-05-01";
// In the files below, front matter is lines 1 to 4; the body starts on line 5.
const figureArticle = (src: string) => article(FRONT, `Text.\n\n\`\`\`figure\ncaption: A photo\nsrc: ${JSON.stringify(src)}\n\`\`\`\n`);
const FIGURE_SRC_LINE = 9;
const imageArticle = (src: string) => article(FRONT, `First line of the paragraph\nand ![a photo](${src}) on the second.\n`);
const IMAGE_LINE = 6;

let roots: string[] = [];
afterEach(() => {
  roots.forEach(removeArchive);
  roots = [];
});

function archiveOf(files: Record<string, string | Uint8Array>, then?: (root: string) => void): Problem[] {
  const root = makeArchive({ ...REGISTRY, ...files });
  roots.push(root);
  then?.(root);
  return readArchive(root).problems;
}

/** Every address a pull request might try instead of a file in the media folder. */
const HOSTILE_SOURCES: Record<string, [src: string, message: RegExp]> = {
  "protocol-relative": ["//evil.example/x.jpg", /points to another host/],
  backslash: ["/\\evil.example/x.jpg", /backslash/],
  climbing: ["../../etc/passwd", /may not leave the media folder/],
  "climbing-from-media": ["media/../../etc/passwd.jpg", /may not leave the media folder/],
  https: ["https://evil.example/x.jpg", /may not come from another site/],
  http: ["HTTP://evil.example/x.jpg", /may not come from another site/],
  javascript: ["javascript:alert(1)", /"javascript:" is not an image address/],
  data: ["data:image/png;base64,iVBORw0KGgo=", /data: address/],
  "other-scheme": ["file:///etc/passwd", /"file:" is not an image address/],
  "root-relative": ["/media/2020/ok.png", /without a leading \//],
  "outside-media": ["assets/favicon.svg", /a file in the media folder/],
  "svg-in-media": ["media/2020/logo.svg", /only JPEG, PNG, WebP, AVIF or GIF/],
  missing: ["media/2020/missing.png", /media\/2020\/missing\.png is not in the media folder; did you mean media\/2020\/ok\.png\?/],
};

describe("a figure's src and a Markdown image must name a file in the media folder", () => {
  for (const [name, [src, message]] of Object.entries(HOSTILE_SOURCES)) {
    it(`refuses ${name} (${src}) as a figure src and as a Markdown image, naming file, line and field`, () => {
      const figureFile = `articles/2020/2020-05-01-figure-${name}.md`;
      const imageFile = `articles/2020/2020-05-01-image-${name}.md`;
      const problems = archiveOf({ "media/2020/ok.png": PNG, [figureFile]: figureArticle(src), [imageFile]: imageArticle(src) });
      expect(problems).toEqual([
        { file: figureFile, line: FIGURE_SRC_LINE, field: "figure.src", message: expect.stringMatching(message) },
        { file: imageFile, line: IMAGE_LINE, field: "image", message: expect.stringMatching(message) },
      ]);
    });
  }

  it("reports every refused image of an archive in one run, as path:line: field: message", () => {
    const files: Record<string, string | Uint8Array> = { "media/2020/ok.png": PNG };
    for (const [name, [src]] of Object.entries(HOSTILE_SOURCES)) files[`articles/2020/2020-05-01-image-${name}.md`] = imageArticle(src);
    const report = archiveOf(files).map(formatProblem);
    expect(report).toHaveLength(Object.keys(HOSTILE_SOURCES).length);
    for (const line of report) expect(line).toMatch(/^articles\/2020\/2020-05-01-image-[a-z-]+\.md:6: image: ./);
  });

  it("accepts a figure and a Markdown image that name files in the media folder", () => {
    const problems = archiveOf({
      "media/2020/ok.png": PNG,
      "articles/2020/2020-05-01-figure.md": figureArticle("media/2020/ok.png"),
      "articles/2020/2020-05-01-image.md": imageArticle("media/2020/ok.png"),
    });
    expect(problems).toEqual([]);
  });

  it("names the line of an image within a long paragraph, a list or a table", () => {
    const body = "One\ntwo\n![x](https://a.example/1.jpg)\n\n- item\n- ![y](//b.example/2.jpg)\n\n| a |\n| - |\n| ![z](javascript:x) |\n";
    const problems = archiveOf({ "articles/2020/2020-05-01-lines.md": article(FRONT, body) });
    expect(problems.map((p) => `${p.line} ${p.field}`)).toEqual(["7 image", "10 image", "14 image"]);
  });
});

describe("the media folder holds only raster images", () => {
  it("accepts JPEG, PNG, WebP, AVIF and GIF files, recognised by their first bytes", () => {
    expect([JPEG, PNG, WEBP, AVIF, GIF].map((b) => sniffImage(b))).toEqual(["JPEG", "PNG", "WebP", "AVIF", "GIF"]);
    const problems = archiveOf({
      "media/a.jpg": JPEG,
      "media/b.jpeg": JPEG,
      "media/c.png": PNG,
      "media/d.webp": WEBP,
      "media/e.avif": AVIF,
      "media/f.GIF": GIF,
    });
    expect(problems).toEqual([]);
  });

  it("refuses SVG, HTML, an HTML file renamed .jpg, a PNG named .gif, a template and a hidden file", () => {
    const problems = archiveOf({
      "media/evil.svg": SVG,
      "media/page.html": HTML,
      "media/fake.jpg": HTML,
      "media/fake-svg.png": SVG,
      "media/mislabelled.gif": PNG,
      "media/x.njk": "{{ 7 * 7 }}",
      "media/.hidden.png": PNG,
      "media/noextension": PNG,
    });
    expect(problems.map(formatProblem)).toEqual([
      "media/.hidden.png:1: -: a name in the media folder is made of letters, digits, dots, hyphens and underscores, and does not start with a dot",
      "media/evil.svg:1: -: only JPEG, PNG, WebP, AVIF or GIF (.jpg, .jpeg, .png, .webp, .avif, .gif) images may be in the media folder; not SVG, HTML or anything else",
      "media/fake-svg.png:1: -: the file's name says PNG but its contents are not an image this archive accepts",
      "media/fake.jpg:1: -: the file's name says JPEG but its contents are not an image this archive accepts",
      "media/mislabelled.gif:1: -: the file's name says GIF but its contents are PNG",
      "media/noextension:1: -: only JPEG, PNG, WebP, AVIF or GIF (.jpg, .jpeg, .png, .webp, .avif, .gif) images may be in the media folder; not SVG, HTML or anything else",
      "media/page.html:1: -: only JPEG, PNG, WebP, AVIF or GIF (.jpg, .jpeg, .png, .webp, .avif, .gif) images may be in the media folder; not SVG, HTML or anything else",
      "media/x.njk:1: -: only JPEG, PNG, WebP, AVIF or GIF (.jpg, .jpeg, .png, .webp, .avif, .gif) images may be in the media folder; not SVG, HTML or anything else",
    ]);
  });

  it("refuses symbolic links, to files and to folders, without following them", () => {
    const problems = archiveOf({ "media/2020/ok.png": PNG, "articles/2020/2020-05-01-linked.md": imageArticle("media/2020/passwd.jpg") }, (root) => {
      symlinkSync("/etc/passwd", join(root, "media/2020/passwd.jpg"));
      symlinkSync(join(root, "media/2020/ok.png"), join(root, "media/2020/copy.png"));
      symlinkSync("/etc", join(root, "media/etc"));
      symlinkSync(join(root, "nowhere"), join(root, "media/dangling.png"));
    });
    expect(sortProblems(problems).map(formatProblem)).toEqual([
      "articles/2020/2020-05-01-linked.md:6: image: media/2020/passwd.jpg is not in the media folder; did you mean media/2020/ok.png?",
      expect.stringMatching(/^media\/2020\/copy\.png:1: -: symbolic links are not allowed/),
      expect.stringMatching(/^media\/2020\/passwd\.jpg:1: -: symbolic links are not allowed/),
      expect.stringMatching(/^media\/dangling\.png:1: -: symbolic links are not allowed/),
      expect.stringMatching(/^media\/etc:1: -: symbolic links are not allowed/),
    ]);
  });

  it("refuses a media folder that is itself a symbolic link", () => {
    const problems = archiveOf({}, (root) => {
      mkdirSync(join(root, "elsewhere"));
      writeFile(root, "elsewhere/a.png", PNG);
      symlinkSync(join(root, "elsewhere"), join(root, "media"));
    });
    expect(problems.map(formatProblem)).toEqual([expect.stringMatching(/^media:1: -: symbolic links are not allowed/)]);
  });
});

describe("links and images in article bodies", () => {
  const env = { url: (path: string) => `/archive${path}` };

  it("renders an image from the media folder with the path prefix", () => {
    expect(renderBody("![The chamber](media/2020/ok.png)", env)).toBe(
      '<p><img src="/archive/media/2020/ok.png" alt="The chamber" loading="lazy" decoding="async"></p>\n',
    );
  });

  it("shows any other image as its alt text, should one get past validation", () => {
    for (const src of ["https://evil.example/x.jpg", "//evil.example/x.jpg", "../x.png", "media/a.svg"]) {
      expect(renderBody(`![alt text](${src})`, env)).toBe("<p>alt text</p>\n");
    }
    // markdown-it's link rules, which here refuse data: too, leave these as the text written.
    for (const src of ["data:image/png;base64,iVBORw0KGgo=", "javascript:alert(1)"]) {
      expect(renderBody(`![alt text](${src})`, env)).toBe(`<p>![alt text](${src})</p>\n`);
    }
  });

  it("marks links to other hosts nofollow ugc noopener, and leaves the site's own links alone", () => {
    const html = renderBody("[a](https://news.example/x) [b](//cdn.example/y) [c](/people/ada/) [d](http://old.example/)", env);
    const links = [...dom(html).querySelectorAll("a")].map((a) => [a.getAttribute("href"), a.getAttribute("rel")]);
    expect(links).toEqual([
      ["https://news.example/x", "nofollow ugc noopener"],
      ["//cdn.example/y", "nofollow ugc noopener"],
      ["/archive/people/ada/", null],
      ["http://old.example/", "nofollow ugc noopener"],
    ]);
  });

  it("keeps markdown-it's safe-link rules, and refuses data: links too", () => {
    const html = renderBody("[a](javascript:alert(1)) [b](vbscript:x) [c](file:///etc/passwd) [d](data:image/png;base64,iVBORw0KGgo=) [e](data:text/html,x)", env);
    expect(dom(html).querySelectorAll("a")).toHaveLength(0);
  });
});

describe("building an archive with media", () => {
  const fixture = useBuiltArchive({
    ...REGISTRY,
    "media/2020/council.png": PNG,
    "articles/2020/2020-05-01-council-meets.md": article(
      "title: Council meets\ndate: 2020-05-01",
      "The council met. ![The chamber](media/2020/council.png) See [the minutes](https://minutes.example/2020).\n\n```figure\ncaption: The council chamber\nsrc: media/2020/council.png\n```\n",
    ),
  });

  it("copies the media folder into the site and points every image into it", () => {
    const copied = join(fixture.site, "media/2020/council.png");
    expect(existsSync(copied) && readFileSync(copied).equals(PNG)).toBe(true);
    const doc = dom(page(fixture.site, "/2020/05/01/council-meets/"));
    const images = [...doc.querySelectorAll(".article__body img")].map((img) => img.getAttribute("src"));
    expect(images).toEqual(["/media/2020/council.png", "/media/2020/council.png"]);
  });

  it("gives an external link in the body rel=nofollow ugc noopener", () => {
    const doc = dom(page(fixture.site, "/2020/05/01/council-meets/"));
    expect(doc.querySelector('.article__body a[href="https://minutes.example/2020"]')?.getAttribute("rel")).toBe("nofollow ugc noopener");
  });
});
