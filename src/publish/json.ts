/**
 * JSON for embedding in HTML: `<`, `>`, `&` and the line separators are written as \u escapes,
 * so no value (a headline with `</script>` in it, say) can close the script element. Parsing
 * it back gives the same values.
 */
const UNSAFE: Record<string, string> = {
  "<": "\\u003c",
  ">": "\\u003e",
  "&": "\\u0026",
  "\u2028": "\\u2028",
  "\u2029": "\\u2029",
};

/** @example scriptJson({ t: "</script>" }) // '{"t":"\\u003c/script\\u003e"}' */
export function scriptJson(value: unknown): string {
  return JSON.stringify(value).replace(/[<>&\u2028\u2029]/g, (c) => UNSAFE[c]!);
}
