/**
 * Article bodies: Markdown through markdown-it with raw HTML off, so nothing a contributor
 * writes becomes markup the build did not make. Figures are fenced blocks of YAML:
 *
 * ```figure
 * caption: Mayor Michael Hancock
 * credit: CBS
 * ```
 *
 * rendered as `<figure>` with caption and credit; without `src` the figure says the image was
 * not archived. Images, in figures and as Markdown `![alt](media/…)`, come only from the media
 * folder (`media.ts`); links to other sites are marked `rel="nofollow ugc noopener"`.
 */
import MarkdownIt from "markdown-it";
import type Token from "markdown-it/lib/token.mjs";
import { parse as parseYamlText } from "yaml";
import { Figure } from "../schema.ts";
import { mediaSrcProblem, mediaUrl } from "./media.ts";

export interface RenderEnv {
  /** turns a site path such as `/people/bryan-cox/` into a link, adding the path prefix */
  url: (path: string) => string;
  /** the display name of a person id, for photographers' credits */
  personName?: (id: string) => string | undefined;
  /**
   * the body's figures as validated (`Article.figures`), one for each figure block in order:
   * rendered as they are, not read from their YAML again, when there are as many as blocks
   */
  figures?: readonly Figure[];
}

/** The environment of one render: which validated figure the next figure block is. */
interface BodyEnv extends RenderEnv {
  nextFigure: number;
}

const md = new MarkdownIt({ html: false, linkify: false, typographer: false });
const escape = md.utils.escapeHtml;

// markdown-it's own rules refuse javascript:, vbscript: and file: links, and allow data: for
// some images; the site's images come only from the media folder, so data: goes too.
const markdownItValidateLink = md.validateLink.bind(md);
md.validateLink = (url) => markdownItValidateLink(url) && !/^data:/i.test(url.trim());

// Text between tags needs only &, < and > escaped; markdown-it also writes every " as &quot;,
// which in a news archive full of quotations was about 250 bytes of each article page
// (BENCHMARKS.md, "Output size per article"). Attributes are still escaped in full.
md.renderer.rules.text = (tokens, idx) => tokens[idx]!.content.replace(/[&<>]/g, (c) => (c === "&" ? "&amp;" : c === "<" ? "&lt;" : "&gt;"));

const defaultFence = md.renderer.rules.fence!;
md.renderer.rules.fence = (tokens, idx, options, env: BodyEnv, self) => {
  const token = tokens[idx]!;
  if (token.info.trim() !== "figure") return defaultFence(tokens, idx, options, env, self);
  // The YAML was parsed and checked when the archive was read: 2 s of 10,000 articles' pages.
  const validated = env.figures?.[env.nextFigure++];
  if (validated) return renderFigure(validated, env);
  const parsed = Figure.safeParse(safeYaml(token.content));
  // The loader refuses invalid figures before anything renders; this is a last line of defence.
  if (!parsed.success) return `<p class="figure-error">A figure here could not be read.</p>\n`;
  return renderFigure(parsed.data, env);
};

// Root-relative links in articles get the site's path prefix, like every link the build makes;
// links to other sites are user-generated content that the archive does not vouch for.
const defaultLinkOpen =
  md.renderer.rules.link_open ?? ((tokens, idx, options, _env, self) => self.renderToken(tokens, idx, options));
md.renderer.rules.link_open = (tokens, idx, options, env: RenderEnv, self) => {
  const token = tokens[idx]!;
  const href = token.attrGet("href");
  if (href && isExternal(href)) token.attrSet("rel", "nofollow ugc noopener");
  else if (href && href.startsWith("/") && env?.url) token.attrSet("href", env.url(href));
  return defaultLinkOpen(tokens, idx, options, env, self);
};

/** An absolute http(s) or protocol-relative address: another host, as far as a body can say. */
const isExternal = (href: string) => /^(https?:)?\/\//i.test(href);

// Images come from the media folder, with the path prefix. Validation refuses any other image
// before anything renders; here it is shown as its alt text, a last line of defence.
md.renderer.rules.image = (tokens, idx, options, env: RenderEnv, self) => {
  const token = tokens[idx]!;
  const src = token.attrGet("src") ?? "";
  const alt = self.renderInlineAsText(token.children ?? [], options, env);
  if (mediaSrcProblem(src)) return escape(alt);
  return `<img src="${escape(env.url(mediaUrl(src)))}" alt="${escape(alt)}" loading="lazy" decoding="async">`;
};

function safeYaml(text: string): unknown {
  try {
    return parseYamlText(text);
  } catch {
    return undefined;
  }
}

function renderFigure(f: Figure, env: RenderEnv): string {
  const parts: string[] = [];
  const label = f.alt ?? f.title ?? f.caption ?? "";
  if (f.src) {
    parts.push(`<img src="${escape(env.url(mediaUrl(f.src)))}" alt="${escape(label)}" loading="lazy" decoding="async">`);
  } else {
    parts.push(`<div class="figure__missing" role="img" aria-label="Image not archived">Image not archived</div>`);
  }
  const caption: string[] = [];
  if (f.title) caption.push(`<span class="figure__title">${escape(f.title)}</span>`);
  if (f.caption) caption.push(`<span class="figure__caption">${escape(f.caption)}</span>`);
  if (f.credit) caption.push(`<span class="figure__credit">Credit: ${escape(f.credit)}</span>`);
  if (f.by) {
    const name = env.personName?.(f.by) ?? f.by;
    caption.push(`<span class="figure__by">Photographer: <a href="${escape(env.url(`/people/${f.by}/`))}">${escape(name)}</a></span>`);
  }
  return `<figure class="figure${f.src ? "" : " figure--not-archived"}">\n${parts.join("")}\n<figcaption>${caption.join(" ")}</figcaption>\n</figure>\n`;
}

/** @example renderBody("Hello *world*", { url: (p) => p }) // "<p>Hello <em>world</em></p>\n" */
export function renderBody(markdown: string, env: RenderEnv): string {
  const state: BodyEnv = { ...env, nextFigure: 0 };
  const tokens = md.parse(markdown, state);
  // Validated figures stand in for the blocks only one for one: a body that no longer matches
  // them (its file changed since it was read) has its figures read from their YAML, as written.
  if (env.figures && env.figures.length !== tokens.filter(isFigureBlock).length) state.figures = undefined;
  return md.renderer.render(tokens, md.options, state);
}

const isFigureBlock = (t: Token) => t.type === "fence" && t.info.trim() === "figure";

export interface FigureBlock {
  /** 1-based line of the fence within the body */
  line: number;
  content: string;
}

// Fences are block tokens: the block rules alone find them, where a whole parse also ran the
// inline rules over every paragraph of the body (most of its cost), which change no fence.
const blocks = new MarkdownIt({ html: false, linkify: false, typographer: false });
blocks.core.ruler.enableOnly(["normalize", "block"]);

/** The figure blocks of a body, with their lines, for validation. */
export function figureBlocks(markdown: string): FigureBlock[] {
  if (!markdown.includes("```figure") && !markdown.includes("~~~figure")) return [];
  return blocks
    .parse(markdown, {})
    .filter(isFigureBlock)
    .map((t) => ({ line: (t.map?.[0] ?? 0) + 1, content: t.content }));
}

export interface MarkdownImage {
  /** the address exactly as written */
  src: string;
  /** 1-based line within the body */
  line: number;
}

// Validation sees every image as written: markdown-it's link rules would turn a
// `![x](javascript:…)` into plain text, hiding it from the check that should report it.
const inspector = new MarkdownIt({ html: false, linkify: false, typographer: false });
inspector.validateLink = () => true;
inspector.normalizeLink = (url) => url;

/** The Markdown images of a body (`![alt](src)`, reference images too), with their lines. */
export function markdownImages(markdown: string): MarkdownImage[] {
  if (!markdown.includes("![")) return [];
  const images: MarkdownImage[] = [];
  const visit = (tokens: Token[], line: number) => {
    let breaks = 0;
    for (const t of tokens) {
      if (t.type === "softbreak" || t.type === "hardbreak") breaks++;
      if (t.type === "image") images.push({ src: t.attrGet("src") ?? "", line: line + breaks });
      // An image's alt text may hold another image.
      if (t.children?.length) visit(t.children, line + breaks);
    }
  };
  // A table cell's inline token has no line of its own: it takes its row's.
  let line = 1;
  for (const block of inspector.parse(markdown, {})) {
    if (block.map) line = block.map[0] + 1;
    if (block.type === "inline" && block.children) visit(block.children, line);
  }
  return images;
}

/** Plain text of a body (no figures), for summaries and word counts. */
export function plainText(markdown: string): string {
  return withoutLinkTargets(withoutFigures(markdown).replace(/[*_`#>[\]]/g, ""))
    .replace(/\s+/g, " ")
    .trim();
}

const FIGURE_OPEN = /^(```|~~~)figure/;
const FENCE_CLOSE = /^(```|~~~)\s*$/;

/**
 * The body without its closed figure blocks, line by line. A pattern (`^(```)figure[\s\S]*?^\1`)
 * rescanned the rest of the body from every unclosed fence: 100,000 of them never finished.
 * Here a fence kind with no closing line left is remembered, so each line is read at most twice.
 */
function withoutFigures(markdown: string): string {
  if (!markdown.includes("figure")) return markdown;
  const lines = markdown.split("\n");
  const out: string[] = [];
  const unclosed = new Set<string>();
  for (let i = 0; i < lines.length; i++) {
    const fence = FIGURE_OPEN.exec(lines[i]!)?.[1];
    if (fence && !unclosed.has(fence)) {
      let close = i + 1;
      while (close < lines.length && FENCE_CLOSE.exec(lines[close]!)?.[1] !== fence) close++;
      if (close < lines.length) {
        out.push("");
        i = close;
        continue;
      }
      unclosed.add(fence);
    }
    out.push(lines[i]!);
  }
  return out.join("\n");
}

/**
 * Drops link targets, `(https://…)` and `(/…)`, keeping other parentheses. String search, not
 * `\(([^)]*)\)`, which rescanned to the end from every "(" when no ")" followed (quadratic).
 */
function withoutLinkTargets(text: string): string {
  let out = "";
  let from = 0;
  for (let open = text.indexOf("("); open >= 0; open = text.indexOf("(", from)) {
    const close = text.indexOf(")", open);
    // No ")" after this "(" means none after any later "(" either.
    if (close < 0) break;
    const inner = text.slice(open + 1, close);
    out += text.slice(from, open) + (/^https?:|^\//.test(inner) ? "" : text.slice(open, close + 1));
    from = close + 1;
  }
  return out + text.slice(from);
}

/**
 * An article's body as HTML, the dateline leading its first paragraph as in print.
 * The only HTML in the archive marked safe comes from here: markdown-it with raw HTML off, and
 * figures built from escaped values.
 */
export function renderArticleBody(article: { body: string; dateline?: string; figures?: readonly Figure[] }, env: RenderEnv): string {
  const html = renderBody(article.body, { ...env, figures: article.figures });
  if (!article.dateline || !html.startsWith("<p>")) return html;
  return `<p><span class="dateline">${escape(article.dateline)}</span> — ${html.slice(3)}`;
}
