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
import { ACCEPTED, MEDIA_DIR, SEGMENT, mediaSrcProblem, rasterOfName, type Raster } from "../media/address.ts";

export { MEDIA_DIR, mediaSrcProblem, rasterOfName, type Raster };

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
