/** Reading built HTML the way a person sees it. */
import { JSDOM } from "jsdom";
import { walkFiles } from "../../src/files.ts";

export function dom(html: string): Document {
  return new JSDOM(html).window.document;
}

/** Visible text of the first element matching `selector`, whitespace folded. */
export function textOf(html: string, selector = "main"): string {
  return fold(dom(html).querySelector(selector)?.textContent ?? "");
}

export function fold(s: string): string {
  return s.replace(/\s+/g, " ").trim();
}

/** Every `.html` file under `dir`. */
export function htmlFiles(dir: string): string[] {
  return walkFiles(dir).filter((file) => file.endsWith(".html"));
}
