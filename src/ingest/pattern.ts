/**
 * Text made into part of a regular expression, matched as it is written (a hyphen is left as it
 * is: it needs no escape outside a class, and may not have one with the "u" flag).
 * @example escapeRegExp("Ann Lee (AP)") // "Ann Lee \\(AP\\)"
 */
export const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
