/**
 * Text is text: every file a contributor writes is decoded as strict UTF-8 and checked for the
 * characters no article, registry entry or feed may hold. A byte sequence that is not UTF-8 is
 * an error naming its line and byte offset, never silently replaced with U+FFFD; control
 * characters and XML's forbidden non-characters are errors naming the field, so no feed the
 * build writes can become malformed XML.
 */
import { isUtf8 } from "node:buffer";
import type { Problem } from "./problems.ts";
import { fieldName } from "./problems.ts";

/** How many bad byte sequences one file reports before "and more". */
const MAX_REPORTED = 10;

/**
 * Decodes a file's bytes as UTF-8. A byte order mark is dropped and CRLF line ends become LF
 * (both are what editors on some systems write; neither changes a word of the text).
 * @example decodeText(Buffer.from("a\r\nb"), "a.md").text // "a\nb"
 */
export function decodeText(bytes: Uint8Array, file: string): { text?: string; problems: Problem[] } {
  // Node's native check first: every file of the archive passes through here, and the byte scan
  // below, which names where the text goes wrong, is needed only for a file that is not UTF-8.
  const bad = isUtf8(bytes) ? [] : invalidUtf8(bytes);
  if (bad.length) {
    const problems = bad.slice(0, MAX_REPORTED).map((offset) => ({
      file,
      line: lineAtByte(bytes, offset),
      field: "-",
      message: `not UTF-8: byte ${offset} (0x${bytes[offset]!.toString(16).padStart(2, "0")}) does not begin a valid UTF-8 character; save the file as UTF-8`,
    }));
    if (bad.length > MAX_REPORTED) {
      problems.push({ file, line: problems.at(-1)!.line, field: "-", message: `not UTF-8: ${bad.length - MAX_REPORTED} more invalid byte sequences` });
    }
    return { problems };
  }
  let text = new TextDecoder("utf-8", { fatal: true, ignoreBOM: false }).decode(bytes);
  if (text.includes("\r\n")) text = text.replaceAll("\r\n", "\n");
  return { text, problems: [] };
}

/**
 * Byte offsets at which an invalid UTF-8 sequence starts (RFC 3629: no overlong forms, no
 * surrogates, nothing above U+10FFFF).
 * @example invalidUtf8(Uint8Array.of(0x61, 0xff, 0x62)) // [1]
 */
export function invalidUtf8(bytes: Uint8Array): number[] {
  const out: number[] = [];
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    if (b < 0x80) {
      i++;
      continue;
    }
    let need: number;
    let min = 0x80;
    let max = 0xbf;
    if (b >= 0xc2 && b <= 0xdf) need = 1;
    else if (b >= 0xe0 && b <= 0xef) {
      need = 2;
      if (b === 0xe0) min = 0xa0;
      if (b === 0xed) max = 0x9f;
    } else if (b >= 0xf0 && b <= 0xf4) {
      need = 3;
      if (b === 0xf0) min = 0x90;
      if (b === 0xf4) max = 0x8f;
    } else {
      out.push(i++);
      continue;
    }
    let ok = i + need < bytes.length;
    if (ok) {
      const second = bytes[i + 1];
      ok = second !== undefined && second >= min && second <= max;
      for (let k = 2; ok && k <= need; k++) {
        const c = bytes[i + k];
        ok = c !== undefined && c >= 0x80 && c <= 0xbf;
      }
    }
    if (ok) i += need + 1;
    else out.push(i++);
  }
  return out;
}

function lineAtByte(bytes: Uint8Array, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset; i++) if (bytes[i] === 0x0a) line++;
  return line;
}

/**
 * Characters refused anywhere in content: C0 controls but tab and line feed, DEL and the C1
 * controls, and U+FFFE/U+FFFF, which XML 1.0 forbids (a feed holding one is not XML).
 */
const FORBIDDEN = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\uFFFE\uFFFF]/;

/** `U+000C (form feed)` for messages. */
function describe(ch: string): string {
  const code = ch.codePointAt(0)!;
  const hex = `U+${code.toString(16).toUpperCase().padStart(4, "0")}`;
  const names: Record<number, string> = { 0: "null", 0x0c: "form feed", 0x0d: "carriage return", 0x1b: "escape", 0x7f: "delete" };
  const name = names[code] ?? (code >= 0xfffe ? "a non-character" : "a control character");
  return `${hex} (${name})`;
}

/**
 * Every string in a parsed YAML value (keys and values) holding a forbidden character, as
 * problems on the line of its field. YAML escapes such as "\x0c" are caught too.
 */
export function forbiddenInValue(
  value: unknown,
  file: string,
  lineOf: (path: readonly PropertyKey[]) => number,
  prefix: readonly PropertyKey[] = [],
): Problem[] {
  const problems: Problem[] = [];
  const visit = (v: unknown, path: PropertyKey[]) => {
    if (typeof v === "string") {
      const m = FORBIDDEN.exec(v);
      if (m) problems.push({ file, line: lineOf(path), field: fieldName([...prefix, ...path]), message: `holds ${describe(m[0])}, which text may not contain` });
    } else if (Array.isArray(v)) {
      v.forEach((item, i) => visit(item, [...path, i]));
    } else if (v && typeof v === "object") {
      for (const [key, item] of Object.entries(v)) {
        const m = FORBIDDEN.exec(key);
        if (m) problems.push({ file, line: lineOf(path), field: fieldName([...prefix, ...path]), message: `a field name holds ${describe(m[0])}` });
        visit(item, [...path, key]);
      }
    }
  };
  visit(value, []);
  return problems;
}

/**
 * Forbidden characters in Markdown text that starts at `firstLine` of `file`: one problem per
 * line that holds any.
 */
export function forbiddenInText(text: string, file: string, firstLine: number, field: string): Problem[] {
  if (!FORBIDDEN.test(text)) return [];
  const problems: Problem[] = [];
  const lines = text.split("\n");
  for (let i = 0; i < lines.length && problems.length < MAX_REPORTED; i++) {
    const m = FORBIDDEN.exec(lines[i]!);
    if (m) problems.push({ file, line: firstLine + i, field, message: `holds ${describe(m[0])} at column ${m.index + 1}, which text may not contain` });
  }
  return problems;
}
