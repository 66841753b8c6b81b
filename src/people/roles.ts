/**
 * Roles at a date: which posts a person certainly held on the day an article was published.
 * EDTF precision is respected: a role that began "2007" is only certain from the end of 2007,
 * and a role whose end is not known is only certain up to `held_through` (or today when
 * `current`). Where the record cannot say, no role is shown rather than a wrong one.
 */
import { parseEdtf } from "../dates/edtf.ts";
import type { Role } from "../schema.ts";

/**
 * @param ymd the date, YYYY-MM-DD
 * @param today YYYY-MM-DD, for `current` roles
 * @example rolesAt([{ title: "Mayor of Denver", start: "2011-07-18", end: "2023-07-17" }], "2018-01-24")
 *   // [{ title: "Mayor of Denver", ... }]
 */
export function rolesAt<R extends Role>(roles: readonly R[], ymd: string, today = new Date().toISOString().slice(0, 10)): R[] {
  return roles.filter((role) => {
    const start = role.start ? parseEdtf(role.start) : undefined;
    if (!start || start.approximate || start.uncertain || start.max > ymd) return false;
    if (role.end) {
      const end = parseEdtf(role.end);
      return Boolean(end && !end.approximate && !end.uncertain && end.min >= ymd);
    }
    if (role.current) return ymd <= today;
    if (role.held_through) {
      const through = parseEdtf(role.held_through);
      return Boolean(through && through.min >= ymd);
    }
    return false;
  });
}

/** Roles ordered for a timeline: by start, unknown starts last. */
export function rolesByStart<R extends Role>(roles: readonly R[]): R[] {
  const key = (r: Role) => (r.start ? (parseEdtf(r.start)?.min ?? "9999") : "9999");
  return [...roles].sort((a, b) => key(a).localeCompare(key(b)));
}
