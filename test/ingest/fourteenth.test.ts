/**
 * The rules the fourteenth held-out group of import cases led to (issue 13; BENCHMARKS.md,
 * "The fourteenth held-out group"): a story reposted on social and community platforms, and local
 * TV stations' sites on station groups' CMSs.
 */
import { describe, expect, it } from "vitest";
import { buildArticle } from "../../src/ingest/article.ts";
import { parseBatch } from "../../src/ingest/batch.ts";
import { chromeReason } from "../../src/ingest/chrome.ts";
import { datesOfLine } from "../../src/ingest/dates.ts";
import { scoreCase } from "../../src/ingest/eval/score.ts";
import { bylineNames, creditLine, parseText, splitCaption, toBlocks, withoutKicker } from "../../src/ingest/text.ts";
import { fixtureIndex, page, WATER_SAVED as LATER, WATERING_HEADLINE as HEADLINE, WATERING_VOTE as STORY } from "../helpers/ingest.ts";

describe("a story reposted on social platforms", () => {
  it("takes a thread's marker and a self-post's subreddit off the headline", () => {
    expect(withoutKicker(`${HEADLINE} 🧵`)).toBe(HEADLINE);
    expect(withoutKicker(`${HEADLINE} A thread 🧵👇`)).toBe(HEADLINE);
    expect(withoutKicker(`${HEADLINE} (self.Albuquerque)`)).toBe(HEADLINE);
    expect(withoutKicker("Why the thread matters")).toBe("Why the thread matters");
  });

  it("takes no note in lower case for the headline, and removes the platforms' furniture", () => {
    expect(page("saw this in the Times this morning, pasting it here", "", HEADLINE, "", "By Ann Lee", "", "January 29, 2020", "", STORY).title).toBe(HEADLINE);
    for (const line of ["See new Tweets", "jump to content", "[Forwarded from The Valley Times]", "submitted 4 years ago by coloradogirl22", "189 comments share save hide report crosspost", "This is an archived post. You won't be able to vote or comment.", "2 Weather Alerts", "KMSA 9 Good Morning at 6AM"]) {
      expect(chromeReason(line), line).toBeDefined();
    }
    expect(chromeReason("See new rules at the library.")).toBeUndefined();
  });
});

describe("local TV stations' sites", () => {
  it("takes 'Posted By: Web Staff' for no person and no headline", () => {
    expect(bylineNames("Posted By: Web Staff")).toEqual([]);
    expect(page("2 Weather Alerts", "", HEADLINE, "", "Posted By: Web Staff", "", "Posted: Jan 29, 2020 / 05:32 PM MST", "", STORY).title).toBe(HEADLINE);
  });
});

describe("a Spanish-language network's English page, and a chat app's message header", () => {
  it("reads Spanish date labels and months, and the names after 'Por' parted by 'y'", () => {
    expect(datesOfLine("Por Lucía Ortega y José Luis Herrera • Publicado el 28 de enero de 2019 • Actualizado el 28 de enero de 2019 a las 2:48 pm")).toEqual({
      dates: [
        { date: "2019-01-28", role: "published" },
        { date: "2019-01-28", role: "updated", time: "14:48" },
      ],
      byline: "Lucía Ortega and José Luis Herrera",
    });
    expect(bylineNames("Por Lucía Ortega y José Luis Herrera")).toEqual(["Lucía Ortega", "José Luis Herrera"]);
    // Without "Por", "y" parts no names (a name's own "y" is not read whole yet: "José Ortega").
    expect(bylineNames("By José Ortega y Gasset")).toHaveLength(1);
  });

  it("reads the time in a chat app's message header, a day-first one as its day proves", () => {
    expect(datesOfLine("Valley News Now, [29.01.2020 17:32]")?.dates).toEqual([{ date: "2020-01-29", role: "published", time: "17:32" }]);
  });
});

describe("a chat app's channel, as its desktop client copies it", () => {
  const channel = [
    "Valley News Now, [1/9/2019 2:44 PM]",
    "⚡️ Hospital adds beds as flu cases climb",
    "",
    "https://t.me/valleynewsnow/4617",
    "",
    "Valley News Now, [1/9/2019 3:44 PM]",
    `❗️ ${HEADLINE}`,
    "✍️ Ann Lee",
    "",
    STORY,
    "",
    "Valley News Now, [1/9/2019 3:45 PM]",
    "[ Photo ]",
    "Water levels at the reservoir on Tuesday",
    "Photo: Bob Stone/Valley Times",
    "",
    "Valley News Now, [1/9/2019 3:46 PM]",
    "",
    LATER,
    "",
    "Valley News Now, [1/9/2019 4:44 PM]",
    "⚡️ Fire crews contain brush fire near the interstate",
  ];

  it("reads the longest message and its parts sent minutes apart as the story, and the other messages as none of it", () => {
    const parsed = page(...channel);
    expect(parsed.title).toBe(HEADLINE);
    expect(parsed.byline).toEqual(["Ann Lee"]);
    const removed = parsed.removed.map((r) => r.text);
    expect(removed).toContain("⚡️ Hospital adds beds as flu cases climb");
    expect(removed).toContain("⚡️ Fire crews contain brush fire near the interstate");
    expect(removed).toContain("Valley News Now, [1/9/2019 3:46 PM]");
    expect(parsed.removed.find((r) => r.text.startsWith("⚡️ Fire"))?.reason).toMatch(/another message/);
    const text = parsed.body.flatMap((b) => (b.kind === "paragraph" ? [b.text] : []));
    expect(text).toEqual([STORY, LATER]);
    expect(parsed.body.find((b) => b.kind === "figure")).toMatchObject({ figure: { caption: "Water levels at the reservoir on Tuesday" } });
  });

  it("reads each separator's numeric dates in the order that separator's dates prove, when a batch proves both", () => {
    const dotted = ["Valley News Now, [23.01.2019 13:25]", "⚡️ Snow expected by Thursday", "", "Valley News Now, [23.01.2019 14:25]", HEADLINE, "", STORY, "", "Valley News Now, [23.01.2019 15:25]", "⚡️ School board delays vote"];
    const slashed = (day: string) => [`Front Range Headlines, [${day} 5:55 PM]`, "⚡️ Water main break closes Main Street", "", `Front Range Headlines, [${day} 6:55 PM]`, HEADLINE, "", STORY, "", `Front Range Headlines, [${day} 7:55 PM]`, "⚡️ Bakery marks 50 years"];
    const docs = [dotted, slashed("3/25/2019"), slashed("3/5/2019"), ["Valley News Now, [09.01.2019 13:25]", "⚡️ Snow expected", "", "Valley News Now, [09.01.2019 14:25]", HEADLINE, "", STORY, "", "Valley News Now, [09.01.2019 15:25]", "⚡️ Vote delayed"]];
    const parsed = parseBatch(docs.map((lines, i) => ({ origin: `${i}.txt`, raw: lines.join("\n") })));
    expect(parsed.map((p) => p.date?.slice(0, 10))).toEqual(["2019-01-23", "2019-03-25", "2019-03-05", "2019-01-09"]);
  });

  it("takes 'Author: Ann Lee' below the story's last sentence for the byline", () => {
    const parsed = page(HEADLINE, "", "January 29, 2020", "", STORY, "", LATER, "", STORY, "", LATER, "", "Author: Ann Lee");
    expect(parsed.byline).toEqual(["Ann Lee"]);
    expect(parsed.body.flatMap((b) => (b.kind === "paragraph" ? [b.text] : []))).toEqual([STORY, LATER, STORY, LATER]);
  });
});

describe("a thread on a social platform", () => {
  const post = (name: string, handle: string, text: string) => [name, handle, "·", "Jan 29, 2020", "", text, "", "29", "146", ""];
  it("removes each post's author, handle, dot and date, and another account's reply, and reads the first post's author as the byline", () => {
    const parsed = page(
      "Thread", "", "Ann Lee | Valley Times", "@annlee_vt", "", `🧵 ${HEADLINE}`, "", "5:32 PM · Jan 29, 2020·Twitter for iPhone", "", "364 Retweets", "",
      ...post("Ann Lee | Valley Times", "@annlee_vt", `${STORY} 2/3`),
      ...post("Ann Lee | Valley Times", "@annlee_vt", `${LATER} 3/3`),
      "Bob Stone", "@bobstone59", "·", "Jan 30, 2020", "Replying to @annlee_vt", "Thanks for posting this.",
    );
    expect(parsed.title).toBe(HEADLINE);
    expect(parsed.byline).toEqual(["Ann Lee"]);
    expect(parsed.date?.slice(0, 10)).toBe("2020-01-29");
    const removed = parsed.removed.map((r) => r.text);
    for (const line of ["@annlee_vt", "@bobstone59", "Jan 30, 2020", "Replying to @annlee_vt", "Bob Stone"]) expect(removed, line).toContain(line);
    // Another account's reply is its writer's words, not the story's: removed, and listed.
    expect(parsed.removed.find((r) => r.text === "Thanks for posting this.")?.reason).toMatch(/reply in the thread/);
  });

  it("reads a post's date with the app it was sent from after it", () => {
    expect(datesOfLine("10:05 AM · Dec 7, 2019·Twitter for iPhone")?.dates[0]?.date).toBe("2019-12-07");
    expect(datesOfLine("3:12 PM · Jan 15, 2019 · TweetDeck")?.dates[0]?.date).toBe("2019-01-15");
  });
});

describe("a forum's self-post and a neighbourhood app's post", () => {
  it("takes a common flair off an old forum title, a wire's name after a reporter's off the byline, and a reposter's notes and the forum's words out", () => {
    expect(withoutKicker(`${HEADLINE} Local News (self.Tucson)`)).toBe(HEADLINE);
    expect(withoutKicker("Why the valley needs more news (self.Tucson)")).toBe("Why the valley needs more news");
    expect(bylineNames("By GRACE MENSAH Associated Press")).toEqual(["GRACE MENSAH"]);
    expect(bylineNames("Ann Lee The Canadian Press")).toEqual(["Ann Lee"]);
    for (const line of ["Posting the full text because the site is unreadable on mobile.", "Paywalled, so here's the text:", "For those without a subscription, article below.", "Edit: added the link", "From today's Valley Times. Pasting the text since it's paywalled.", "permalink embed save report reply", "Reddit for Android", "Capitol Hill · 2d", "Harvard Gulch · Jan 29", "Deb (she/her) — 10/5/19, 6:07 PM", "mesa_mike — Today at 5:32 PM", "Edited"]) {
      expect(chromeReason(line), line).toBeDefined();
    }
    // A story's own sentence about a text is none of them.
    expect(chromeReason("The full text of the ruling is posted on the court's website.")).toBeUndefined();
  });

  it("reads what follows a forum's comment sorting as readers' comments", () => {
    const parsed = page(HEADLINE, "", "By Ann Lee", "", "January 29, 2020", "", STORY, "", "sorted by: best", "", "hikerdude84", "Does anyone know when the next public meeting is?");
    expect(parsed.body.flatMap((b) => (b.kind === "paragraph" ? [b.text] : []))).toEqual([STORY]);
    expect(parsed.removed.find((r) => r.text.startsWith("Does anyone"))?.reason).toMatch(/comment/);
  });

  it("takes names with their role at the paper, and no 'By', for the byline", () => {
    const parsed = page("Ryan Lee", "Riverside · Dec 16", "", HEADLINE, "", "Ann Lee and Bob Stone, Valley Times Staff Writers", "", "Published 12:50 p.m. MST Dec. 16, 2019", "", STORY);
    expect(parsed.title).toBe(HEADLINE);
    expect(parsed.byline).toEqual(["Ann Lee", "Bob Stone"]);
  });
});

describe("local TV stations' photos, footers and tickers", () => {
  it("reads '(Source: KXYZ)' after a caption, 'Foto:' and a station's channel as credits", () => {
    expect(splitCaption("Crews at the reservoir on Tuesday (Source: KXYZ)")).toEqual({ caption: "Crews at the reservoir on Tuesday", credit: "Source: KXYZ" });
    // A sentence that names its source in parentheses is no caption.
    expect(splitCaption("The reservoir fell 4 feet in a year (Source: Valley Water District). Crews said so.")).toBeUndefined();
    expect(creditLine("Foto: Ann Lee")).toBe("Foto: Ann Lee");
    expect(creditLine("Ann Lee/Telemundo Valle 33")).toBe("Ann Lee/Telemundo Valle 33");
    expect(creditLine("Colorado Springs/El Paso County")).toBeUndefined();
  });

  it("removes a station's postal address, its public file's contact and a related link in Spanish", () => {
    for (const line of ["1010 W. Main St.", "Boise, ID 83702", "2200 7th Ave.", "631 SW Commerce Pl., Topeka, KS 66615", "publicfile@kxyz.example - (208) 555-0107", "Lee también: Alerta por tormenta invernal en el valle"]) {
      expect(chromeReason(line), line).toBeDefined();
    }
    expect(chromeReason("2200 7th Ave. was closed after the crash.")).toBeUndefined();
    expect(chromeReason("Denver, CO")).toBeUndefined();
  });

  it("takes no ticker's last item for the headline over a dek, with the newscasts' menu between them", () => {
    const parsed = page("Closings & Delays", "18 Closings", "Cedar Falls Schools - Remote Learning", "St. Mary's Academy - 2 Hour Delay", "", "Latest Newscasts", "KXYZ 7 News at 6PM", "KXYZ 7 News at 10PM", "", "Gunman opens fire in El Paso superstore; more than 20 dead", "", "By Ann Lee", "", "Published: Aug. 8, 2019 at 4:10 PM MDT", "", STORY);
    expect(parsed.title).toBe("Gunman opens fire in El Paso superstore; more than 20 dead");
  });

  it("lists no line of a caption joined from wrapped lines as unplaced", () => {
    const raw = [HEADLINE, "", "By Ann Lee", "", "January 29, 2020", "", STORY, "", "File photo of the reservoir near the dam at sunset, Cedar Hollow", "Daniel Raman and the Valley Times photo desk", "", LATER].join("\n");
    const imported = buildArticle({ origin: "x.txt", blocks: toBlocks(raw) }, fixtureIndex(), {});
    expect(imported.warnings.filter((w) => w.includes("not placed"))).toEqual([]);
  });
});

describe("the score", () => {
  it("takes a credit with its 'Photo:' label for the credit without it, and a credit worded otherwise for another", () => {
    const raw = (credit: string) => [HEADLINE, "", "By Ann Lee", "", "January 29, 2020", "", STORY, "", `Water levels at the reservoir (${credit})`, "", LATER].join("\n");
    const expected = { style: "x", title: HEADLINE, date: "2020-01-29", byline: ["Ann Lee"], figures: [{ caption: "Water levels at the reservoir", credit: "Bob Stone" }], story: [STORY, LATER], chrome: [] };
    const scored = (credit: string) => scoreCase({ name: "x", raw: raw(credit), expected }, parseText(toBlocks(raw(credit)))).figuresRight;
    expect(scored("Photo: Bob Stone")).toBe(1);
    expect(scored("Photo by Bob Stone")).toBe(0);
  });
});
