/**
 * Text is text: bytes that are not UTF-8, control characters and XML's forbidden characters are
 * refused with the file, line and field; a byte order mark and CRLF line ends are accepted.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { readArchive } from "../../src/archive.ts";
import { formatProblem } from "../../src/content/problems.ts";
import { invalidUtf8 } from "../../src/content/text.ts";
import { article, makeArchive, removeArchive } from "../helpers/fixture.ts";

const roots: string[] = [];
afterAll(() => roots.forEach(removeArchive));

const FILE = "articles/2020/2020-01-02-story.md";
const PERSON = "_data/people/ada-lovelace.yaml";

/** Problems `npm run check` prints for an archive of `files` (text or raw bytes). */
function check(files: Record<string, string | Buffer>): { ok: boolean; lines: string[] } {
  const root = makeArchive({});
  roots.push(root);
  for (const [path, content] of Object.entries(files)) {
    makeDirs(root, path);
    writeFileSync(join(root, path), content);
  }
  const { archive, problems } = readArchive(root);
  return { ok: !!archive, lines: problems.map(formatProblem) };
}

function makeDirs(root: string, path: string) {
  mkdirSync(join(root, path, ".."), { recursive: true });
}

describe("a file that is not UTF-8", () => {
  it("is refused with its line and byte offset, never read with the bytes replaced", () => {
    const text = article("title: Story\ndate: 2020-01-02", "First line.\nCaf\xe9 au lait.\n");
    const bytes = Buffer.from(text, "latin1");
    const offset = bytes.indexOf(0xe9);
    const { ok, lines } = check({ [FILE]: bytes });
    expect(ok).toBe(false);
    expect(lines).toEqual([`${FILE}:6: -: not UTF-8: byte ${offset} (0xe9) does not begin a valid UTF-8 character; save the file as UTF-8`]);
  });

  it("is refused in a registry file too", () => {
    const { lines } = check({ [PERSON]: Buffer.concat([Buffer.from("name: Ada Lovelace\nsummary: "), Buffer.from([0xc3, 0x28]), Buffer.from("\n")]) });
    expect(lines).toEqual([expect.stringMatching(new RegExp(`^${PERSON}:2: -: not UTF-8: byte 28 \\(0xc3\\)`))]);
  });

  it("finds overlong forms, surrogates and truncated sequences", () => {
    expect(invalidUtf8(Uint8Array.of(0xc0, 0xaf))).toEqual([0, 1]);
    expect(invalidUtf8(Uint8Array.of(0xed, 0xa0, 0x80))).toEqual([0, 1, 2]);
    expect(invalidUtf8(Uint8Array.of(0x61, 0xe2, 0x82))).toEqual([1, 2]);
    expect(invalidUtf8(Buffer.from("Café — “quoted” 😀"))).toEqual([]);
  });
});

describe("characters text may not hold", () => {
  it("refuses a control character in the body, naming the line and column", () => {
    const { ok, lines } = check({ [FILE]: article("title: Story\ndate: 2020-01-02", "Fine.\nA form\ffeed.\n") });
    expect(ok).toBe(false);
    expect(lines).toEqual([`${FILE}:6: body: holds U+000C (form feed) at column 7, which text may not contain`]);
  });

  it("refuses one written as a YAML escape, naming the field", () => {
    const { lines } = check({ [FILE]: article('title: "Bad \\x1b[31m title"\ndate: 2020-01-02') });
    expect(lines).toEqual([`${FILE}:2: title: holds U+001B (escape), which text may not contain`]);
  });

  it("refuses XML's forbidden non-characters and C1 controls in registries and figures", () => {
    const { lines } = check({
      [PERSON]: 'name: "Ada \\uFFFE Lovelace"\n',
      [FILE]: article("title: Story\ndate: 2020-01-02", 'Text.\n\n```figure\ncaption: "A \\x85 caption"\n```\n'),
    });
    expect(lines).toEqual([
      `${PERSON}:1: name: holds U+FFFE (a non-character), which text may not contain`,
      `${FILE}:8: figure.caption: holds U+0085 (a control character), which text may not contain`,
    ]);
  });

  it("refuses a lone carriage return", () => {
    const { lines } = check({ [FILE]: article("title: Story\ndate: 2020-01-02", "One\rtwo.\n") });
    expect(lines).toEqual([`${FILE}:5: body: holds U+000D (carriage return) at column 4, which text may not contain`]);
  });
});

describe("what editors write", () => {
  it("accepts a byte order mark and CRLF line ends, and reads the same article as without them", () => {
    const lf = article("title: Story\ndate: 2020-01-02\nsummary: Tabs\tare fine.", "Para one.\n\nPara two.\n");
    const crlf = `\uFEFF${lf.replaceAll("\n", "\r\n")}`;
    const root = makeArchive({ [FILE]: crlf });
    roots.push(root);
    const { archive, problems } = readArchive(root);
    expect(problems).toEqual([]);
    const a = archive!.articles[0]!;
    expect(a.title).toBe("Story");
    expect(a.summary).toBe("Tabs\tare fine.");
    expect(a.body).toBe("Para one.\n\nPara two.\n");
  });
});
