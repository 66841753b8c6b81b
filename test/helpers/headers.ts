/**
 * Reading a built `_headers` as Netlify and Cloudflare Pages do: every rule whose path matches
 * applies (`*` matches anything, including nothing), and a header two rules set gets both values.
 */
export interface HeaderRule {
  path: string;
  headers: [string, string][];
}

export function parseHeaders(text: string): HeaderRule[] {
  const rules: HeaderRule[] = [];
  for (const line of text.split("\n")) {
    if (/^\//.test(line)) rules.push({ path: line.trim(), headers: [] });
    else if (/^\s+\S/.test(line) && rules.length) {
      const at = line.indexOf(":");
      rules.at(-1)!.headers.push([line.slice(0, at).trim(), line.slice(at + 1).trim()]);
    }
  }
  return rules;
}

const matcher = (path: string) => new RegExp(`^${path.split("*").map((p) => p.replace(/[.+?^${}()|[\]\\]/g, "\\$&")).join(".*")}$`);

/** Every header a request for `url` (a path such as `/admin/`) gets, values of the same name joined as the hosts join them. */
export function headersFor(rules: readonly HeaderRule[], url: string): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const rule of rules) {
    if (!matcher(rule.path).test(url)) continue;
    for (const [name, value] of rule.headers) (out[name.toLowerCase()] ??= []).push(value);
  }
  return out;
}
