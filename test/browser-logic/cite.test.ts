import { describe, expect, it } from "vitest";
import { recordFromJsonLd } from "../../src/browser/cite/record.ts";
import { formatCitation } from "../../src/publish/cite-format.ts";

const LD = {
  "@type": "NewsArticle",
  url: "https://archive.example/2020/05/01/budget/",
  identifier: "2020-05-01-budget",
  headline: "Council passes budget",
  datePublished: "2020-05-01T21:30:00-06:00",
  dateline: "DENVER",
  isBasedOn: "https://news.example/budget",
  author: [{ name: "Paul D. López", givenName: "Paul D.", familyName: "López" }, { name: "Cher", familyName: "Cher" }],
  publisher: { name: "The Example News" },
};

describe("a citation from an article page's JSON-LD", () => {
  it("reads the original's address, the archive's copy, the day as written and the authors' name parts", () => {
    expect(recordFromJsonLd(LD, "2020-05-03")).toEqual({
      id: "2020-05-01-budget",
      title: "Council passes budget",
      ymd: "2020-05-01",
      names: [{ family: "López", given: "Paul D." }, { family: "Cher", given: "" }],
      container: "The Example News",
      url: "https://news.example/budget",
      archiveUrl: "https://archive.example/2020/05/01/budget/",
      hasSourceUrl: true,
      retrieved: "2020-05-03",
      dateline: "DENVER",
    });
  });

  it("cites the archive's copy when the original's address is not known", () => {
    const { isBasedOn: _, ...withoutSource } = LD;
    const record = recordFromJsonLd(withoutSource)!;
    expect(record).toMatchObject({ url: LD.url, hasSourceUrl: false });
    expect(formatCitation(record).bibtex).not.toContain("note = ");
    expect(formatCitation(recordFromJsonLd(LD, "2020-05-03")!).csl).toMatchObject({ accessed: { "date-parts": [[2020, 5, 3]] } });
  });

  it("gives nothing for JSON-LD that is not an article's", () => {
    expect(recordFromJsonLd({ "@type": "Person", url: "https://archive.example/people/x/" })).toBeUndefined();
    expect(recordFromJsonLd({ ...LD, headline: undefined })).toBeUndefined();
  });
});
