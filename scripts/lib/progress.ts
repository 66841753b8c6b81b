/**
 * How `npm run build` shows a long build's progress (the events of `buildSite`'s `progress`
 * option, src/build.ts): on a terminal, one line redrawn in place with the stage, pages done of
 * the total and the time so far; in a CI log, one line per stage as it ends.
 */
import type { BuildProgress } from "../../src/build.ts";

type StageEnd = Extract<BuildProgress, { type: "end" }>;
type PartStart = Extract<BuildProgress, { type: "part" }>;

const n = (count: number) => count.toLocaleString("en-US");
const counted = (count: number, noun: string) => `${n(count)} ${noun}${count === 1 ? "" : "s"}`;
const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

/**
 * The line a stage ends with.
 * @example stageLine({ type: "end", stage: "validate", ms: 2140, articles: 1000 }) // "validate: 1,000 articles in 2.1 s"
 */
export function stageLine(event: StageEnd): string {
  const what =
    event.stage === "validate" && event.articles !== undefined ? counted(event.articles, "article")
    : event.stage === "eleventy" && event.pages !== undefined ? `${counted(event.pages, "page")} written`
    : event.stage === "pagefind" && event.pages !== undefined ? `${counted(event.pages, "page")} indexed`
    : event.stage === "assemble" && event.files !== undefined ? `${counted(event.files, "file")} of the parts put in place`
    : event.stage === "reuse" && event.files !== undefined ? `${counted(event.files, "file")} of the previous build linked`
    : "done";
  return `${event.stage}: ${what} in ${seconds(event.ms)}`;
}

/**
 * The line that says which part of a build in parts this is.
 * @example partLine({ type: "part", part: 2, parts: 3, articles: 2, of: 6, years: ["2017", "2020"] }) // "part 2 of 3: 2 of 6 articles, from 2017 and 2020"
 */
export function partLine(event: PartStart): string {
  const years = event.years.length ? `from ${event.years.length > 1 ? `${event.years.slice(0, -1).join(", ")} and ` : ""}${event.years[event.years.length - 1]}` : "no year of the archive's";
  if (event.part === 0) return `assembling ${counted(event.parts, "part")}: ${counted(event.of, "article")}`;
  return `part ${event.part} of ${event.parts}: ${n(event.articles)} of ${counted(event.of, "article")}, ${years}`;
}

/** Writes one line per stage, for logs that are not a terminal (CI). */
export function lineProgress(write: (text: string) => void): (event: BuildProgress) => void {
  return (event) => {
    if (event.type === "end") write(`${stageLine(event)}\n`);
    else if (event.type === "part") write(`${partLine(event)}\n`);
  };
}

/**
 * Redraws one status line in place ("eleventy: 1,234 of 4,142 pages, 12.3 s") and leaves each
 * stage's closing line behind, as the CI renderer writes it.
 */
export function terminalProgress(stream: NodeJS.WriteStream): (event: BuildProgress) => void {
  let stage = "";
  let started = 0;
  let pages = "";
  let timer: NodeJS.Timeout | undefined;
  const draw = () => stream.write(`\r\x1b[K${stage}: ${pages ? `${pages}, ` : ""}${seconds(performance.now() - started)}`);
  return (event) => {
    if (event.type === "part") {
      stream.write(`\r\x1b[K${partLine(event)}\n`);
    } else if (event.type === "start") {
      stage = event.stage;
      started = performance.now();
      pages = "";
      draw();
      // Elapsed time keeps moving in stages that report nothing else (Pagefind's indexing).
      timer = setInterval(draw, 1000);
      timer.unref();
    } else if (event.type === "pages") {
      pages = `${n(event.done)} of ${n(event.total)} pages`;
      // Eleventy prints its own summary line after the last page: leave it a clean line.
      if (event.done === event.total) {
        clearInterval(timer);
        stream.write("\r\x1b[K");
      }
      else draw();
    } else {
      clearInterval(timer);
      stream.write(`\r\x1b[K${stageLine(event)}\n`);
    }
  };
}

/** The renderer for where stdout goes: redrawn on a terminal, line by line elsewhere. */
export function progressFor(stream: NodeJS.WriteStream): (event: BuildProgress) => void {
  return stream.isTTY ? terminalProgress(stream) : lineProgress((text) => stream.write(text));
}
