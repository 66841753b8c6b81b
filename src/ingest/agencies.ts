/**
 * The news agencies (wires) and picture agencies whose names pages print in a byline ("By The
 * Associated Press", "Ann Lee with AP, Reuters"), after a caption ("Reuters", "AFP via Getty
 * Images") or at a story's end ("(Valley Times with AFP)"). One list, so that every reading of an
 * agency knows the same agencies; the patterns that read them are built here from it.
 */

import { escapeRegExp } from "./pattern.ts";

/** News agencies, in the forms pages print them (an agency's full name and its short one). */
export const WIRES: readonly string[] = [
  "Associated Press", "AP", "Canadian Press", "Press Association", "PA Media", "Reuters",
  "Agence France-Presse", "AFP", "Bloomberg News", "Bloomberg", "UPI", "dpa", "KNA", "epd", "EFE",
  "Europa Press", "ANSA", "Lusa", "Xinhua", "Kyodo News", "Kyodo", "Jiji Press", "Jiji", "JIJI",
  "Yonhap", "AAP", "EBU", "IANS", "Press Trust of India", "PTI", "ANI", "UNI", "Anadolu Agency", "Anadolu", "SID", "Interfax", "TASS",
  // The state agencies of the Gulf, Iran and South-east Asia, as their region's English papers credit them.
  "Saudi Press Agency", "SPA", "WAM", "KUNA", "MENA", "IRNA", "Bernama", "Antara", "Philippine News Agency", "PNA",
];

/** Picture agencies, which a caption's credit names but a byline does not. */
export const PICTURE_AGENCIES: readonly string[] = ["Getty Images", "Getty", "Shutterstock", "iStock", "Alamy", "EPA", "NurPhoto", "SOPA Images", "123rf", "Flash90", "Unsplash", "Pexels", "Keystone"];


/**
 * The names as one alternation for a pattern, each also in capitals when `capitals` (credits and
 * bylines set in capitals: "GETTY IMAGES", "By THE ASSOCIATED PRESS"), the longer first.
 * @example alternation(["AP", "Associated Press"]) // "Associated Press|AP"
 */
export function alternation(names: readonly string[], capitals = false): string {
  const all = new Set(capitals ? names.flatMap((n) => [n, n.toUpperCase()]) : names);
  return [...all].sort((a, b) => b.length - a.length || (a < b ? -1 : 1)).map(escapeRegExp).join("|");
}

/** One wire's name, in the forms printed or in capitals. */
export const ONE_WIRE = alternation(WIRES, true);

/** A wire's or a picture agency's name alone, as a caption's credit: "EFE", "Reuters", "GETTY IMAGES". */
export const ONE_AGENCY = alternation([...WIRES, ...PICTURE_AGENCIES], true);
