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
 * not archived.
 */
import MarkdownIt from "markdown-it";
import { parse as parseYamlText } from "yaml";
import { Figure } from "../schema.ts";

export interface RenderEnv {
  /** turns a site path such as `/people/bryan-cox/` into a link, adding the path prefix */
  url: (path: string) => string;
  /** the display name of a person id, for photographers' credits */
  personName?: (id: string) => string | undefined;
}

const md = new MarkdownIt({ html: false, linkify: false, typographer: false });
const escape = md.utils.escapeHtml;

const defaultFence = md.renderer.rules.fence!;
md.renderer.rules.fence = (tokens, idx, options, env: RenderEnv, self) => {
  const token = tokens[idx]!;
  if (token.info.trim() !== "figure") return defaultFence(tokens, idx, options, env, self);
  const parsed = Figure.safeParse(safeYaml(token.content));
  // The loader refuses invalid figures before anything renders; this is a last line of defence.
  if (!parsed.success) return `<p class="figure-error">A figure here could not be read.</p>\n`;
  return renderFigure(parsed.data, env);
};

// Root-relative links in articles get the site's path prefix, like every link the build makes.
const defaultLinkOpen =
  md.renderer.rules.link_open ?? ((tokens, idx, options, _env, self) => self.renderToken(tokens, idx, options));
md.renderer.rules.link_open = (tokens, idx, options, env: RenderEnv, self) => {
  const href = tokens[idx]!.attrGet("href");
  if (href && href.startsWith("/") && !href.startsWith("//") && env?.url) tokens[idx]!.attrSet("href", env.url(href));
  return defaultLinkOpen(tokens, idx, options, env, self);
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
    const src = /^https?:\/\//.test(f.src) ? f.src : env.url(f.src.startsWith("/") ? f.src : `/${f.src}`);
    parts.push(`<img src="${escape(src)}" alt="${escape(label)}" loading="lazy" decoding="async">`);
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
  return md.render(markdown, env);
}

export interface FigureBlock {
  /** 1-based line of the fence within the body */
  line: number;
  content: string;
}

/** The figure blocks of a body, with their lines, for validation. */
export function figureBlocks(markdown: string): FigureBlock[] {
  if (!markdown.includes("```figure") && !markdown.includes("~~~figure")) return [];
  return md
    .parse(markdown, {})
    .filter((t) => t.type === "fence" && t.info.trim() === "figure")
    .map((t) => ({ line: (t.map?.[0] ?? 0) + 1, content: t.content }));
}

/** Plain text of a body (no figures), for summaries and word counts. */
export function plainText(markdown: string): string {
  return markdown
    .replace(/^(```|~~~)figure[\s\S]*?^\1\s*$/gm, "")
    .replace(/[*_`#>\[\]]/g, "")
    .replace(/\(([^)]*)\)/g, (m, inner: string) => (/^https?:|^\//.test(inner) ? "" : m))
    .replace(/\s+/g, " ")
    .trim();
}

/**
 * An article's body as HTML, the dateline leading its first paragraph as in print.
 * The only HTML in the archive marked safe comes from here: markdown-it with raw HTML off, and
 * figures built from escaped values.
 */
export function renderArticleBody(article: { body: string; dateline?: string }, env: RenderEnv): string {
  const html = renderBody(article.body, env);
  if (!article.dateline || !html.startsWith("<p>")) return html;
  return `<p><span class="dateline">${escape(article.dateline)}</span> — ${html.slice(3)}`;
}
