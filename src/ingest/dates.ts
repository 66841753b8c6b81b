/**
 * Dates written out in news text: "Friday, January 4, 2019", "Posted 5:32 PM, January 29, 2020",
 * "Updated 3:04 p.m. ET Jan. 29, 2020", "Wed 29 Jan 2020 17.32 GMT", "2019-01-04", "29/01/2020".
 * chrono-node reads the dates; it is only asked about a line that is a date and nothing else
 * (labels, weekday, time and zone aside), so a sentence that mentions a date is never taken for
 * the article's date.
 */
import * as chrono from "chrono-node";
import { DateTime, FixedOffsetZone, IANAZone } from "luxon";
import { isPublicationDate } from "../dates/publication.ts";

/** The order of a numeric date's day and month: 29/01/2020 is dmy, 1/29/2020 is mdy. */
export type DateOrder = "dmy" | "mdy";

export interface LineDate {
  /** YYYY-MM-DD, the calendar day as printed */
  date: string;
  /** "Updated", "Last modified" before it make it the updated date */
  role: "published" | "updated";
  /** the time printed with it, HH:MM on the 24-hour clock */
  time?: string;
  /** minutes east of UTC, when the line prints a fixed zone: "MST" is -420, "GMT" 0 */
  offset?: number;
  /** the IANA zone a generic US zone names: "ET" is America/New_York, standard or daylight time by the date */
  zone?: string;
}

/**
 * The North American zones printed without saying standard or daylight time. chrono-node picks their offset
 * by the date only when the date comes first ("Jul 29, 2020 5:32 PM ET" is -4 h, "3:04 p.m. ET
 * July 29, 2020" came out -5 h), so they are read by Luxon in the zone they name.
 */
const GENERIC_ZONES: Record<string, string> = { ET: "America/New_York", CT: "America/Chicago", MT: "America/Denver", PT: "America/Los_Angeles", NT: "America/St_Johns" };

/**
 * Zones chrono-node does not know: Newfoundland's, as Canadian broadcasters print it ("9:47 AM
 * NT"), read in its own zone above. Not the Atlantic's "AT", which chrono would take from any
 * "at" after a date.
 */
const CHRONO_ZONES = { NT: -210 };

export interface DateLine {
  dates: LineDate[];
  /** what followed " by " on a "Posted on January 29, 2020 by Ann Lee" line */
  byline?: string;
}

/** The words a date line may hold besides its dates. */
const LABEL_WORDS = new Set(
  [
    "posted", "published", "publishing", "updated", "update", "last", "modified", "first", "originally", "original", "issued", "on", "at", "and", "date", "time",
    // A broadcast's transcript: "Aired January 29, 2020 - 18:00 ET".
    "aired", "broadcast",
    // A wire's copy: "Filed: 29/01/2020 17:32 GMT".
    "filed",
    // Swissinfo's "This content was published on Jan 22, 2019 - 10:17"; a German page's "19.02 Uhr" and its translation's "17:32 o'clock".
    "this", "content", "was", "uhr", "o", "clock",
    "et", "pt", "mt", "ct", "gmt", "bst", "utc", "est", "edt", "mst", "mdt", "pst", "pdt", "cst", "cdt", "cet", "cest", "aest",
    // Zones of English-language papers elsewhere: India, Australia, New Zealand, South Africa, Asia, Canada's Atlantic, Alaska, Hawaii.
    "ist", "aedt", "acst", "acdt", "awst", "nzst", "nzdt", "sast", "hkt", "sgt", "jst", "kst", "pht", "pkt", "ast", "adt", "nst", "ndt", "akst", "akdt", "hst", "wet", "west", "eet", "eest",
    // A byline's labels before it: "Written by Ann Lee | Pune | Updated: …".
    "written", "reported", "story",
    "am", "pm", "a", "p", "m", "hours", "hour", "minutes", "minute", "ago", "mins", "hrs",
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun",
  ],
);

/** A word naming a document rather than a place: a report's or a newsletter's title before its own date. */
const DOCUMENT_WORD = /^(?:Report|Coverage|Digest|Briefing|Bulletin|Newsletter|Summary|Roundup|Edition|Issue|Update|Alert|Review|Clippings?|Monitor(?:ing)?)$/i;

/** A month's name or its abbreviation. */
const MONTH_WORD = /^(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?$/i;

const NUMERIC = /\b(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})\b/;
const NUMERIC_ALL = new RegExp(NUMERIC.source, "g");
/** A numeric date with a four-digit or a two-digit year, for the order it proves: "01/23/19". */
const NUMERIC_ANY_YEAR = /\b(\d{1,2})[/.-](\d{1,2})[/.-](?:\d{4}|\d{2})\b/g;
const NUMERIC_ANY_YEAR_FIRST = new RegExp(NUMERIC_ANY_YEAR.source);

export class AmbiguousDate extends Error {}

/** What a paper's front-page date line, or a newsletter's, prints beside the date: price, web address, volume and number, issue, edition. */
const FRONT_PAGE_FIELD = /^(?:\d{1,3} minutes? read|\d{1,5} Comments?|Join the conversation|[$£€]\d{1,2}(?:[.,]\d{2})?|\d{1,3}[¢p]|(?:www\.)?[\w-]+(?:\.[\w-]+)*\.[a-z]{2,}|Vol(?:ume|\.)? ?[\dIVXLC]+,? No\.? ?\d+|(?:Issue|Edition|No\.) ?#?\d{1,5}|(?:Late|Final|Early|Home|City|Metro|Weekend|Sunday|Daily) Edition|\d+ pages)$/i;

/** A numeric date with the long one glued after it: "01/29/2020January 29, 2020". */
const GLUED_SHORT_DATE = /^\d{1,2}[/.]\d{1,2}[/.]\d{4}(?=(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.? \d{1,2}, \d{4}\b|\d{1,2} (?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]* \d{4}\b)/;

const pad = (n: number) => String(n).padStart(2, "0");
const iso = (y: number, m: number, d: number) => `${y}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`;

/**
 * The order a numeric date proves on its own (a day above 12), if any.
 * @example orderOf("29/01/2020") // "dmy"
 */
export function orderOf(line: string): DateOrder | undefined {
  // Any of the line's numeric dates may prove it: "29.01.2020 17:32 | Updated 02.03.2020", "01/23/19".
  for (const m of line.matchAll(NUMERIC_ANY_YEAR)) {
    if (Number(m[1]) > 12 && Number(m[2]) <= 12) return "dmy";
    if (Number(m[2]) > 12 && Number(m[1]) <= 12) return "mdy";
  }
  return undefined;
}

/**
 * The order the dates written with each separator prove, when a batch proves both orders: the
 * same outlet writes "29.01.2020" in one channel and "1/29/2020" in another, and its dots prove
 * one order and its slashes the other. Keyed by the separator, an order only where one is proved.
 */
export type OrderBySeparator = Partial<Record<"/" | "." | "-", DateOrder>>;

/** The separator of a line's first numeric date ("29.01.2020": "."), if it has one. */
export function separatorOf(line: string): "/" | "." | "-" | undefined {
  const m = NUMERIC_ANY_YEAR_FIRST.exec(line);
  return m ? (m[0][m[1]!.length] as "/" | "." | "-") : undefined;
}

/**
 * The order for a line's numeric date: the one given or proved for all of a batch, else the one
 * its separator's dates prove.
 * @example orderFor("[1/9/2019 3:44 PM]", undefined, { "/": "mdy", ".": "dmy" }) // "mdy"
 */
export function orderFor(line: string, order?: DateOrder, bySeparator?: OrderBySeparator): DateOrder | undefined {
  if (order || !bySeparator) return order;
  const separator = separatorOf(line);
  return separator ? bySeparator[separator] : undefined;
}

const SPANISH_MONTHS = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre", "noviembre", "diciembre"];
const ENGLISH_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
/** A Spanish date: "28 de enero de 2019". */
const SPANISH_MONTH = /\b\d{1,2} de (?:enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre) de \d{4}\b/i;

/**
 * A Spanish date line in English words, for the parser: "Publicado el 28 de enero de 2019 a las
 * 2:48 pm" → "Published 28 January 2019 at 2:48 pm".
 */
function inEnglish(text: string): string {
  return text
    .replace(/\b(\d{1,2}) de (enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre) de (\d{4})\b/gi, (_m, d: string, month: string, y: string) => `${d} ${ENGLISH_MONTHS[SPANISH_MONTHS.indexOf(month.toLowerCase())]} ${y}`)
    .replace(/\bPublicado(?: el)?\b/gi, "Published")
    .replace(/\bActualizado(?: el)?\b/gi, "Updated")
    .replace(/\ba las\b/gi, "at");
}

/** A post's comments link beside its date: "Leave a comment", "3 Comments". */
const COMMENT_FIELD = /^(?:Leave a comment|\d{1,5} Comments?|No Comments|Comments? \(\d{1,5}\))$/i;

/** A newsletter's issue number: "Issue No. 149", "Issue #139", "Vol. 3". */
const ISSUE_FIELD = /^(?:Issue|Vol(?:ume|\.)?)(?: No\.?)? ?#?\d{1,5}$/i;

/** The app a social post was sent from, after its date's year and a dot: "·Twitter for iPhone", " · TweetDeck". */
const POSTING_APP = /(?<=\d{4}) ?[·•] ?(?:(?:Twitter|X) (?:for (?:iPhone|iPad|Android|Mac|Advertisers)|Web App|Web Client|Media Studio)|TweetDeck|Hootsuite Inc\.|Buffer|SocialFlow|Sprout Social|Echobox)$/;

/** A section's name after a date's year or clock and a spaced dash: " - Politics & Policy". */
const SECTION_AFTER = /(?<=\d{4}|[ap]m|[ap]\.m\.) [-–—] ((?:\p{Lu}[\p{L}'’]*|&)(?: (?:\p{Lu}[\p{L}'’]*|&|and)){0,4})$/u;

/**
 * The dates of a line that is only dates, with their roles; undefined for any other line.
 * Throws AmbiguousDate for a numeric date whose order nothing proves.
 * @example datesOfLine("Published Jan. 29, 2020 at 5:32 pm MST")?.dates[0] // { date: "2020-01-29", role: "published" }
 */
/** A US zone's name in words after a clock ("5:32 PM Central", "9:04 AM Eastern Time"), as The Texas Tribune prints it. */
const ZONE_IN_WORDS = /(\d(?: ?[AaPp]\.?[Mm]\.?)?) (Central|Eastern|Mountain|Pacific)(?: (?:Standard |Daylight )?Time)?(?![\p{L}])/gu;
const ZONE_LETTERS: Record<string, string> = { Central: "CT", Eastern: "ET", Mountain: "MT", Pacific: "PT" };
/** The line with a zone named in words written as its letters: "5:32 PM Central" → "5:32 PM CT". */
const zoneInLetters = (line: string) => (line.length <= 400 ? line.replace(ZONE_IN_WORDS, (_m, clock: string, zone: string) => `${clock} ${ZONE_LETTERS[zone]!}`) : line);

/** Names glued to a clock after them, a role after a comma on some, or an agency's initials: "Ann Lee and Bob Stone17:12, …", "Ann Lee, Local Democracy Reporter18:07, …", "BBC19:06, …". */
const GLUED_NAMES = /^(\p{Lu}{2,6}|\p{Lu}[\p{L}'’.-]{1,30}(?: (?:and |& )?\p{Lu}[\p{L}'’.-]{1,30}){1,7}(?:, \p{Lu}[\p{L}'’.-]{1,30}(?: \p{Lu}[\p{L}'’.-]{1,30}){0,3})?)(?=\d{1,2}:\d{2},? \S)/u;
/** A publisher's name, not a person's: "The Lakeport Record", "Cedar County Courier", "Valley Media Group". */
const PUBLISHER = /^(?:The \p{Lu}.{1,80}|(?:\p{Lu}[\p{L}&'’.-]*\s){0,4}(?:News|Press|Post|Times|Herald|Tribune|Journal|Daily|Gazette|Chronicle|Review|Media|Courier|Observer|Examiner|Register|Inquirer|Enquirer|Dispatch|Sentinel|Independent|Telegraph|Bulletin|Courant|Monitor|Telegram|Record|Recorder|Mercury|Mirror|Globe|Standard|Citizen|Advocate|Beacon|Leader|Ledger|Star|Sun|Democrat|Republican|Enterprise|Argus|Messenger|Pioneer|Express|Newspapers?|Publications?|Publishing|Group|Inc\.?|LLC|Company|Co\.))$/u;
/** A date's field labelled as the page's: "Updated: …", "Published …", "Last updated …". */
const LABELLED_DATE_FIELD = /^(?:(?:Last |First )?(?:Updated|Published|Posted|Modified)(?: on| at)?:?) \S/i;

/**
 * A date in the last of a line's fields, after the names, the desk, the agency or the place in the
 * others, as Indian papers print the line: "Ann Lee | TNN | Updated: Sep 13, 2019, 10:04 IST",
 * "Reported by Ann Lee, Edited by Bob Stone | Updated: January 24, 2019 12:59 pm IST",
 * "Chennai | NDTV News Desk | Updated: …". The byline is the field that says "by", else the first
 * of two words or more (a desk's or an agency's name is read as no person's later).
 */
function fieldsThenDate(text: string, order?: DateOrder): DateLine | undefined {
  if (text.length > 300 || !/ [|/] /.test(text)) return undefined;
  const fields = text.split(/ [|/] /).map((f) => f.trim());
  const last = fields.at(-1)!;
  if (fields.length < 2 || !LABELLED_DATE_FIELD.test(last)) return undefined;
  const others = fields.slice(0, -1);
  // A date in another field too ("Published 01.03.2020 | Updated …") is the whole line's to read.
  if (others.some((f) => /\d/.test(f) || f.split(/\s+/).length > 16)) return undefined;
  const found = datesOfLine(last, order);
  if (!found || found.byline) return found;
  // The names after the label, without the editor's ("Written by Ann Lee", "Reported by Ann Lee, Edited by Bob Stone").
  const labelled = others.find((f) => /\bby\b/i.test(f))?.replace(/^(?:(?:Written|Story|Text|Words|Posted|Reported) )?by:? /i, "").replace(/,? (?:Edited|Produced|Photos?|Video|Graphics?) by .*$/i, "");
  const byline = labelled ?? others.find((f) => f.split(/\s+/).length >= 2);
  return byline ? { ...found, byline } : found;
}

/** A printed page's number in a paper's section: "A4", "B12", "Page 3", "p. 12". */
const PRINT_PAGE_FIELD = /^(?:[A-Z]{1,2}\d{1,3}|(?:Page|Pg\.?|p\.) ?[A-Z]?\d{1,3})$/;

/**
 * A print edition's line of fields parted by middle dots, as PressReader prints it under the
 * headline: the paper's name, the issue's day, the page and the byline (the names in capitals
 * with the reporter's address glued on, "By …", a wire's name, or none): "Cedar County Courier ·
 * 14 Mar 2021 · A4 · TOM ALVAREZ AND MARIA BRENNAN". The page's field is what tells it from a
 * sentence; the byline is read from the last field by the byline's own rules.
 */
function printEditionFields(text: string, order?: DateOrder): DateLine | undefined {
  if (text.length > 300 || !text.includes(" · ")) return undefined;
  const fields = text.split(" · ").map((f) => f.trim());
  if (fields.length < 3 || fields.length > 4 || !PRINT_PAGE_FIELD.test(fields[2]!) || !/^(?:The )?\p{Lu}[\p{L}'’.&-]*(?: \p{Lu}[\p{L}'’.&-]*){0,5}$/u.test(fields[0]!)) return undefined;
  const found = /\d{4}/.test(fields[1]!) ? datesOfLine(fields[1]!, order) : undefined;
  if (!found || found.byline) return undefined;
  const byline = fields[3];
  // A digit in the names' field only in the reporter's address glued on after them.
  const at = byline?.lastIndexOf(" ") ?? -1;
  const names = byline && at > 0 && byline.slice(at).includes("@") ? byline.slice(0, at) : byline;
  return byline && !/\d/.test(names!) ? { ...found, byline: /^by\s/i.test(byline) ? byline : `By ${byline}` } : found;
}

export function datesOfLine(line: string, order?: DateOrder): DateLine | undefined {
  line = zoneInLetters(line);
  const fielded = fieldsThenDate(line.trim(), order);
  if (fielded) return fielded;
  const printed = printEditionFields(line.trim(), order);
  if (printed) return printed;
  // "KYODO NEWS - Jan 29, 2020 - 17:32 | All, Japan": the sections it is filed in, after a bar.
  const bar = line.length <= 200 ? line.lastIndexOf(" | ") : -1;
  if (bar > 0 && /^\p{Lu}\p{L}*(?: \p{Lu}\p{L}*)?(?:, \p{Lu}\p{L}*(?: \p{Lu}\p{L}*)?){0,4}$/u.test(line.slice(bar + 3).trim())) {
    const found = datesOfLine(line.slice(0, bar), order);
    if (found) return found;
  }
  // The names glued to the stamp, as Stuff's page copies them: "Ann Lee and Bob Stone17:12, Jan 22 2019".
  const gluedNames = line.length <= 200 ? GLUED_NAMES.exec(line.trim()) : null;
  if (gluedNames) {
    const found = datesOfLine(line.trim().slice(gluedNames[0].length), order);
    if (found && !found.byline) return { ...found, byline: gluedNames[1]! };
  }
  // A reading time printed after the date ("Jan 29, 2020 · 4 min read") is the page's, not a date's.
  // Cut by string search: a pattern starting with spaces is retried from each space of a run.
  let text = line.trim();
  // A numeric date with a two-digit year, as a Washington site prints it: "01/23/19 09:39 AM EST".
  // The century is this one up to next year's, else the last.
  if (text.length <= 200) text = text.replace(/\b(\d{1,2})\/(\d{1,2})\/(\d{2})\b(?!\/)/g, (_m, a: string, b: string, y: string) => `${a}/${b}/${Number(y) <= (new Date().getFullYear() % 100) + 1 ? 20 : 19}${y}`);
  // The short date glued to the long one, as Deutsche Welle's page copies: "01/29/2020January 29,
  // 2020". The long one says it all, in words: the short one, whose order it would have to guess, goes.
  const glued = text.length <= 80 ? GLUED_SHORT_DATE.exec(text) : null;
  if (glued) text = text.slice(glued[0].length);
  // A blog theme's fields parted by tildes, the author's name bare among them: "May 16, 2019 ~ Ann
  // Lee ~ Leave a comment"; or a news app's, by a middle dot after the date: "Jan 14, 2019 · Ann Lee".
  const separator = text.includes(" ~ ") ? " ~ " : / · \p{Lu}[\p{L}'’.-]+(?: \p{Lu}[\p{L}'’.-]+){1,3}(?: and \p{Lu}[\p{L}'’.-]+(?: \p{Lu}[\p{L}'’.-]+){1,3})?$/u.test(text) ? " · " : undefined;
  if (separator && text.length <= 200) {
    const fields = text.split(separator).map((f) => f.trim()).filter((f) => !COMMENT_FIELD.test(f));
    const name = fields.find((f) => /^\p{Lu}[\p{L}'’.-]+(?: \p{Lu}[\p{L}'’.-]+){1,3}(?: and \p{Lu}[\p{L}'’.-]+(?: \p{Lu}[\p{L}'’.-]+){1,3})?$/u.test(f) && !f.split(" ").some((w) => MONTH_WORD.test(w) || (w !== "and" && LABEL_WORDS.has(w.toLowerCase()))));
    const rest = fields.filter((f) => f !== name);
    const found = rest.length === 1 ? datesOfLine(rest[0]!, order) : undefined;
    return found && name && !found.byline ? { ...found, byline: name } : found;
  }
  // Or an episode's length, as a paper's podcast page prints it: "Jan. 29, 2020 | 18 min listen".
  const reading = text.length <= 240 ? /\d{1,3} min(?:ute)?s?(?: to)? (?:read|listen)$/i.exec(text) : null;
  if (reading) {
    text = text.slice(0, reading.index);
    while (/[\s·•|,–—-]$/.test(text)) text = text.slice(0, -1);
  }
  // Or before it, as blogs print it: "5 min read · Oct 3, 2019".
  const readingFirst = text.length <= 240 ? /^\d{1,3} min(?:ute)?s?(?: to)? read[\s·•|,–—-]*/i.exec(text) : null;
  if (readingFirst) text = text.slice(readingFirst[0].length);
  // A chat app's message header: the sender and the time in brackets, "Valley News Now, [29.01.2020 17:32]".
  const header = text.length <= 120 ? /^[\p{L}\d '’&.-]{2,40}, \[([^\]]{8,30})\]$/u.exec(text) : null;
  if (header) text = header[1]!;
  // Spanish labels and months, as a Spanish-language network prints its English stories' dates:
  // "Publicado el 28 de enero de 2019 • Actualizado el 28 de enero de 2019 a las 2:48 pm".
  if (SPANISH_MONTH.test(text)) text = inEnglish(text);
  // Or the item's age before it, as a news app prints it: "4h ago · Jan. 28, 2019", "2d · Oct 14, 2019".
  const ageFirst = text.length <= 240 ? /^(?:\d{1,3} ?(?:[smhdw]|mins?|hrs?|hours?|days?|weeks?)(?: ago)?|Yesterday|Today|Just now) ?[·•|,–—-] ?/i.exec(text) : null;
  if (ageFirst) text = text.slice(ageFirst[0].length);
  // The page's section after the date and a spaced dash, as a brief's site prints it: "Jan 29,
  // 2020 - Politics & Policy". Capitalised words, none a label's, a month's or a zone's in capitals.
  const section = text.length <= 200 ? SECTION_AFTER.exec(text) : null;
  if (section && !section[1]!.split(" ").some((w) => LABEL_WORDS.has(w.toLowerCase()) || MONTH_WORD.test(w) || /^\p{Lu}{2,4}$/u.test(w))) text = text.slice(0, section.index);
  // The app a post was sent from after its date, as a social platform prints it: "10:05 AM · Dec 7, 2019·Twitter for iPhone".
  const client = text.length <= 200 ? POSTING_APP.exec(text) : null;
  if (client) text = text.slice(0, client.index);
  if (!text || text.length > 200 || !/\d{4}/.test(text)) return undefined;
  // A reader view glues the update to the date before it: "Published Feb. 13, 2019Updated 1:25 p.m. ET",
  // "5:32 PM ESTUpdated 2 hours ago".
  text = text.replace(/([\dA-Za-z])(?=(?:Updated|Modified|Last updated|Published|Posted)\b)/g, "$1 ");
  // A page's markup glues the time to the year ("January 29, 20205:32 PM ET"), or the date to its
  // copy ("29 Jan 202029 Jan 2020"): a year of this century or the last, then a clock or a day.
  text = text.replace(/\b((?:19|20)\d\d)(?=\d{1,2}[:.]\d\d\b|\d{1,2} (?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec))/g, "$1 ");
  // An update told by its age after the date: "September 18, 2019 / 4:59 PM / Updated 3 min ago".
  const updatedAge = text.length <= 240 ? /Updated (?:\d{1,3} ?(?:mins?|minutes?|hours?|hrs?|days?|weeks?|months?|years?)|an? (?:minute|hour|day|week|month|year)) ago$/i.exec(text) : null;
  if (updatedAge && updatedAge.index > 0) {
    text = text.slice(0, updatedAge.index);
    while (/[\s/·|,–—-]$/.test(text)) text = text.slice(0, -1);
  }
  // A network's clock in four digits, with another zone's in parentheses: "Updated 1417 GMT (2217 HKT) April 8, 2019".
  // Only at the line's start or after its label: "2019 GMT" after a date is its year.
  text = text.replace(/^((?:(?:Updated|Posted|Published) )?)([01]\d|2[0-3])([0-5]\d) (GMT|UTC|ET|EST|EDT)\b(?: \([0-2]\d[0-5]\d [A-Z]{2,4}\))?/i, "$1$2:$3 $4");
  // A zone after a date with no clock: "February 11, 2019 GMT".
  text = text.replace(/(\d{4}) (?:GMT|UTC)$/, "$1");
  // The station or the agency after the date and its clock, as a network's local site prints it:
  // "January 29, 2020 / 5:32 PM MST / CBS Colorado". Cut by string search.
  const lastSlash = text.lastIndexOf(" / ");
  if (lastSlash > 0 && text.length <= 200 && /\d{4}/.test(text.slice(0, lastSlash)) && /^\p{Lu}[\p{L}&'’.-]*(?: \p{Lu}[\p{L}&'’.-]*){0,4}$/u.test(text.slice(lastSlash + 3)) && !MONTH_WORD.test(text.slice(lastSlash + 3).split(" ")[0]!) && !LABEL_WORDS.has(text.slice(lastSlash + 3).split(" ")[0]!.toLowerCase())) text = text.slice(0, lastSlash);
  // "May. 06, 2019": a site's style puts the abbreviation's stop on May too.
  text = text.replace(/\bMay\. (?=\d)/, "May ");
  // The country for a zone after the clock, as a British broadcaster prints it: "Wednesday 29
  // January 2020 17:32, UK" is London's time, GMT or BST by the date.
  const inUk = /\d{1,2}:\d{2},? UK$/.test(text);
  if (inUk) text = text.replace(/,? UK$/, "");
  // The names (and the outlet) before the date after spaced slashes, as Indian and court-news
  // sites print them: "Ann Lee & Bob Stone / Valley Times / Updated: Jan 29, 2020", "ANN LEE / January 29, 2020".
  const lead = leadingByline(text);
  if (lead) text = lead.rest;
  // Or the name before a bar, as Mexico News Daily prints it: "Ann Lee | January 29, 2020" (`NAME_BAR_DATE`).
  const barred = lead ? null : NAME_BAR_DATE.exec(text);
  if (barred) text = text.slice(barred[0].length);
  // Or the month, day and year between spaced dashes, as Graphic Online prints them: "Jan - 29 - 2020 , 17:32".
  text = text.replace(SPACED_DASH_DATE, "$1 $2, $3");
  // A release's label before its date: "For Immediate Release: Wednesday, January 29, 2020", or
  // a release service's ("Public Release: 29-Jan-2020", "NEWS RELEASE 29-JAN-2020", as EurekAlert! prints it).
  text = text.replace(/^(?:For (?:Immediate )?Release|Release Date|Date of Release|(?:Public|News|Press) Release)\s*[:–—-]?\s*/i, "");
  // The place before the date after a spaced dash, as Spanish and Latin American papers print
  // it: "Madrid - 29 Jan 2020 - 17:32 CET". One to three capitalised words, none a label's, a
  // weekday's or a month's ("Wednesday - Jan 29, 2020" is still the weekday), not a byline's "By",
  // not a document's name ("Daily Coverage Report — Saturday 5 January 2019" is a report's date, not a story's).
  // A clipper's typed source line: "Source: The Valley Times, 28 March 2019".
  const source = /^Source: (?:The )?\p{Lu}[\p{L}'’.&-]*(?: \p{Lu}[\p{L}'’.&-]*){0,4}, (?=\S)/u.exec(text);
  if (source && /\d{4}/.test(text.slice(source[0].length))) text = text.slice(source[0].length);
  // Or the paper's name, as a clipper types it over a clipping: "The Front Range Gazette — Jan. 14, 2019".
  // Issuu's article page prints the issue so: "From The Valley Shopper - January 29, 2020".
  // Names in capitals before a numeric date after a spaced dash, as a tech site prints its
  // byline: "ANN LEE - 1/29/2020, 5:32 PM", "ANN LEE AND BOB STONE - …". The reporters, not a
  // place: a place so placed is in lower case ("Madrid - 29 Jan 2020") and no city's first word
  // ("NEW YORK", "SAN JOSE") opens the names.
  const capitals = text.length <= 200 ? CAPITAL_NAMES_DASH.exec(text) : null;
  // "BY ANN LEE - …" is left to the label's own reading below.
  if (capitals && !/^BY /.test(capitals[1]!) && !CITY_FIRST_WORD.test(capitals[1]!) && !capitals[1]!.split(/ AND | /).some((w) => LABEL_WORDS.has(w.toLowerCase()))) {
    const found = datesOfLine(text.slice(capitals[0].length), order);
    if (found && !found.byline) return { ...found, byline: capitals[1]!.replace(/ AND /g, " and ") };
  }
  const place = /^((?:From )?(?:The )?\p{Lu}[\p{L}'’.-]*(?: \p{Lu}[\p{L}'’.-]*){0,3}) [-–—] (?=\S)/u.exec(text);
  if (place && /\d{4}/.test(text.slice(place[0].length)) && !/^By\b/i.test(place[1]!) && !place[1]!.split(" ").some((w) => LABEL_WORDS.has(w.toLowerCase().replace(/[.,]$/, "")) || MONTH_WORD.test(w) || DOCUMENT_WORD.test(w))) text = text.slice(place[0].length);
  // Or after a comma, as Issuu's article page prints the issue the story is from: "Lakeport Weekly, January 29, 2020".
  const issue = PAPER_COMMA_DATE.exec(text);
  if (issue && !/^By\b/i.test(issue[1]!) && !issue[1]!.split(" ").some((w) => LABEL_WORDS.has(w.toLowerCase()) || MONTH_WORD.test(w) || DOCUMENT_WORD.test(w))) text = text.slice(issue[1]!.length + 2);
  // A library's citation of a paper's page: "The Valley Gazette (Valley City, Colo.), Wednesday,
  // January 29, 2020, Final Edition, Page A3, Image 3". The paper's name (and its town in
  // parentheses) before the date and the page after it are the citation's, not words of a sentence.
  const citation = citationDate(text);
  if (citation) text = citation;
  if (NUMERIC.test(text)) {
    // Every numeric date of the line in one order: the one any of them proves, else the batch's.
    const use = orderOf(text) ?? order ?? eitherOrder(text);
    if (!use) throw new AmbiguousDate(text);
    text = text.replace(NUMERIC_ALL, (_all, a: string, b: string, y: string) => {
      const [d, m] = use === "dmy" ? [Number(a), Number(b)] : [Number(b), Number(a)];
      return iso(Number(y), m, d);
    });
  }
  const results = chrono.strict.parse(text, undefined, { timezones: CHRONO_ZONES });
  const dates: LineDate[] = [];
  let rest = "";
  let from = 0;
  for (const r of results) {
    const before = text.slice(from, r.index);
    rest += ` ${before}`;
    from = r.index + r.text.length;
    const s = r.start;
    const generic = /\b(ET|CT|MT|PT|NT)\b/.exec(r.text)?.[1];
    const zone = generic ? { zone: GENERIC_ZONES[generic]! } : s.isCertain("timezoneOffset") ? { offset: s.get("timezoneOffset")! } : inUk ? { zone: "Europe/London" } : {};
    const clock = s.isCertain("hour") ? { time: `${pad(s.get("hour")!)}:${pad(s.get("minute") ?? 0)}`, ...zone } : undefined;
    // Only a full calendar date with its year printed; "2 hours ago" is furniture. A clock time
    // of its own ("Jan 29, 2020 / 5:32 PM MST") is the time of the date before it.
    if (!/\d{4}/.test(r.text) || !s.isCertain("day") || !s.isCertain("month")) {
      const last = dates.at(-1);
      // A time alone after an update's label, the date printed before it: the update's time on
      // that day ("Published Jan. 5, 2019 · Last update 4:26 p.m. MST").
      if (clock && last && /\b(?:update[ds]?|modified)\b[^\d]*$/i.test(before) && /\d[:.]\d\d/.test(r.text)) {
        dates.push({ date: last.date, role: "updated", ...clock });
        continue;
      }
      // And after the first publication's, the update printed first: "Updated May 16 2019 -
      // 7:06pm, first published 4:49pm", as Australian regional papers print a same-day update.
      if (clock && last?.role === "updated" && /\b(?:first |originally )?published\b[^\d]*$/i.test(before) && /\d[:.]\d\d/.test(r.text)) {
        dates.push({ date: last.date, role: "published", ...clock });
        continue;
      }
      if (clock && last && !last.time && /\d[:.]\d\d/.test(r.text) && !/\bago\b/i.test(r.text)) Object.assign(last, clock);
      continue;
    }
    const date = iso(s.get("year")!, s.get("month")!, s.get("day")!);
    if (!isPublicationDate(date)) return undefined;
    const label = text.slice(0, r.index).toLowerCase();
    const lastUpdated = Math.max(label.lastIndexOf("update"), label.lastIndexOf("modified"));
    const lastPublished = Math.max(label.lastIndexOf("published"), label.lastIndexOf("publishing"), label.lastIndexOf("posted"), label.lastIndexOf("issued"), label.lastIndexOf("original"));
    dates.push({ date, role: lastUpdated > lastPublished ? "updated" : "published", ...clock });
  }
  rest += ` ${text.slice(from)}`;
  if (!dates.length) return undefined;
  // A span of two dates with only a dash or "to" between them ("25 Feb 2020 - 22 Mar 2023", an
  // archive's first and last capture, an event's run): no page's publication date, which labels
  // a second date ("Updated …").
  if (results.some((r) => r.end?.isCertain("day")) || (results.length >= 2 && dates.length >= 2 && dates.every((d) => d.role === "published") && /^\s*(?:[-–—]|to|until|through)\s*$/i.test(text.slice(results[0]!.index + results[0]!.text.length, results[1]!.index)))) return undefined;
  // A newsletter's masthead prints its tagline there too ("Local news, powered by readers | Issue
  // No. 149 | April 20, 2019"): beside an issue's number, a field with no digit is no date's.
  const fields = rest.split(/\s[•|·](?:\s|$)/);
  if (fields.some((field) => ISSUE_FIELD.test(field.trim()))) rest = fields.filter((field) => !ISSUE_FIELD.test(field.trim()) && /\d/.test(field)).join(" ");
  let byline: string | undefined;
  // "Story by Ann Lee | Photos by Bob Stone | March 17, 2019": the photographer's field is no byline's.
  rest = rest.replace(/ [|•] (?:Photos?|Photography|Video|Graphics?|Illustrations?) by [^|•]{1,60}(?= [|•]|$)/g, "");
  // "BY: ANN LEE - JANUARY 29, 2020 5:32 PM": the label's colon, as States Newsroom's sites print it.
  rest = rest.replace(/ (by):(?= )/gi, " $1");
  const by = rest.toLowerCase().lastIndexOf(" by ");
  if (by >= 0) {
    // "Posted by Ann Lee at 1/29/2020 05:32:00 PM": the "at" before the date is the label's, not the name's.
    // "BY ANN LEE ON 1/29/20 AT 5:32 PM EST": the "on" before the date too (Newsweek's older pages).
    byline = rest.slice(by + 4).trim().replace(/ at$/, "").replace(/ (?:on|ON|On)$/, "").replace(/ [-–—]$/, "");
    // "Published by The Lakeport Record on Jan. 29, 2020." (a paper's obituary on Legacy.com):
    // the publisher, not the writer.
    const publisher = /(?:^|\s)Published$/i.test(rest.slice(0, by)) && PUBLISHER.test(withoutTrail(byline));
    // "By Ann Lee@annlee Updated Jan 29, 2020": the date's label after the name is the date's;
    // "By Ann Lee Globe Staff,Updated …": glued to it with a comma, as The Boston Globe's copy.
    const label = /[ ,](?:Last )?(?:Updated|Published|Posted|Modified|Edited)(?: on| at)?:?$/i.exec(byline);
    if (label && label.index > 0) {
      rest += ` ${label[0].trim()}`;
      byline = byline.slice(0, label.index);
    }
    // The story's section between the date and the byline, as WordPress themes print it: "On
    // January 29, 2020 5:32 pm In Metro by Ann Lee".
    rest = rest.slice(0, by).replace(/ In \p{Lu}[\p{L}'’-]*(?: (?:&|\p{Lu}[\p{L}'’-]*)){0,2} *$/u, "");
    // Fields after bars: "Ann Lee | Pune | Updated:" is the names, the place and the date's
    // label. The names are the first field; a later one is a label or a place of one to three
    // capitalised words, else the line is not a date line.
    const fields = byline.split(/\s[|•]\s|\s[|•]$/).map((f) => f.trim()).filter(Boolean);
    if (fields.length > 1) {
      byline = fields[0];
      for (const f of fields.slice(1)) {
        if (/^\p{Lu}[\p{L}.'’-]*(?: \p{Lu}[\p{L}.'’-]*){0,2}$/u.test(f) && !LABEL_WORDS.has(f.toLowerCase())) continue;
        rest += ` ${f}`;
      }
    }
    if (publisher) byline = undefined;
  }
  // A paper's front-page line: the date between bullets or bars with the price, the web address,
  // the volume and number or the edition ("WEDNESDAY, JANUARY 29, 2020 • $1.50 • HERALD.EXAMPLE"),
  // or a newsletter's issue ("Issue #139 · Friday, January 4, 2019").
  if (/\s[•|·]\s/.test(rest)) rest = rest.split(/\s[•|·]\s/).filter((field) => !FRONT_PAGE_FIELD.test(field.trim())).join(" ");
  const tokens = rest.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter(Boolean);
  if (!tokens.every((t) => LABEL_WORDS.has(t) || /^\d{1,2}$/.test(t))) return undefined;
  if (lead?.names) byline ??= lead.names;
  if (barred && !barred[1]!.split(" ").some((w) => LABEL_WORDS.has(w.toLowerCase()))) byline ??= barred[1];
  // "By Euronews  •  last updated: …": the separator before the date is no part of the names.
  byline = byline?.trimEnd().replace(/[•·|]$/u, "").trim() || undefined;
  return { dates, ...(byline ? { byline } : {}) };
}

/** A paper's name, a comma and a full date with nothing after it: "Lakeport Weekly, January 29, 2020", "The Valley Shopper, Jan. 29, 2020". */
const PAPER_COMMA_DATE = /^((?:The )?\p{Lu}[\p{L}'’.&-]*(?: \p{Lu}[\p{L}'’.&-]*){0,3}), (?=(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]{0,6}\.? \d{1,2}, \d{4}$)/u;

/** A page's place in a paper, as a citation gives it: "Page A3", "p. 12", "Image 3", "Section B", "Final Edition", "seq. 4". */
const PAGE_FIELD = /^(?:Page|Pg\.?|p\.|pp\.|Image|Img\.?|Seq(?:uence|\.)?|Section|Sec\.|Col(?:umn|\.)?)\s?[A-Z]?\d{1,4}[A-Z]?$|^(?:(?:Late|Final|Early|Home|City|Metro|Weekend|Sunday|Morning|Evening|Daily|Extra|Second|First|Last) )+Edition$|^Vol(?:ume|\.)? ?[\dIVXLC]+$|^No\.? ?\d+$/i;

/**
 * The date of a citation line with the paper's name before it and its page after it, with the
 * citation's other fields taken out; undefined for any other line. A page field is what tells
 * a citation from a sentence with commas.
 * @example citationDate("The Valley Gazette (Valley City, Colo.), January 29, 2020, Page A3") // "January 29, 2020"
 */
function citationDate(text: string): string | undefined {
  const paper = /^(?:The )?\p{Lu}[\p{L}'’.&-]*(?: (?:of |and |& )?\p{Lu}[\p{L}'’.&-]*){0,5}(?: \([^()]{1,40}\))?,\s/u.exec(text);
  if (!paper) return undefined;
  const fields = text.slice(paper[0].length).split(/,\s*/);
  const pages = fields.filter((f) => PAGE_FIELD.test(f.trim()));
  if (!pages.length) return undefined;
  return fields.filter((f) => !PAGE_FIELD.test(f.trim())).join(", ");
}

/**
 * A name of two to four capitalised words before a bar and the date, with nothing after it: "Ann
 * Lee | January 29, 2020" (the year is asked of the date below, as of every line's). The outlet's
 * name in its place ("Mexico News Daily | …") names no one, which the byline's reading tells.
 */
const NAME_BAR_DATE = /^(\p{Lu}[\p{L}'’.-]*(?: \p{Lu}[\p{L}'’.-]*){1,3}) \| (?=[^|]{6,80}$)/u;

/** "dmy" when every numeric date of the line reads the same in either order ("08-08-2019"): no order to prove. */
function eitherOrder(text: string): DateOrder | undefined {
  return [...text.matchAll(NUMERIC_ALL)].every((m) => Number(m[1]) === Number(m[2])) ? "dmy" : undefined;
}

/** The month, day and year between spaced dashes, a comma before the clock: "Jan - 29 - 2020 , 17:32". */
const SPACED_DASH_DATE = /^((?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]{0,6}) - (\d{1,2}) - (\d{4})(?: ,)?(?= \d{1,2}:\d{2}$|$)/;

/** One or two names in capitals, two to four words each, before a spaced dash and a numeric date: "ANN LEE - 1/29/2020" (`datesOfLine`). */
const CAPITAL_NAMES_DASH = /^(\p{Lu}[\p{Lu}'’.-]+(?: \p{Lu}[\p{Lu}'’.-]*){1,3}(?: AND \p{Lu}[\p{Lu}'’.-]+(?: \p{Lu}[\p{Lu}'’.-]*){1,3})?) [-–—] (?=\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}\b)/u;
/** A city's first word in capitals, no person's: "NEW YORK", "SAN JOSE", "FORT WORTH". */
const CITY_FIRST_WORD = /^(?:NEW|SAN|SANTA|LOS|LAS|LA|EL|FORT|PORT|SAINT|ST\.|MOUNT|MT\.|NORTH|SOUTH|EAST|WEST|UPPER|LOWER|GREATER|LAKE|CAPE|HONG|KUALA|BUENOS|RIO|TEL|ABU|COSTA|SRI|SAUDI|UNITED|HO) /;

/** A name of two to four capitalised words, in capitals or not: "Ann Lee", "ANN B. LEE". */
const PERSON = /^\p{Lu}[\p{L}'’.-]*(?: \p{Lu}[\p{L}'’.-]*){1,3}$/u;
/** A wire agency's initials standing for the names: "PTI", "AP", "IANS". */
const AGENCY = /^\p{Lu}{2,5}$/u;

/**
 * The fields before a date after spaced slashes: the names first (people, or an agency's
 * initials, which name no one), then an outlet of one to four capitalised words; the date's
 * field is the first holding a year.
 */
function leadingByline(text: string): { names?: string; rest: string } | undefined {
  // Spaced slashes, or middle dots as public broadcasters print them: "Ann Lee, Bob Stone · LPB
  // News · Posted: Jan 29, 2020 5:32 PM CT", "The Canadian Press · Posted: …".
  const starts = [0, ...[...text.matchAll(/ [/·•] /g)].map((m) => m.index + 3)];
  const fields = starts.map((s, k) => text.slice(s, k + 1 < starts.length ? starts[k + 1]! - 3 : undefined));
  const at = fields.findIndex((f) => /\d{4}/.test(f));
  if (at < 1 || at > 3) return undefined;
  // The names come first, or after the site's address as a read-later app prints it
  // ("valleygazette.example · by Ann Lee · Jan 29, 2020"), with "by" before them or not.
  const before = fields.slice(0, at).map((f) => f.trim());
  const site = before.length > 1 && /^(?:www\.)?[\w-]+(?:\.[\w-]+)+$/.test(before[0]!) ? 1 : 0;
  const [labelled, ...outlets] = before.slice(site);
  const names = labelled!.replace(/^(?:by|por)\s+/i, "");
  // "Por Ann Lee y Bob Stone": a Spanish byline's "y" after "Por".
  const spanish = /^por\s/i.test(labelled!);
  const people = names.split(spanish ? /,|&|\band\b| y / : /,|&|\band\b/).map((n) => n.trim());
  // Or the newsroom's team or staff, naming no one: "The Valley Brief team · Oct 18, 2019".
  const staff = /^(?:[Tt]he )?\p{Lu}[\p{L}\p{N}'’.&-]*(?: \p{Lu}[\p{L}\p{N}'’.&-]*){0,4} (?:[Tt]eam|[Ss]taff)$/u.test(names);
  if (!AGENCY.test(names) && !staff && !people.every((n) => PERSON.test(n))) return undefined;
  // The outlet as the names' employer or not: "LPB News", "for LPB News".
  if (!outlets.every((o) => /^(?:for )?\p{Lu}[\p{L}\p{N}&'’.-]*(?: \p{Lu}[\p{L}\p{N}&'’.-]*){0,3}$/u.test(o))) return undefined;
  return { ...(AGENCY.test(names) || staff ? {} : { names: spanish ? names.replace(/ y (?=\p{Lu})/gu, " and ") : names }), rest: text.slice(starts[at]) };
}

/** "Updated at 3:42 PM EST": an updated time printed without its day, which is the published day. */
const UPDATED_TIME = /^(?:Last )?(?:Updated|Modified|Edited)(?: at| on)?:? +(\d{1,2}[:.]\d{2}(?: ?[ap]\.?m\.?)?(?: +[A-Z]{1,5})?)$/i;

/**
 * The time of a line that says when the page was updated without saying the day ("Updated at
 * 3:42 PM EST", below the published date): the published day is the updated one.
 * @example updatedTimeOfLine("Updated at 3:42 PM EST") // { time: "15:42", offset: -300 }
 */
export function updatedTimeOfLine(line: string): Omit<LineDate, "date" | "role"> | undefined {
  const m = UPDATED_TIME.exec(zoneInLetters(line).trim());
  if (!m) return undefined;
  const zoneWord = /[A-Z]{1,5}$/i.exec(m[1]!.replace(/[ap]\.?m\.?$/i, ""))?.[0];
  if (zoneWord && !LABEL_WORDS.has(zoneWord.toLowerCase())) return undefined;
  // chrono reads the clock and the zone, given a day to hang them on (the day is not used).
  const read = chrono.strict.parse(`January 1, 2001 ${m[1]!.replace(".", ":")}`, undefined, { timezones: CHRONO_ZONES })[0]?.start;
  if (!read?.isCertain("hour")) return undefined;
  const generic = zoneWord ? GENERIC_ZONES[zoneWord.toUpperCase()] : undefined;
  const zone = generic ? { zone: generic } : read.isCertain("timezoneOffset") ? { offset: read.get("timezoneOffset")! } : {};
  return { time: `${pad(read.get("hour")!)}:${pad(read.get("minute") ?? 0)}`, ...zone };
}

/**
 * The calendar day a line that is only a date names, as YYYY-MM-DD: its published date, else
 * its updated one.
 * @example dateOfLine("Friday, January 4, 2019") // "2019-01-04"
 */
export function dateOfLine(line: string, order?: DateOrder): string | undefined {
  let found: DateLine | undefined;
  try {
    found = datesOfLine(line, order);
  } catch {
    return undefined;
  }
  if (!found || found.byline) return undefined;
  return (found.dates.find((d) => d.role === "published") ?? found.dates[0])!.date;
}

/**
 * Whether a name is a time zone Luxon knows: an IANA name such as America/Denver, or UTC.
 * @example isTimeZone("America/Denver") // true
 */
export function isTimeZone(zone: string): boolean {
  return IANAZone.isValidZone(zone);
}

/**
 * A line's date as the article's date: the calendar day alone when no time is printed; with a
 * time, that time in the zone the line prints, else in the archive's zone, as an ISO date-time
 * with its offset. The day is always the one printed. Without a zone for a zone-less time the
 * day alone is kept rather than a zone guessed.
 * @example stampOf({ date: "2020-01-29", role: "published", time: "17:32" }, "America/Denver") // "2020-01-29T17:32:00-07:00"
 */
export function stampOf(d: LineDate, timezone?: string): string {
  if (!d.time) return d.date;
  const zone = d.zone ?? (d.offset !== undefined ? FixedOffsetZone.instance(d.offset) : timezone);
  if (!zone) return d.date;
  const [year, month, day] = d.date.split("-").map(Number) as [number, number, number];
  const [hour, minute] = d.time.split(":").map(Number) as [number, number];
  const at = DateTime.fromObject({ year, month, day, hour, minute }, { zone });
  // A time a clock change skips (2:30 on the spring-forward night) moves on an hour: the day
  // stays the one printed, or the day alone is kept.
  return at.isValid && at.toISODate() === d.date ? at.toISO({ suppressMilliseconds: true })! : d.date;
}

/**
 * A date as given in a CSV column or a page's metadata, as a publication date the schema
 * accepts: an ISO date-time keeps its zone, anything else becomes YYYY-MM-DD.
 * @example normaliseDate("January 4, 2019") // "2019-01-04"
 */
export function normaliseDate(value: string, order?: DateOrder, timezone?: string): string | undefined {
  const text = value.trim();
  if (!text) return undefined;
  if (isPublicationDate(text)) return text;
  // Seconds-less or zone-less date-times from exports ("2020-01-29 17:32"): the time in the
  // archive's zone, else the calendar day as written.
  const local = /^(\d{4}-\d{2}-\d{2})[T ](\d{2}):(\d{2})(?::\d{2}(?:\.\d+)?)?$/.exec(text);
  if (local && isPublicationDate(local[1]!)) return stampOf({ date: local[1]!, role: "published", time: `${local[2]}:${local[3]}` }, timezone);
  const day = /^(\d{4}-\d{2}-\d{2})[T ]/.exec(text);
  if (day && isPublicationDate(day[1]!)) return day[1];
  return dateOfLine(text, order);
}

/** A name without the stops, spaces and "on" or "at" after it: "The Lakeport Record on ." → "The Lakeport Record" (no pattern: `[\s.,]*$` backtracks). */
function withoutTrail(text: string): string {
  const trim = (t: string) => {
    let end = t.length;
    while (end > 0 && /[\s.,]/.test(t[end - 1]!)) end--;
    return t.slice(0, end);
  };
  return trim(trim(text).replace(/\s(?:on|at)$/i, ""));
}
