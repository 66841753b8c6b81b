/**
 * The editor page's own script, loaded before Decap's bundle (`/admin/decap-cms.js`, which
 * starts itself on load unless told not to): it holds Decap back, and once both have run,
 * registers the YAML-only article format and the figure block, then starts Decap, which reads
 * `/admin/config.yml` (src/editor/decap.ts).
 */
import { FIGURE_BLOCK, figureFromBlock, figureToBlock } from "./figure.ts";
import { fromFile, toFile } from "./format.ts";

/** The figure's fields from src/schema.ts, put in by the bundler (src/publish/scripts.ts). */
declare const MORGUE_FIGURE_FIELDS: { name: string; label: string; widget: string }[];
/** The format's name in the configuration (src/editor/decap.ts, ARTICLE_FORMAT). */
declare const MORGUE_ARTICLE_FORMAT: string;

interface DecapCms {
  registerCustomFormat(name: string, extension: string, formatter: { fromFile(text: string): unknown; toFile(data: Record<string, unknown>, sortedKeys?: string[]): string }): void;
  registerEditorComponent(component: Record<string, unknown>): void;
  init(options?: Record<string, unknown>): void;
}
type AdminWindow = Window & { CMS_MANUAL_INIT?: boolean; CMS?: DecapCms };

const win = window as AdminWindow;
win.CMS_MANUAL_INIT = true;

document.addEventListener("DOMContentLoaded", () => {
  const cms = win.CMS;
  if (!cms) throw new Error("Decap CMS did not load: /admin/decap-cms.js is missing");
  cms.registerCustomFormat(MORGUE_ARTICLE_FORMAT, "md", { fromFile, toFile: (data, sortedKeys) => toFile(data, sortedKeys) });
  const order = MORGUE_FIGURE_FIELDS.map((f) => f.name);
  cms.registerEditorComponent({
    id: "figure",
    label: "Figure",
    fields: MORGUE_FIGURE_FIELDS,
    pattern: FIGURE_BLOCK,
    fromBlock: figureFromBlock,
    toBlock: (data: Record<string, unknown>) => figureToBlock(data, order),
    // Plain text in the preview: nothing of the block is read as HTML.
    toPreview: (data: Record<string, unknown>) => {
      const figure = document.createElement("figure");
      figure.textContent = [data.caption, data.credit].filter((s) => typeof s === "string" && s).join(" · ") || "Figure";
      return figure.outerHTML;
    },
  });
  cms.init();
});
