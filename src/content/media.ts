/**
 * The media folder: `media/` at the archive's root holds every archived image, and the build
 * copies it to `/media/` on the site. A figure's `src` and a Markdown image name a file there by
 * its path from the archive's root, `media/2018/hancock.jpg`, so an image never comes from
 * another host and never runs code: only JPEG, PNG, WebP, AVIF and GIF files are accepted,
 * recognised by their extension and by their first bytes, and symbolic links are refused
 * without being followed.
 */
import { closeSync, existsSync, lstatSync, openSync, readSync, readdirSync } from "node:fs";
import { join } from "node:path";
import type { Problem } from "./problems.ts";
import { suggest } from "./suggest.ts";

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

const ascii = (bytes: Uint8Array, from: number, to: number) => String.fromCharCode(...bytes.subarray(from, to));

/**
 * The raster format of a file's first bytes (at least 32 of them, when the file has them), or
 * undefined. https://mimesniff.spec.whatwg.org/#matching-an-image-type-pattern
 * @example sniffImage(new Uint8Array([0xff, 0xd8, 0xff, 0xe0])) // "JPEG"
 */
export function sniffImage(bytes: Uint8Array): Raster | undefined {
  if (bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return "JPEG";
  if (ascii(bytes, 0, 8) === "\x89PNG\r\n\x1a\n") return "PNG";
  if (/^GIF8[79]a$/.test(ascii(bytes, 0, 6))) return "GIF";
  if (ascii(bytes, 0, 4) === "RIFF" && ascii(bytes, 8, 12) === "WEBP") return "WebP";
  // ISO-BMFF: a `ftyp` box whose major or a compatible brand is AVIF's.
  if (ascii(bytes, 4, 8) === "ftyp") {
    const size = Math.min(((bytes[0]! << 24) | (bytes[1]! << 16) | (bytes[2]! << 8) | bytes[3]!) >>> 0, bytes.length);
    for (let at = 8; at + 4 <= size; at += 4) {
      if (at === 12) continue; // the minor version, not a brand
      if (/^avi[fs]$/.test(ascii(bytes, at, at + 4))) return "AVIF";
    }
  }
  return undefined;
}

/** The raster format a file name promises, from its extension. */
export function rasterOfName(name: string): Raster | undefined {
  const dot = name.lastIndexOf(".");
  return dot > 0 ? EXTENSIONS[name.slice(dot + 1).toLowerCase()] : undefined;
}

const SEGMENT = /^[A-Za-z0-9][A-Za-z0-9._-]*$/;
const ACCEPTED = "JPEG, PNG, WebP, AVIF or GIF (.jpg, .jpeg, .png, .webp, .avif, .gif)";

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

/** A site path for an accepted image address: `media/2018/a.jpg` → `/media/2018/a.jpg`. */
export const mediaUrl = (src: string): string => `/${src}`;

export interface MediaFolder {
  /** every accepted file, as `media/2018/hancock.jpg` */
  files: Set<string>;
  problems: Problem[];
}

/** Reads `<root>/media`, refusing (and never following) symbolic links and anything not a raster image. */
export function readMediaFolder(root: string): MediaFolder {
  const files = new Set<string>();
  const problems: Problem[] = [];
  const refuse = (file: string, message: string) => problems.push({ file, line: 1, field: "-", message });
  const walk = (rel: string) => {
    const path = join(root, rel);
    const stat = lstatSync(path);
    if (stat.isSymbolicLink()) return refuse(rel, "symbolic links are not allowed in the media folder: it would publish whatever they point to; copy the file in instead");
    const name = rel.slice(rel.lastIndexOf("/") + 1);
    if (rel !== MEDIA_DIR && !SEGMENT.test(name)) {
      return refuse(rel, "a name in the media folder is made of letters, digits, dots, hyphens and underscores, and does not start with a dot");
    }
    if (stat.isDirectory()) {
      for (const child of readdirSync(path).sort()) walk(`${rel}/${child}`);
      return;
    }
    if (!stat.isFile()) return refuse(rel, "only image files may be in the media folder");
    const promised = rasterOfName(name);
    if (!promised) return refuse(rel, `only ${ACCEPTED} images may be in the media folder; not SVG, HTML or anything else`);
    const actual = sniffImage(firstBytes(path));
    if (actual !== promised) {
      return refuse(rel, `the file's name says ${promised} but its contents are ${actual ? actual : "not an image this archive accepts"}`);
    }
    files.add(rel);
  };
  if (existsSync(join(root, MEDIA_DIR)) || isDanglingLink(join(root, MEDIA_DIR))) walk(MEDIA_DIR);
  return { files, problems };
}

function isDanglingLink(path: string): boolean {
  try {
    return lstatSync(path).isSymbolicLink();
  } catch {
    return false;
  }
}

function firstBytes(path: string): Uint8Array {
  const buffer = new Uint8Array(32);
  const fd = openSync(path, "r");
  try {
    return buffer.subarray(0, readSync(fd, buffer, 0, buffer.length, 0));
  } finally {
    closeSync(fd);
  }
}

/**
 * What is wrong with an image address, the media folder read: its form, then whether the file
 * is there.
 */
export function imageProblem(src: string, media: Set<string>): string | undefined {
  const form = mediaSrcProblem(src);
  if (form) return form;
  if (media.has(src)) return undefined;
  const hint = suggest(src, [...media]);
  return `${src} is not in the ${MEDIA_DIR} folder${hint ? `; did you mean ${hint}?` : ""}`;
}
