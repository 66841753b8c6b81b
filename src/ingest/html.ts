/**
 * Saved news pages: the article is found with Mozilla's Readability (the library behind
 * Firefox's Reader View) on a jsdom document, then turned into the same blocks plain text
 * makes, so chrome removal, bylines, datelines and figures work alike for both.
 * https://github.com/mozilla/readability#api-reference
 */
import { Readability } from "@mozilla/readability";
import { JSDOM, VirtualConsole } from "jsdom";
import { normaliseDate } from "./dates.ts";
import { photographerOf, splitCaption, type Block, type FigureDraft, type SourceLine } from "./text.ts";

export interface HtmlArticle {
  title?: string;
  byline?: string;
  /** the publication date the page's metadata gives */
  date?: string;
  siteName?: string;
  /** the page's canonical address */
  url?: string;
  blocks: Block[];
}

const BLOCK_TAGS = new Set(["P", "H1", "H2", "H3", "H4", "H5", "H6", "LI", "BLOCKQUOTE", "PRE", "DT", "DD", "FIGCAPTION", "TD", "TH", "CAPTION"]);
const SKIP_TAGS = new Set(["SCRIPT", "STYLE", "NOSCRIPT", "TEMPLATE", "SVG", "BUTTON", "FORM", "INPUT", "SELECT", "TEXTAREA", "IFRAME", "NAV", "ASIDE", "FOOTER", "HEADER"]);
const CREDIT_CLASS = /credit|copyright|byline|source|attribution|photographer/i;

const meta = (doc: Document, ...selectors: string[]) => {
  for (const s of selectors) {
    const el = doc.querySelector(s);
    const value = el?.getAttribute("content") ?? el?.getAttribute("datetime") ?? el?.getAttribute("href");
    if (value?.trim()) return value.trim();
  }
  return undefined;
};

/**
 * Extracts the article from a saved page.
 * @example extractHtml("<title>T</title><article><p>Words.</p></article>").blocks.length // 1
 */
export function extractHtml(html: string, pageUrl?: string): HtmlArticle {
  // Pages carry CSS and scripts jsdom cannot or must not run: keep its complaints quiet.
  const dom = new JSDOM(html, { url: pageUrl ?? "https://example.invalid/", virtualConsole: new VirtualConsole() });
  const doc = dom.window.document;
  const url = meta(doc, 'link[rel="canonical"]', 'meta[property="og:url"]') ?? pageUrl;
  const published = meta(doc, 'meta[property="article:published_time"]', 'meta[itemprop="datePublished"]', 'meta[name="date"]', "time[datetime]");

  const parsed = new Readability<Node>(doc.cloneNode(true) as Document, {
    charThreshold: 100,
    // Classes tell a caption's credit from the caption itself.
    keepClasses: true,
    serializer: (node) => node,
  }).parse();
  const root = (parsed?.content as Element | null | undefined) ?? doc.body;
  const lines = { n: 0 };
  const blocks: Block[] = [];
  walk(root, blocks, lines);

  const title = clean(parsed?.title ?? doc.title) || undefined;
  return {
    title,
    byline: clean(parsed?.byline ?? "") || undefined,
    date: normaliseDate(published ?? parsed?.publishedTime ?? "") ?? undefined,
    siteName: clean(parsed?.siteName ?? "") || undefined,
    url: url && /^https?:\/\//.test(url) && !url.startsWith("https://example.invalid") ? url : undefined,
    blocks,
  };
}

/** Text with HTML's insignificant white space collapsed. */
function clean(text: string): string {
  return text.replace(/\u00a0/g, " ").replace(/\s+/g, " ").trim();
}

function walk(node: Node, blocks: Block[], lines: { n: number }): void {
  for (const child of [...node.childNodes]) {
    if (child.nodeType === 3) {
      // Loose text directly inside a container is a paragraph of its own.
      const text = clean(child.textContent ?? "");
      if (text) blocks.push({ kind: "lines", lines: [{ text, line: ++lines.n }] });
      continue;
    }
    if (child.nodeType !== 1) continue;
    const el = child as Element;
    if (SKIP_TAGS.has(el.tagName) || el.getAttribute("hidden") !== null || el.getAttribute("aria-hidden") === "true") continue;
    if (el.tagName === "FIGURE") {
      const figure = figureOf(el);
      if (figure) blocks.push({ kind: "figure", figure, line: ++lines.n });
      continue;
    }
    if (BLOCK_TAGS.has(el.tagName) && !el.querySelector("p, figure, li, blockquote p")) {
      const text = linesOf(el, lines);
      if (text.length) blocks.push({ kind: "lines", lines: text });
      continue;
    }
    walk(el, blocks, lines);
  }
}

/** An element's text, split at `<br>`s into lines. */
function linesOf(el: Element, lines: { n: number }): SourceLine[] {
  const copy = el.cloneNode(true) as Element;
  for (const br of [...copy.querySelectorAll("br")]) br.replaceWith("\n");
  return (copy.textContent ?? "")
    .split("\n")
    .map(clean)
    .filter(Boolean)
    .map((text) => ({ text, line: ++lines.n }));
}

/** "Volunteers set up cots. Photo by Jane Roe/Daily": a credit written as the caption's last sentence. */
function trailingCredit(text: string): { caption?: string; credit: string } | undefined {
  const m = /^(.*?[.!?])\s+((?:(?:File |Handout )?(?:Photo|Image)s? (?:by|courtesy of)|Credit:|Photo:)\s*\S.*)$/i.exec(text);
  if (!m) return undefined;
  return { caption: m[1]!, credit: m[2]!.replace(/^(?:Credit|Photo):\s*/i, "") };
}

function figureOf(el: Element): FigureDraft | undefined {
  const img = el.querySelector("img");
  const alt = clean(img?.getAttribute("alt") ?? "") || undefined;
  const captionEl = el.querySelector("figcaption");
  let caption: string | undefined;
  let credit: string | undefined;
  if (captionEl) {
    const copy = captionEl.cloneNode(true) as Element;
    const creditEl = [...copy.querySelectorAll("*")].find((c) => CREDIT_CLASS.test(`${c.getAttribute("class") ?? ""} ${c.getAttribute("itemprop") ?? ""}`));
    if (creditEl) {
      credit = clean(creditEl.textContent ?? "").replace(/^(?:Photo )?Credit:\s*/i, "") || undefined;
      creditEl.remove();
    }
    caption = clean(copy.textContent ?? "") || undefined;
    const split = caption && !credit ? (splitCaption(caption) ?? trailingCredit(caption)) : undefined;
    if (split) ({ caption, credit } = split);
  }
  if (!caption && !credit) return undefined;
  const photographer = credit ? photographerOf(credit) : undefined;
  return { ...(alt && alt !== caption ? { alt } : {}), ...(caption ? { caption } : {}), ...(credit ? { credit } : {}), ...(photographer ? { photographer } : {}) };
}
