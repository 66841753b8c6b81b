/** Reading built HTML the way a person sees it. */
import { readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { JSDOM } from "jsdom";

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
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) out.push(...htmlFiles(path));
    else if (name.endsWith(".html")) out.push(path);
  }
  return out;
}
