/**
 * "Cite this article" in BibTeX and CSL-JSON, built in the browser from the page's JSON-LD
 * (src/publish/jsonld.ts) with the formatter the build uses for APA and Chicago
 * (src/publish/cite-format.ts). Written into every page, the two took about a kilobyte of each
 * article page for the few readers who open them; readers without JavaScript keep APA and
 * Chicago, which are in the page as text. Bundled into /assets/js/cite.js
 * (src/publish/scripts.ts); it writes text only, never HTML, so it needs nothing of the
 * Content-Security-Policy but a script from the site itself.
 */
import { formatCitation } from "../../publish/cite-format.ts";
import { recordFromJsonLd, type NewsArticleLd } from "./record.ts";

/** A heading and a preformatted block, as the box's APA and Chicago are laid out. */
function section(box: Element, title: string, text: string): void {
  const h = document.createElement("h3");
  h.textContent = title;
  const pre = document.createElement("pre");
  pre.className = "cite__code";
  const code = document.createElement("code");
  code.textContent = text;
  pre.append(code);
  box.append(h, pre);
}

const box = document.querySelector("details.cite");
const script = document.querySelector('script[type="application/ld+json"]');
if (box && script?.textContent) {
  const record = recordFromJsonLd(JSON.parse(script.textContent) as NewsArticleLd, box.getAttribute("data-retrieved") ?? undefined);
  if (record) {
    const { bibtex, csl } = formatCitation(record);
    section(box, "BibTeX", bibtex);
    section(box, "CSL-JSON", JSON.stringify(csl));
  }
}
