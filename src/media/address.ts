/**
 * Image addresses as written in articles, checked before any file is looked at: an archived image
 * is `media/<folders>/<name>.<raster extension>`, never another host, a scheme or a path that
 * leaves the media folder. Pure, so the schema can use it; `content/media.ts` checks the files.
 */

export const MEDIA_DIR = "media";

export type Raster = "JPEG" | "PNG" | "WebP" | "AVIF" | "GIF";

const EXTENSIONS: Record<string, Raster> = {
  jpg: "JPEG",
  jpeg: "JPEG",
  png: "PNG",
  webp: "WebP",
  avif: "AVIF",
  gif: "GIF",
};

/** The raster format a file name promises, from its extension. */
export function rasterOfName(name: string): Raster | undefined {
  const dot = name.lastIndexOf(".");
  return dot > 0 ? EXTENSIONS[name.slice(dot + 1).toLowerCase()] : undefined;
}

export const SEGMENT = /^[A-Za-z0-9][A-Za-z0-9._-]*$/;
export const ACCEPTED = "JPEG, PNG, WebP, AVIF or GIF (.jpg, .jpeg, .png, .webp, .avif, .gif)";

/**
 * What is wrong with an image address as written, before looking at the folder: anything but
 * `media/<folders>/<name>.<raster extension>` is refused, with the reason.
 * @example mediaSrcProblem("media/2018/hancock.jpg") // undefined
 * @example mediaSrcProblem("//evil.example/x.jpg") // "//evil.example/x.jpg points to another host; …"
 */
export function mediaSrcProblem(src: string): string | undefined {
  const fix = `archive the image in the ${MEDIA_DIR} folder and write its path, e.g. ${MEDIA_DIR}/2018/photo.jpg`;
  if (/^data:/i.test(src)) return `an image may not be embedded as a data: address; ${fix}`;
  if (/^https?:/i.test(src)) return `an image may not come from another site (${src}); ${fix}`;
  if (/^[a-z][a-z0-9+.-]*:/i.test(src)) return `"${src.split(":")[0]}:" is not an image address; ${fix}`;
  if (src.includes("\\")) return `an image path may not contain a backslash (browsers read /\\ as another host); ${fix}`;
  if (src.startsWith("//")) return `${src} points to another host; ${fix}`;
  if (src.split("/").some((s) => s === ".." || s === ".")) return `an image path may not leave the ${MEDIA_DIR} folder (..); ${fix}`;
  if (src.startsWith("/")) return `write the image's path without a leading /, e.g. ${src.replace(/^\/+/, "")}`;
  if (!src.startsWith(`${MEDIA_DIR}/`)) return `an image is a file in the ${MEDIA_DIR} folder; ${fix}`;
  if (!src.split("/").every((s) => SEGMENT.test(s))) {
    return "an image path is made of letters, digits, dots, hyphens and underscores, with / between folders";
  }
  if (!rasterOfName(src)) return `only ${ACCEPTED} images can be shown`;
  return undefined;
}
