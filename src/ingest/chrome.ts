/**
 * Site chrome: the lines a news site wraps around a story (navigation, app and share prompts,
 * newsletter and cookie notices) that a copy or a scrape carries along.
 *
 * Removal is conservative by construction: a pattern must match a whole line, and each is
 * written for a prompt's exact shape, so a story sentence that merely mentions a newsletter or
 * cookies never matches. Every removed line is returned, so the importer can list it.
 */
import { ONE_WIRE } from "./agencies.ts";

export interface ChromePattern {
  /** what the line is, as reported to people */
  name: string;
  /** matched against the whole, trimmed line */
  pattern: RegExp;
}

const SHARE_TARGET = String.raw`(?:Facebook|Twitter|X|LinkedIn|Reddit|WhatsApp|Pinterest|Flipboard|Threads|Bluesky|Instagram|TikTok|YouTube|Mastodon|Tumblr|Telegram|X \(Twitter\)|Twitter \(X\)|E-?mail|Print|Copy(?: link)?|Link|Share|Tweet|Republish|Comments?)`;
// In a row of buttons "Copy link" is "Copy" then "Link": one spelling each, because two ways to
// read the same words double the paths a failing match tries at every word (exponential time).
const SHARE_WORD = String.raw`(?:Facebook|Twitter|X|LinkedIn|Reddit|WhatsApp|Pinterest|Flipboard|Threads|Bluesky|Instagram|TikTok|YouTube|Mastodon|Tumblr|Telegram|X \(Twitter\)|Twitter \(X\)|E-?mail|Print|Copy|Link|Share|Tweet|Republish|Comments?)`;
// "Local News" is "Local" then "News", for the same reason.
// A footer's row of legal and service links: "Privacy Policy | Terms of Use".
const LEGAL_WORD = String.raw`(?:Privacy Policy|Privacy Notice|Terms of (?:Use|Service)|Terms (?:&|and) Conditions|Cookie Policy|Cookie Settings|Contact Us|About Us|Accessibility|Site ?Map|Careers|Advertise(?: with us)?|Unsubscribe|Update (?:your )?preferences|Manage (?:your )?(?:preferences|subscription)|Do Not Sell My (?:Personal )?Info(?:rmation)?|Your Privacy Choices|FCC (?:Public )?(?:Applications|File)|EEO (?:Report|Statement)|Public (?:Inspection )?File|Closed Captioning(?:\/Audio Description)?|Send Feedback|Report (?:a correction(?: or typo)?|an? (?:editorial )?error|a typo)|Editorial (?:code of conduct|guidelines|policy)|Code of conduct and complaints|Copyright Policy|Data Policy|Subscriber Agreement|(?:Your )?Ad Choices|Advertising Guidelines|Trademarks|Contact Customer (?:Care|Service))`;
const NAV_WORD = String.raw`(?:Home|About|Contact|News|Local|U\.S\.|World|Politics|Business|Money|Sports|Weather|Entertainment|Health|Science|Tech(?:nology)?|Lifestyle|Opinion|Video|Videos|Photos|Live|Live TV|Shows|Podcasts?|Crime|Traffic|Investigations?|Menu|Search|Sections|More|Community|Regional|Region|National|Nation|Metro|Obituaries|Features|Culture|Arts|Sport)`;
const LANGUAGE = String.raw`(?:English|Cymraeg|Français|Francais|Español|Espanol|Deutsch|Gaeilge|Gàidhlig|Afrikaans|isiZulu|isiXhosa|Italiano|Português|Nederlands|Te Reo Māori|Māori|Filipino|Tagalog|Hausa|Yorùbá|Yoruba|Igbo|हिन्दी|中文|EN|FR|ES|DE|CY|GA|AF|IT|PT|NL)`;
// A bilingual site's section, its name in the other language first: "Newyddion / News", "Chwaraeon / Sport".
const NAV_PAIR = String.raw`(?:[\p{L}'’-]{2,20} \/ )?${NAV_WORD}`;

/**
 * A chat app's exported message: its date and time, then the sender (WhatsApp on iPhone
 * "[08/01/19, 7:28:24 AM] Priya: …", on Android "23/01/2019, 14:44 - Priya: …"). The story's
 * message is read without it (src/ingest/text.ts); the others are chrome.
 */
export const CHAT_MESSAGE = /^(?:\[\d{1,2}[/.]\d{1,2}[/.]\d{2,4},? \d{1,2}:\d{2}(?::\d{2})?(?: ?[AP]M)?\] |\d{1,2}[/.]\d{1,2}[/.]\d{2,4},? \d{1,2}:\d{2}(?: ?[AP]M)? - )/;

/**
 * A comment box's placeholder, with its ellipsis: "Write a comment…", "Add a reply...". Over a
 * commenter's name and the day they posted, the thread opens (src/ingest/text.ts).
 */
export const COMMENT_BOX = /^(?:Write|Add|Leave|Post|Join) (?:a|your) (?:comment|reply|response)(?:…|\.\.\.)$/i;

/** The patterns, in the order they are tried. Add a site's prompts here, each with a fixture test. */
export const CHROME_PATTERNS: readonly ChromePattern[] = [
  // CBS News' app and notification prompts, as copied from its pages (the seed's scrape).
  { name: "video prompt", pattern: /^Watch (?:CBS News|CBSN|live|now|the video|video)$/i },
  // A news database's record (Factiva's form): fields after a code and a tab (the headline, byline
  // and date are read from theirs, src/ingest/text.ts), and the labels over the lead and the text.
  { name: "a news database's field", pattern: /^(?:WC|ET|SN|SC|SE|PG|LA|CY|CO|IN|NS|RE|IPD|IPC|PUB|AN|ED|CLM|CR|ART)\t.*$/ },
  { name: "a news database's field", pattern: /^(?:LP|TD)$/ },
  // A wire's sign-off: the initials of the reporters and editors who handled the story, in lower
  // case, parted by slashes or hyphens ("al/bs/dw", "bur-ksh/mlm"), or one set after a slash ("/gsg").
  // Deutsche Welle's, with the agencies the story drew on: "ab/rt (AP, Reuters)", "tl/of (AFP, AP, Reuters)".
  { name: "the editors' initials", pattern: /^(?:[a-z]{2,4}(?:[/-][a-z]{2,4})+|\/[a-z]{2,4})(?: \([A-Za-z]{2,10}(?:, [A-Za-z]{2,10}){0,5}\))?$/ },
  // A media-monitoring clip report's fields about the clip (its headline, author and date are
  // read from theirs, src/ingest/text.ts), and its label over the story.
  { name: "a clip report's field", pattern: /^(?:Outlet|Publication|Page|Section|Circulation|Reach|AVE|Sentiment|Mentions|Word count|Media type|Edition|Prepared for):[ \t]+(?:\S.{0,119})$/ },
  { name: "a clip report's field", pattern: /^(?:Authors?|Byline):[ \t]+(?:Not credited|Uncredited|Unknown|None|N\/A)$/i },
  { name: "a clip report's field", pattern: /^(?:Full text|Article text|Clip text)$/i },
  // A chat app's exported message other than the story's (src/ingest/text.ts reads the story's without its date and sender).
  // A chat client's message header as it copies it: the sender, a dash and the time ("Deb (she/her) — 10/5/19, 6:07 PM", "mesa_mike — Today at 5:32 PM").
  { name: "a chat message's sender and time", pattern: /^[\p{L}\p{N}_.'’ ()/-]{1,40} — (?:\d{1,2}\/\d{1,2}\/\d{2,4}(?:,? \d{1,2}:\d{2} ?[AP]M)?|(?:Today|Yesterday) at \d{1,2}:\d{2} ?[AP]M)$/u },
  // Where a chat client copied a message's picture: "[ Photo ]", "[ Video ]", "[Sticker]".
  { name: "a chat's media placeholder", pattern: /^\[ ?(?:Photo|Video|Image|Sticker|GIF|Album|Document|Audio|Voice message)(?: \d{1,3})? ?\]$/ },
  { name: "a chat's message", pattern: new RegExp(String.raw`${CHAT_MESSAGE.source}.*$`) },
  // A social network's audience beside a post's date.
  { name: "a post's audience", pattern: /^Shared with (?:Public|Friends|Your friends|Everyone|Followers)$/i },
  // A wire's note on what a new version of the copy changes, above it: "Updates with reaction",
  // "Adds quotes from council leader, paras 4-6", "Corrects spelling of name in para 3".
  { name: "a wire's version note", pattern: /^\(?(?:Adds|Updates|Corrects|Recasts|Rewrites|Refiles|Changes|Fixes|Removes|Inserts|Clarifies|Amends|Tops|Retops|Re-tops)\b[^.!?]{0,100}\b(?:paras?|paragraphs?|grafs?|headline|lead|quotes?|reaction|details?|byline|dateline|spelling|comments?|background|figures|toll|name)\b[^.!?]{0,40}\)?$/ },
  // A link back to the list the page was opened from: "← Back to Saved", "Return to Transcripts main page".
  // After an arrow, or to a list's page by name (not "Return to office mandates spark protests", a headline).
  { name: "navigation", pattern: /^[←‹«<]\s?(?:Back|Return|Go back)\b[^.!?]{0,50}$/ },
  { name: "navigation", pattern: /^(?:Back to|Return to|Go back to) (?:the )?(?:[\w'’]+ ){0,3}(?:main page|home ?page|home|list|search results|results|saved|articles|stories|news|index|archive|section|transcripts)$/i },
  // A wire's slug line: "Priority: Routine | Version 2 | Words: 718".
  { name: "a wire's slug", pattern: /^(?:Priority|Urgency|Slug|Version|Words|Word count):? [\w-]{1,20}(?: \| (?:Priority|Urgency|Slug|Version|Words|Word count):? [\w-]{1,20})+$/ },
  { name: "a search result's place", pattern: /^(?:Document|Result|Article|Item) \d+ of \d+$/i },
  { name: "app prompt", pattern: /^View CBS News In$/i },
  { name: "app prompt", pattern: /^CBS News App Open$/i },
  { name: "app prompt", pattern: /^Chrome Safari Continue$/i },
  { name: "notification prompt", pattern: /^Be the first to know$/i },
  // With its pitch: "Be the first to know. Get local news sent to your inbox every morning."
  { name: "notification prompt", pattern: /^Be the first to know[.!] (?:Get|Receive|Sign up for) [^.!?]{1,80}\b(?:inbox|phone|e-?mail)\b[^.!?]{0,40}[.!]?$/i },
  {
    name: "notification prompt",
    pattern: /^Get browser notifications for breaking news, live events,? and exclusive reporting\.?$/i,
  },
  { name: "notification prompt", pattern: /^(?:Turn on|Allow|Enable) (?:browser |push )?notifications\.?$/i },
  { name: "app prompt", pattern: /^(?:Download|Get|Install) (?:the|our) (?:[\w'’&-]+ ){0,4}app(?: (?:now|today|for (?:iOS|Android|iPhone)))?[.!]?$/i },
  { name: "app prompt", pattern: /^(?:Open in (?:the )?app|Continue in (?:the )?(?:app|browser)|Not now|Open)$/i },
  // Newsletters.
  // "Start your morning with the day's key stories. Sign up for our Morning Edition newsletter.":
  // the pitch's one sentence, then the prompt.
  {
    name: "newsletter prompt",
    pattern: /^[^.!?]{10,160}[.!?] (?:Sign up|Subscribe|Register)(?: now)?(?: for| to)? (?:our|the|a) (?:free )?(?:[\w'’&-]+ ){0,4}(?:newsletters?|e-?mails?|alerts)[.!]?$/i,
  },
  {
    name: "newsletter prompt",
    pattern: /^(?:Sign up|Subscribe|Register)(?: now)?(?: for| to)? (?:our|the|a) (?:free )?(?:[\w'’&-]+ ){0,4}(?:newsletters?|e-?mails?|alerts)(?:[.!:]| (?:here|now|today)[.!]?)?$/i,
  },
  { name: "newsletter prompt", pattern: /^(?:Newsletter(?: sign[- ]?up)?|Sign up|Subscribe(?: now)?|Get (?:our|the) newsletter)[.!:]?$/i },
  { name: "newsletter prompt", pattern: /^(?:Enter your e-?mail(?: address)?|Your e-?mail(?: address)?|E-?mail address)[.:]?$/i },
  {
    name: "newsletter prompt",
    pattern: /^By (?:signing up|subscribing|clicking (?:subscribe|sign up)),? you agree to (?:our|the) (?:[\w'’&-]+ ){0,6}(?:terms|privacy policy|privacy notice)[^.]{0,80}\.?$/i,
  },
  // Cookie notices.
  // Only the notice's own wording: "We use cookies to improve your experience...", so that a
  // story's "We use cookies only where the law allows, the company said" is left alone.
  {
    name: "cookie notice",
    pattern: /^(?:We|This (?:web)?site|Our (?:web)?site) uses? cookies(?: and (?:similar|other) (?:technologies|tools))? (?:to|so that|for) (?:improve|enhance|give|offer|provide|personali[sz]e|ensure|analy[sz]e|understand|deliver|make|remember)\b[^.]{0,160}(?:\.[^.]{0,160}){0,2}\.?$/i,
  },
  { name: "cookie notice", pattern: /^(?:Accept|Reject|Allow|Manage|Decline)(?: all)? cookies$/i },
  { name: "cookie notice", pattern: /^(?:We|This (?:web)?site) uses? cookies[.!]?$/i },
  { name: "cookie notice", pattern: /^(?:Reject(?: all)?|Decline(?: all)?|Allow all)$/i },
  { name: "cookie notice", pattern: /^(?:Cookie (?:settings|policy|preferences|notice)|Accept(?: all)?|I accept|Got it|OK, got it)$/i },
  // Sharing.
  { name: "share buttons", pattern: new RegExp(String.raw`^(?:Share(?: this(?: article| story| page| post)?)?(?: on ${SHARE_TARGET})?:?)$`, "i") },
  // Between words: spaces, then at most one mark and its spaces. `\s*[|]?\s*` let the spaces
  // split two ways at each word, so a line that failed at its last word took 2^n steps.
  { name: "share buttons", pattern: new RegExp(String.raw`^${SHARE_WORD}(?:\s*(?:[|·•,/]\s*)?${SHARE_WORD})+$`, "i") },
  { name: "share buttons", pattern: /^(?:Facebook|Twitter|LinkedIn|Reddit|WhatsApp|Pinterest|Instagram|TikTok|YouTube|Tumblr|Telegram|X \(Twitter\)|Twitter \(X\)|Tweet|E-?mail|Print|Copy link|Link copied|Copied!|Thank you for sharing!|Share or comment on this article:|Republish(?: this (?:story|article))?)$/i },
  // "Follow VDOT on X @ValleyDOT and on Facebook.": the handle after the platform, "on" again after "and".
  // "Connect via Twitter or email.": below an author's line, as Nine's mastheads print it.
  { name: "follow prompt", pattern: /^Connect (?:with (?:us|me|\p{Lu}[\p{L}'’-]+) )?(?:via|on) (?:Facebook|Twitter|X|Instagram|LinkedIn|Threads|Bluesky|e-?mail)(?:(?:,| or| and| &) (?:Facebook|Twitter|X|Instagram|LinkedIn|Threads|Bluesky|e-?mail))*[.!]?$/u },
  { name: "follow prompt", pattern: /^Follow (?:us|@\w+|[A-Z][\w&]*(?: [A-Z][\w&]*){0,2}) on (?:Facebook|Twitter|X|Instagram|TikTok|YouTube|Threads|Bluesky)(?: @\w{2,30})?(?:(?:,| and| &)(?: on)? (?:Facebook|Twitter|X|Instagram|TikTok|YouTube|Threads|Bluesky)(?: @\w{2,30})?)*[.!]?$/ },
  // Navigation and page furniture.
  { name: "navigation", pattern: new RegExp(String.raw`^${NAV_WORD}(?:\s*(?:[|·•>›/]\s*)?${NAV_WORD})*$`, "i") },
  { name: "navigation", pattern: new RegExp(String.raw`^${NAV_PAIR}(?:\s*[|·•]\s*${NAV_PAIR})*$`, "iu") },
  // A bilingual site's switch between its languages: "Cymraeg | English", "EN / FR".
  { name: "language switch", pattern: new RegExp(String.raw`^${LANGUAGE}(?:\s*[|/·•]\s*${LANGUAGE})+$`, "u") },
  { name: "navigation", pattern: /^(?:Skip to (?:main )?(?:content|navigation)|Sign in|Log in|Sign out|Log out|Back to top|Top stories|Trending(?: now)?|Most (?:popular|read|viewed)(?: (?:news|stories|articles|videos|opinion))?|Related(?: (?:stories|articles|content|coverage|links))?|More (?:(?:stories|articles|posts)(?: (?:by|from) [\w'’& .-]{1,40})?|from [\w'’& .-]{1,40})|Read more|Load more|Show more|Next article|Previous article|Up next)[.:]?$/i },
  // A blog theme's furniture as WordPress and Blogger print it round a post, in their own words:
  // the post's and the comments' navigation, the comment form, the sidebar's widgets' titles and
  // the platform's footer. None reads as a sentence of a story.
  { name: "blog furniture", pattern: /^(?:(?:Post|Posts|Comment) navigation|(?:Previous|Next|Older|Newer) (?:Post|Posts|Entry|Entries)|Search for:|Cancel reply|Leave a (?:Reply|Comment)|Enter your comment here(?:\.\.\.|…)|Fill in your details below or click an icon to log in:|(?:Blog|Create a (?:free )?website or blog) at WordPress\.com\.?|(?:Proudly )?powered by (?:WordPress|Blogger)\.?|Archives|Uncategori[sz]ed|Recent (?:Posts|Comments)|Blog Archive|Subscribe to: Posts \(Atom\)|Post a Comment|Newer Post Older Post Home)$/i },
  // Sharing buttons as WordPress's Jetpack labels them, and a button's count glued to its network ("Facebook0").
  { name: "share buttons", pattern: /^(?:Click to (?:share on [\p{L}+ ]{1,20}|email a link to a friend|print)(?: \(Opens in new window\))?|(?:Facebook|LinkedIn|Twitter|X|Pinterest|Reddit|WhatsApp|Email|Threads|Bluesky)\d{1,6})$/u },
  // A video player's own text while it loads, a comment box's placeholder, a mailing list's footer label.
  { name: "page furniture", pattern: /^(?:Video Player is loading\.|Add a comment(?:\.\.\.|…)|Our mailing address is:|Follow us on:)$/ },
  // After a colon or a bar: "ALSO READ | Council backs plan for new ferry wharf".
  { name: "related link", pattern: /^(?:RELATED|READ(?: MORE)?|MORE|ALSO READ|ALSO SEE|SEE ALSO|WATCH)\s*[:|]\s*\S.{0,200}$/ },
  // The same links in sentence case, to a headline: no stop at the end, so "Related: the city
  // said it would appeal." (a sentence after a label) is not one.
  { name: "related link", pattern: /^(?:Read more|Related|Also read|Also see|Also interesting|Read also|See also|Read next|More on this|Go deeper|Video (?:above|below)|Watch|Lee también|Lea también|Te puede interesar|Leer más)\s*[:|]\s*\S.{0,200}[^.]$/ },
  // With its noun: "Related Story: Council backs plan for new ferry wharf", "Related Articles: …".
  { name: "related link", pattern: /^Related (?:Story|Stories|Article|Articles|Content|Coverage|Link|Links|Video|Videos)\s*[:|]\s*\S.{0,200}[^.]$/i },
  // How many follow the site, by a sign-up box: "Over 6,000 subscribers".
  { name: "audience count", pattern: /^(?:(?:Over|More than|Join) )?\d[\d,.]*[KkM]?\+? (?:subscribers|readers|followers|members)[.!]?$/i },
  // A promotion sending the reader to the site's address: "For the latest news, weather and sports, head to kxyz.example."
  { name: "site promotion", pattern: /^[^.!?]{0,120}\b(?:head|go|visit|log on|tune in) to (?:www\.)?[\w-]+(?:\.[\w-]+)*\.[a-z]{2,}\.?$/i },
  // A forum's furniture around a story posted in it: the poster, a comment's header, the vote share.
  { name: "forum furniture", pattern: /^(?:Posted by u\/[\w-]{2,40}(?: · \d{1,3} (?:min|hr|day|mo|yr)s?\.? ago)?|u\/[\w-]{2,40} · \d{1,3} (?:min|hr|day|mo|yr)s?\.? ago|\d{1,3}% Upvoted)$/ },
  // A time relative to the reader's visit, alone on a line: a forum's, a social post's or a
  // site's list stamp ("1 hr. ago", "Updated 3 hours ago", "5m ago", "Yesterday"). Never a
  // headline, and never the publication date (dates.ts reads only printed calendar dates).
  {
    name: "relative time",
    pattern: /^(?:(?:Posted|Updated|Published|Edited|Last updated)[:]? )?(?:(?:\d{1,3}|an?|one) (?:secs?|seconds?|mins?|minutes?|hrs?|hours?|days?|wks?|weeks?|mos?|months?|yrs?|years?)|\d{1,3} ?[smhdwy])\.? ago$|^(?:Just now|Yesterday|Today)$/i,
  },
  // A paywall's meter: "You have 3 free articles remaining", "This is your last free article."
  { name: "paywall meter", pattern: /^(?:You have (?:\d{1,2}|one|two|three|four|five) (?:free )?(?:articles?|stor(?:y|ies)) (?:remaining|left)(?: this (?:month|week))?|(?:This is your )?(?:last|final) free (?:article|story)(?: this (?:month|week))?|You(?:['’]ve| have) (?:reached|read) (?:your|all (?:of )?your) (?:free )?(?:articles?|stories|limit)(?: (?:for|this) (?:the )?(?:month|week))?)[.!]?$/i },
  // A wire's label over the organization that sent a release: "News provided by".
  { name: "release label", pattern: /^(?:News|Content|Press release) (?:provided|distributed|issued) by:?$/i },
  // The account links of a site's top bar: "Sign in | Register", "Log in / Sign up".
  { name: "navigation", pattern: /^(?:Sign in|Sign up|Log ?in|Log out|Register|Subscribe|My account|Account|Join)(?:\s*[|·•/]\s*(?:Sign in|Sign up|Log ?in|Log out|Register|Subscribe|My account|Account|Join))+$/i },
  // Buttons under a post in a forum or comment thread.
  { name: "forum furniture", pattern: /^(?:Save|Hide|Report|Reply|Award|Give Award|Join|Sort by:? (?:Best|Top|New|Old|Controversial|Q&A)|(?:View|Show|Load) (?:more|all|\d+ more) (?:comments|replies)|Edit: (?:formatting|typo|typos|spelling|words?|link|added link)\.?)$/i },
  // Print: a story jumping to another page, and the page's own header and footer lines (a page
  // number in a section's letter, with the paper's name or the date).
  { name: "print jump", pattern: /^(?:(?:Continued|Cont(?:'|’)?d\.?)(?: (?:on|from))?|See [A-Z][A-Z'’-]{1,24}(?: [A-Z][A-Z'’-]{1,24}){0,2},|From|Please see [\w'’ -]{1,30},?) (?:Page|Pg\.?|P\.) ?[A-Z]?\d{1,3}\.?$/ },
  // The jump with no "Page", as a paper on PressReader or an e-paper prints it: "Continued on A6",
  // "Continued on page 12", "See FIRE on A6" (the jump's word in capitals).
  { name: "print jump", pattern: /^(?:(?:Continued|Cont(?:'|’)?d\.?) (?:on|from)|See [A-Z][A-Z'’-]{1,24}(?: [A-Z][A-Z'’-]{1,24}){0,2},? on) (?:[Pp]age |Pg\.? )?[A-Z]?\d{1,3}\.?$/ },
  // The jump in brackets or in capitals, as a newsroom's CMS export keeps it in the text:
  // "(CONTINUED ON PAGE A6)", "(Continued from Page A1)", "(See FIRE, Page A4)".
  { name: "print jump", pattern: /^(?:\((?:continued|cont['’]?d\.?) (?:on|from) (?:page |pg\.? )?[a-z]?\d{1,3}\.?\)|(?:continued|cont['’]?d\.?) (?:on|from) (?:page |pg\.? )?[a-z]?\d{1,3}\.?|\((?:please )?see [a-z][a-z'’-]{1,24}(?: [a-z][a-z'’-]{1,24}){0,2},? (?:(?:on )?(?:page|pg\.?) ?|on )[a-z]?\d{1,3}\.?\))$/i },
  // An obituary site's buttons round a paper's obituary (Legacy.com's, a funeral home's): "Send
  // Flowers", "Plant a tree", "Sign the Guest Book", "Memories & Condolences"; and its note of
  // the days the paper ran it, "Published by The Lakeport Record from Jan. 29 to Jan. 31, 2020."
  { name: "an obituary site's buttons", pattern: /^(?:Send (?:Sympathy )?Flowers|Plant (?:a )?(?:Memorial )?Trees?|Sign (?:the |our )?(?:Online )?Guest ?book|(?:View|Read) (?:the )?(?:Online )?Guest ?book|Memories (?:&|and) Condolences|Condolences (?:&|and) Memories|(?:Share|Add) a Memory|(?:Offer|Leave|Send) (?:a |your )?Condolences?)$/i },
  { name: "an obituary's run in the paper", pattern: /^Published (?:by|in) \p{Lu}[^.!?]{1,80} (?:from|between) (?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.? \d{1,2}(?:, \d{4})? (?:to|and|through|until|-|–) (?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.? \d{1,2}, \d{4}\.?$/u },
  // A sports site's kicker, the state or level and the sport, over a school sports story
  // (MaxPreps's "Oregon Boys Basketball", "High School Football", "California Girls Soccer").
  { name: "a sports site's sport and level", pattern: /^(?:\p{Lu}\p{Ll}+ ){1,2}(?:(?:Boys|Girls|Men['’]s|Women['’]s) )?(?:Basketball|Football|Volleyball|Soccer|Baseball|Softball|(?:Ice )?Hockey|Wrestling|Lacrosse|Track(?: and| &) Field|Cross Country|Swimming(?: (?:and|&) Diving)?|Tennis|Golf|Water Polo|Field Hockey|Flag Football)$/u },
  // A text-only or lite site's link to the full one (CNN lite's, NPR text's kind): "Go To Full Site".
  { name: "a lite site's link to the full site", pattern: /^(?:(?:Go|Switch|Return|Back) to (?:the )?|View (?:the )?)(?:full|main|regular|desktop|standard|classic|graphical) (?:site|version|website)$/i },
  // PressReader's watermark on a printed page, above and below the article, and the viewer's
  // credit under an Indian paper's e-paper clip (Pressmart's).
  { name: "print watermark", pattern: /^(?:Printed and distributed by PressReader|PressReader\.com \+1 604 278 4604|COPYRIGHT AND PROTECTED BY APPLICABLE LAW|ORIGINAL COPY(?: \. ORIGINAL COPY){0,5})$/ },
  { name: "e-paper viewer's credit", pattern: /^Powered by Pressmart(?: Media(?: Ltd\.?| Limited)?)?$/i },
  // Issuu's name over its bar, and its line about flipbooks in the footer.
  { name: "Issuu's bar and footer", pattern: /^(?:Issuu|Issuu converts static files into: [\w ,.:]{10,200})$/ },
  // An e-paper viewer's buttons and bar, one to a line: "Previous Page", "Zoom In", "Full Screen", "Today's Paper".
  { name: "e-paper viewer's buttons", pattern: /^(?:Previous Page|Next Page|Zoom In|Zoom Out|Full ?Screen|Today['’]s Paper|e-?Paper)$/i },
  { name: "print page header", pattern: /^(?:[A-Z]\d{1,2}\s+(?:[|•·]\s+)?(?:THE )?[A-Z][A-Z.&'’ -]{2,40}?(?:\s+(?:[|•·]\s+)?(?:MONDAY|TUESDAY|WEDNESDAY|THURSDAY|FRIDAY|SATURDAY|SUNDAY), [A-Z]+ \d{1,2}, \d{4})?|(?:THE )?[A-Z][A-Z.&'’ -]{2,40}?\s+[|•·]\s+[A-Z]\d{1,2})$/ },
  { name: "advertisement", pattern: /^(?:Advertisement|ADVERTISEMENT|Sponsored(?: content)?|Paid content|Promoted|Ad|AD|Advertising|ADVERTISING|Story continues below(?: (?:this )?(?:ad|advertisement))?|Continue reading below)$/ },
  // The same in capitals or title case, between dashes, in the languages of European papers, and
  // the line a story resumes under ("- Advertisement -", "Sponsored Content", "Annons", "Story continues").
  { name: "advertisement", pattern: /^[-–—]? ?(?:Advertisement|Sponsored(?: Content)?|Annons|Anzeige|Publicité|Publicidad|Pubblicità|Advertentie|Reklame|Reklama)(?: [-–—])?$/i },
  { name: "advertisement", pattern: /^(?:Story|Article) continues(?: below| after)?(?: (?:this )?(?:ad|advertisement))?$/i },
  // A page's furniture that any site may print, in the words sites use for it.
  { name: "comments prompt", pattern: /^(?:Be the first to comment|Leave a comment|Add a comment|Join the conversation|View comments|Show comments|Comments? \(\d{1,5}\)|\d{1,5} comments?|Discussion about this (?:post|article|story)|Subscribe to this thread:?|All reactions:?)[.!]?$/i },
  // A post's counts in one line under it: "12 Likes∙3 Restacks", "40 likes · 6 comments".
  { name: "reactions", pattern: /^\d{1,6} (?:[Ll]ikes?|[Rr]estacks?|[Cc]omments?|[Ss]hares?|[Rr]eposts?)(?: ?[∙·•|] ?\d{1,6} (?:[Ll]ikes?|[Rr]estacks?|[Cc]omments?|[Ss]hares?|[Rr]eposts?)){0,3}$/ },
  { name: "comments prompt", pattern: COMMENT_BOX },
  { name: "reactions", pattern: /^(?:Like|Love|Celebrate|Support|Insightful|Funny|Curious|Restacks?|Reply|Comment)$/ },
  { name: "navigation", pattern: /^(?:Loading ?(?:\.\.\.|…)|Learn more|Let['’]s go!|Ready for more\?|Stay connected|Related events|Trending stories:?|Already (?:a subscriber|have an account)\? (?:Sign|Log) ?in)\.?$/i },
  { name: "newsletter prompt", pattern: /^(?:Type|Enter) your e-?mail(?: address)?(?:…|\.\.\.)?$/i },
  // A public broadcaster's underwriting label.
  { name: "sponsor label", pattern: /^Support (?:provided|for [\w'’ &.-]{1,40} (?:is )?provided) by:?$/i },
  // A broadcast transcript's notices and stage directions, and its running clock between paragraphs.
  { name: "transcript notice", pattern: /^(?:THIS IS A RUSH TRANSCRIPT\b.{0,200}|TO ORDER A VIDEO OF THIS TRANSCRIPT\b.{0,200}|\((?:BEGIN|END) (?:VIDEOTAPE|VIDEO CLIP|AUDIO CLIP|LIVE FEED)\)|\((?:COMMERCIAL BREAK|CROSSTALK|LAUGHTER|APPLAUSE)\))$/ },
  { name: "transcript notice", pattern: /^\[\d{1,2}:\d{2}(?::\d{2})?\]$/ },
  // Issue 13: chrome seen in real scrapes of local news, wire, UK, blog, newsletter, PDF and app pages.
  // A station's or a paper's postal address in its footer, a line at a time: "1010 W. Main St.",
  // "Boise, ID 83702" (a US state's code and a ZIP code), or the two on one line.
  { name: "postal address", pattern: /^(?=.)(?:\d{1,6} (?:[NSEW]{1,2}\.? )?(?:\p{Lu}[\p{L}'’.-]*|\d{1,3}(?:st|nd|rd|th)) (?:\p{Lu}[\p{L}'’.-]* ){0,3}(?:St|Ave|Blvd|Rd|Dr|Pl|Ln|Pkwy|Ct|Hwy|Street|Avenue|Boulevard|Road|Drive|Place|Lane|Way|Parkway|Court|Highway|Plaza|Square)\.?(?:,? (?:Suite|Ste\.?|#) ?\d{1,5})?(?:,? (?=\p{Lu}))?)?(?:\p{Lu}[\p{L}.'’-]*(?: \p{Lu}[\p{L}.'’-]*){0,3},? (?:A[KLRZ]|C[AOT]|D[CE]|FL|GA|HI|I[ADLN]|K[SY]|LA|M[ADEINOST]|N[CDEHJMVY]|O[HKR]|PA|RI|S[CD]|T[NX]|UT|V[AT]|W[AIVY]) \d{5}(?:-\d{4})?)?$/u },
  { name: "legal links", pattern: new RegExp(String.raw`^${LEGAL_WORD}(?:\s*(?:[|·•/]\s*)?${LEGAL_WORD})*$`, "i") },
  { name: "alert prompt", pattern: /^Get (?:breaking news|the latest(?: news)?|news|local news) (?:alerts )?(?:in|to|delivered to) your inbox[.!]?$/i },
  // With the paper's name: "Get the latest Valley Advocate news delivered to your inbox".
  { name: "alert prompt", pattern: /^Get the latest (?:[\p{Lu}][\p{L}'’&-]* ){1,4}(?:news|headlines|stories) (?:delivered )?(?:in|to) your inbox[.!]?$/u },
  // A CMS's notification box, its messages printed whether shown or not: "Your notification has
  // been saved.", "There was a problem saving your notification.", "Email notifications are only
  // sent once a day, and only if there are new matching items."
  { name: "notification prompt", pattern: /^(?:Your notification has been saved|There was a problem saving your notification|Email notifications are only sent once a day, and only if there are new matching items|Get email notifications on .{1,60} daily!?)[.!]?$/i },
  // Furniture any site may print in these words, seen first in the eleventh group's pages:
  // "Share via email", "Ad Feedback", "1of2" over a photo, a sign-in wall, a registration's
  // consent, a privacy line, a support pitch, an app's or a newsletter's buttons ending in an
  // arrow, a list's heading naming the paper.
  { name: "share buttons", pattern: new RegExp(String.raw`^Share (?:via|to) ${SHARE_TARGET}$`, "i") },
  { name: "advertisement", pattern: /^Ad (?:Feedback|Choices)$/i },
  { name: "gallery counter", pattern: /^\d{1,2} ?of ?\d{1,2}$/ },
  // A photo's sales button, printed by the picture: "Buy Photo", "Buy Now", "Order a reprint".
  { name: "photo sales", pattern: /^(?:Buy (?:this )?(?:Photo|Image|Now)|Purchase (?:this )?(?:photo|image)|Order (?:a )?(?:print|reprint)s?|(?:Purchase|Acquire) Licensing Rights(?:, opens new tab)?)$/i },
  // A picture's buttons on a public broadcaster's page: "Enlarge this image", "hide caption", "toggle caption".
  { name: "photo buttons", pattern: /^(?:Enlarge this image|hide caption|toggle caption|Hide Caption|\d{1,2} of \d{1,2} photos?|View (?:all|more) photos)$/ },
  { name: "sign-in prompt", pattern: /^Please (?:log|sign) in to (?:use this feature|continue|comment|read (?:this|more))[.!]?$/i },
  // The Financial Times' and The Economist's prompts: "Unlock the Editor's Digest for free", "Simply
  // sign up to the US politics & policy myFT Digest -- delivered directly to your inbox.", "Enjoy
  // more audio and podcasts on iOS or Android."
  { name: "newsletter prompt", pattern: /^(?:Unlock the Editor['’]s Digest for free|\p{Lu}[\p{L}'’ -]{2,40}, Editor of the FT, selects (?:her|his|their) favourite stories in this weekly newsletter\.|Simply sign up to the .{2,60} myFT Digest\b.{0,80})$/u },
  { name: "app prompt", pattern: /^Enjoy more audio and podcasts on (?:iOS|Android)(?: (?:or|and) (?:iOS|Android))?\.?$/ },
  // The short link's label, as Arab News prints it over the link.
  { name: "share buttons", pattern: /^Short (?:URL|Url|link)$/ },
  // The print edition's section, as the Bangkok Post labels it: "NEWSPAPER SECTION: News".
  { name: "section label", pattern: /^(?:Newspaper|Print) section ?: ?\S.{0,40}$/i },
  // A newsletter's box between paragraphs or below the story: "Sign up to Morning Mail", "Free
  // newsletter", "The day's most important headlines, in your inbox every morning", "Our morning
  // email takes you through …", its privacy notice, "Sign Me Up".
  { name: "newsletter prompt", pattern: /^(?:Sign up (?:to|for) \p{Lu}[\p{L}'’&-]*(?: \p{Lu}[\p{L}'’&-]*){0,3}|Free (?:[Dd]aily |[Ww]eekly )?[Nn]ewsletter|Sign [Mm]e [Uu]p|Enter (?:your )?e-?mail(?: address)?)$/u },
  { name: "newsletter prompt", pattern: /^[^.!?]{5,120}\bin your inbox (?:every|each) (?:week ?day )?(?:morning|day|evening|afternoon|week)\.?$/i },
  { name: "newsletter prompt", pattern: /^Our (?:[\w'’-]+ ){0,3}(?:email|e-mail|newsletter|briefing|digest) (?:takes|walks|brings|gives) you\b[^!?]{0,140}$/i },
  { name: "newsletter prompt", pattern: /^(?:Privacy Notice: Newsletters may contain\b.{0,240}|You may occasionally receive promotional content from (?:the )?\p{Lu}[^.!?]{1,60}\.?)$/u },
  { name: "support prompt", pattern: /^(?:If you can, )?please support (?:the |us\b)?[^.!?]{0,40}from as little as [£$€]\d{1,3}\b[^!?]{0,80}$/i },
  // "Local Democracy Reporting is Public Interest Journalism funded through NZ On Air.": the scheme's line below a story it funds.
  { name: "funding line", pattern: /^Local Democracy Reporting is Public Interest Journalism funded (?:through|by) NZ On Air\.?$/ },
  // An audio player's lines: "Listen to this story.", and the fallback text a browser copies, "Your browser does not support the <audio> element."
  { name: "audio player", pattern: /^(?:Listen to (?:this|the) (?:story|article)[.:]?|Your browser does not support the <(?:audio|video)> (?:element|tag)\.?)$/i },
  { name: "sponsored label", pattern: /^(?:Promoted|Sponsored|Paid) (?:Content|Stories|Links|Posts?)$/i },
  { name: "newsletter prompt", pattern: /^Stay informed with free updates$/i },
  // A paper's statement of its regulator under the story: "The Financial Times and its journalism are subject to a self-regulation regime under the FT Editorial Code of Practice."
  { name: "regulation notice", pattern: /^[^.!?]{2,60} (?:is|are) subject to a self-regulation regime under the [^.!?]{2,60} Code of Practice\.?$/ },
  // A nonprofit paper's appeals and its alerts' prompt: "The Sun-Times is a nonprofit newsroom. Support our journalism with a donation today.", "The Salt Lake Tribune, Inc. is a 501(c)(3) public charity …", "Get breaking news and other big stories as they happen.", "Stay in the know."
  { name: "support prompt", pattern: /^(?:[^.!?]{2,60} is a (?:nonprofit|non-profit) newsroom\. Support (?:our|its) (?:journalism|work|reporting) with a (?:donation|gift)(?: today)?[.!]?|[^!?]{2,60}? is a 501\(c\)\(3\) (?:public charity|nonprofit(?: organization)?)\b[^!?]{0,100})$/ },
  { name: "newsletter prompt", pattern: /^(?:Get breaking news\b[^.!?]{0,80}[.!]?|Stay in the know[.!]?)$/ },
  // A blog platform's notes and a post's source, as Tumblr prints them: "ann-lee liked this",
  // "valleynews reblogged this from ann-lee", "#local news #city council", "Source: valley.example", "(via valley.example)".
  { name: "post notes", pattern: /^[a-z0-9-]{3,32} (?:liked|reblogged|posted) this(?: from [a-z0-9-]{3,32})?$/ },
  { name: "post notes", pattern: /^#[^#\s][^#]{0,39}(?: #[^#\s][^#]{0,39}){1,15}$/ },
  { name: "post notes", pattern: /^(?:Source: [a-z0-9-]{1,63}(?:\.[a-z0-9-]{1,63}){1,3}|\(via [a-z0-9-]{1,63}(?:\.[a-z0-9-]{1,63}){1,3}\))$/ },
  // A chat space's header, as Google Chat copies it: "History is on" (its "14 members" is an audience count).
  { name: "chat header", pattern: /^History is (?:on|off)$/ },
  // Kyodo's end mark below its story: "==Kyodo".
  { name: "wire end mark", pattern: /^==\s?(?:Kyodo|KYODO)$/ },
  // ("Contact us" is a legal link's, found before.)
  { name: "footer", pattern: /^(?:FAQs?|Help)$/i },
  // A subscription's price: "Unlimited Digital Access: $1 for 4 weeks".
  { name: "subscription prompt", pattern: /^(?=(?:\S+ ){0,9}\S+$)[^.!?]{0,60}[$€£]\d{1,3}(?:[.,]\d{2})? (?:for|per|a) (?:the first |\d{1,2} )?(?:weeks?|months?|years?)\b[^.!?]{0,30}$/i },
  { name: "paywall label", pattern: /^This (?:article|story|content) is (?:reserved|available|only available) (?:for|to) (?:subscribers|members)\.?$/i },
  // A donation box's pitch, addressed to the reader: "Your donation will support the student
  // journalists of Valley High School. Your contribution will allow us to …". Opening with "Your"
  // and a gift's word, and naming what it pays for: a story quotes such words, it does not open with them.
  { name: "support prompt", pattern: /^Your (?:(?:generous|tax-deductible) )?(?:donation|contribution|gift|support) (?:will|helps?|allows?|makes?|keeps?) (?:[^.!?]{0,120}\b(?:journalis[mt]s?|reporters?|newsroom|reporting|staff|students?|website|hosting|equipment)\b[^!?]{0,300})[.!]$/ },
  // A donation button under the appeal: "Support Meduza", "Donate to The Valley Times".
  { name: "support prompt", pattern: /^(?:Support|Donate to) (?:us|(?:The )?\p{Lu}[\p{L}'’.-]{2,30})$/u },
  // A pop-up's buttons and its label: "Remind me later.", "A Message from The Moscow Times:".
  { name: "pop-up", pattern: /^(?:Remind me later|Maybe later|No,? thanks|Not now)\.?$|^An? (?:Message|Note|Letter) from (?:The )?\p{Lu}[\p{L}'’.-]*(?: \p{Lu}[\p{L}'’.-]*){0,3}:$/u },
  // A mail's confidentiality notice below the sender's signature.
  { name: "email notice", pattern: /^(?:CONFIDENTIALITY NOTICE|Confidentiality Notice|CONFIDENTIALITY|DISCLAIMER|Disclaimer|NOTICE):? (?:This|The information (?:in|contained in) this) (?:e-?mail|message|communication|transmission)\b.{0,800}$/ },
  // Mastodon's sidebar and its link rows, beside a thread copied from its web client.
  { name: "platform sidebar", pattern: /^(?:Mastodon is the best way to keep up with what['’]s happening\.|Follow anyone across the fediverse and see it all in chronological order\. No algorithms, ads, or clickbait in sight\.)$/ },
  { name: "platform sidebar", pattern: /^[\w.-]{2,60}: (?:About|Status|Profiles directory|Privacy policy|Get the app|Keyboard shortcuts|View source code)(?: · (?:About|Status|Profiles directory|Privacy policy|Get the app|Keyboard shortcuts|View source code|v\d{1,2}\.\d{1,2}\.\d{1,3}))+$/ },
  // The desk's sign-off below a story: the source and the editors' initials, "Source: CNA/gl(ea)", "Source: Reuters/ga".
  { name: "desk sign-off", pattern: /^Source: \p{Lu}[\p{L}\p{N}&. -]{1,30}(?:\/\p{Lu}[\p{L}\p{N}&. -]{1,30})*\/\p{Ll}{2,4}(?:\(\p{Ll}{2,4}\))?$/u },
  // A notice that a machine made or read the page ("Newsweek AI is in beta. Translations may
  // contain inaccuracies…", "This audio is generated by an AI tool.", CNA's "Read a summary of
  // this article on FAST."), with at most one sentence more.
  { name: "AI notice", pattern: /^(?:\p{Lu}[\p{L}'’]* )?AI is in (?:beta|testing)\.(?: [^.!?]{0,120}[.!])?$/u },
  { name: "AI notice", pattern: /^This (?:audio|summary|article|story|translation|text|voice)(?: (?:is|was|has been))? (?:generated|produced|created|translated|summari[sz]ed|narrated|voiced) (?:by|with|using) (?:an? )?(?:AI|artificial intelligence)\b[^.!?]{0,80}[.!]?$/i },
  { name: "AI notice", pattern: /^This is (?:an )?AI[- ]generated summar(?:y|ization|isation)\b[^.!?]{0,60}[.!](?: [^.!?]{0,100}[.!])?$/i },
  { name: "AI notice", pattern: /^(?:Read|Listen to|Get) (?:a|an|the) (?:AI[- ])?summary of this (?:article|story)\b[^.!?]{0,40}[.!]?$/i },
  // "Log in, register or subscribe to save articles for later.": the save button's prompt, as Nine's mastheads print it.
  { name: "sign-in prompt", pattern: /^(?:Log ?in|Sign ?in|Register|Subscribe)(?:(?:,| or| and) (?:log ?in|sign ?in|register|subscribe))+ to (?:save|bookmark|read|continue|comment|access|unlock)\b[^.!?]{0,60}[.!]?$/i },
  { name: "registration notice", pattern: /^\*? ?I understand and agree that registration on or use of this site constitutes agreement to its user agreement and privacy policy\.?$/i },
  { name: "privacy notice", pattern: /^We care about the protection of your data\. Read our Privacy Policy\.?$/i },
  { name: "support prompt", pattern: /^(?:Support (?:my|our|local) (?:work|journalism|reporting) with a (?:digital )?subscription|[^.!?]{3,60} is supported by readers(?: and [^.!?]{3,40})?\. Become a (?:member|supporter|subscriber))[.!]?$/i },
  { name: "newsletter prompt", pattern: /^Get (?:a|our) free (?:daily|weekly|morning|evening) (?:digest|newsletter|briefing|email)\b[^!?]{0,120}[.!]?$/i },
  { name: "button", pattern: /^\p{Lu}[\p{Lu}\d'’& -]{1,40} [→›»]$/u },
  { name: "related link", pattern: /^(?:Related|More) (?:stories|articles|news|coverage) from (?:the )?[\p{L}\d'’& .-]{2,40}$/iu },
  // A newsletter's or a site's pitches and notices in words any may print, seen first in the
  // ninth group's pages: the tip line, the forwarding prompt, the sponsor of an issue, a
  // subscription's pitch, a comment section's disclaimer, a share prompt, the newsroom's address.
  { name: "tip prompt", pattern: /^Got a (?:news )?tip(?: or a correction)?\? [^!?]{0,120}[.!]?$/i },
  { name: "newsletter prompt", pattern: /^Enjoying [^?]{2,60}\? Forward it to a friend\b[^!?]{0,120}[.!]?$/i },
  { name: "sponsor label", pattern: /^(?:Today['’]s|This) [\w'’ ]{1,30} is (?:supported|sponsored|brought to you) by [^!?]{2,160}[.!]?$/i },
  { name: "subscription pitch", pattern: /^Subscribe to [^.!?]{2,60} to (?:get|enjoy|unlock) (?:access|unlimited|full)\b[^!?]{0,240}[.!]?$/i },
  { name: "alert prompt", pattern: /^Don['’]t miss out on the latest news(?: and information)?[.!]?$/i },
  { name: "comments disclaimer", pattern: /^(?:Disclaimer: [^.]{2,80}\. The views of commenters are their own\b[^!?]{0,160}|Comments expressed here do not reflect the opinions of [^!?]{2,160})[.!]?$/i },
  { name: "share prompt", pattern: /^(?:Kindly )?share this (?:story|article|post)(?: with (?:your )?friends)?:?$/i },
  // A wire's newsdesk line: "VPA Newsdesk: 01632 960138 | newsdesk@vpa.example".
  { name: "contact address", pattern: /^[\p{L}\p{N} .'’&-]{2,40} (?:Newsdesk|News desk|Newsroom|Desk): \+?[\d ()-]{7,20}(?: \| [\w.+-]+@[\w-]+(?:\.[\w-]+)+)?$/u },
  { name: "contact address", pattern: /^(?:Contact|E-?mail|Send (?:us )?(?:your )?(?:news|tips)(?: to)?):? [\w.+-]+@[\w-]+(?:\.[\w-]+)+$/i },
  // A paper's tagline under its name, saying whose paper it is: "Official newspaper of the Diocese
  // of Lakeport", "The student news site of Valley High School". The owner's name in capitals to
  // the end, so a headline going on after it ("… of the diocese to close") is not one.
  { name: "the paper's tagline", pattern: /^(?:The )?(?:(?:[Oo]fficial|[Ss]tudent(?:-run)?|[Ii]ndependent) ){1,2}(?:news ?paper|news site|news ?magazine|publication|magazine|news source|voice|newsletter) (?:of|for) (?:the )?\p{Lu}[\p{L}'’.&-]*(?: (?:of|the|and|\p{Lu}[\p{L}'’.&-]*)){0,8}$/u },
  // An alert service's text-message prompts under the alert, in whatever agency's name: "To
  // unsubscribe from Valley Police alerts, text STOP to 888777.", "Get alerts from Valley Police by
  // texting 50613 to 888777.", "Text VALLEYPD to 888777 to receive alerts." (a short code of
  // digits; a story's "text the tip line" names no short code).
  // Not a bare "Text HOME to 741741", a crisis line a story lists: the alerts must be named.
  { name: "text-message alert prompt", pattern: /^(?:To (?:unsubscribe|opt out) from [^.!?,]{2,80} alerts, (?:text|reply) [A-Z\d]{2,20} to \d{3,6}|(?:Text|Reply) [A-Z\d]{2,20} to \d{3,6} to (?:receive|get|sign up for) (?:[\w'’-]+ ){0,6}(?:alerts|updates|notifications))\.?$/ },
  { name: "text-message alert prompt", pattern: /^(?:Get|Receive|Sign up for) (?:[\w'’-]+ ){0,10}(?:alerts|updates|notifications) (?:from [^.!?]{2,80} )?by texting [A-Z\d]{2,20} to \d{3,6}\.?$/ },
  // The labels of an alert's contact and address boxes: "Contact:", "Address/Location".
  { name: "an alert's contact box", pattern: /^(?:Contacts?|Address\/Location|Location\/Address|Contact Information):?$/ },
  { name: "comments prompt", pattern: /^Comments are (?:closed|disabled|turned off) (?:on|for) this (?:story|article|post)[.!]?$/i },
  // A post's hashtags on a line of their own: "#ValleyNews #LocalNews".
  { name: "hashtags", pattern: /^#[\p{L}\p{N}_]{2,40}(?: #[\p{L}\p{N}_]{2,40}){0,12}$/u },
  { name: "button", pattern: /^(?:See|Show|Read) (?:less|more)$/i },
  { name: "share buttons", pattern: /^Social (?:Sharing|Share)$/i },
  // Facebook's description of a picture for screen readers: "May be an image of road".
  { name: "image description", pattern: /^May be an? (?:image|photo|graphic|illustration) of [^.!?]{1,120}$/i },
  // A public broadcaster's newsletter pitch: "Add some “good” to your morning and evening."
  { name: "newsletter prompt", pattern: /^Add some ["“]good["”] to your morning and evening[.!]?$/i },
  // South African sites' power-cut banner: "Load shedding: Stage 4 from 16:00 to 22:00. Check your schedule".
  { name: "site banner", pattern: /^Load ?shedding: Stage \d\b[^!?]{0,80}Check your schedule[.!]?$/i },
  // The big national sites' furniture, in the words they print (the twelfth group's pages): a
  // skip link glued to the next, the market-data notice, registration walls, a wire's notice of
  // itself, a font's trademark line, a video player's and an audio player's buttons and labels,
  // a gift link's pitch, a broadcaster's programme, a list's counter.
  { name: "navigation", pattern: /^Skip to (?:main )?content(?:Skip to [\w ]{2,30})*(?:Search(?: & Section Navigation)?)?$|^Section Navigation$|^Accessibility links$|^(?:Open|Close) Navigation Menu$|^Keyboard shortcuts for audio player$/i },
  { name: "advertisement", pattern: /^(?:Skip advertisement|Paid Content|Sponsor Message|Become an? [\w ]{2,30} sponsor)$/i },
  { name: "market data notice", pattern: /^All quotes delayed a minimum of \d{1,2} minutes\b[^!?]{0,120}[.!]?$/i },
  { name: "sign-in prompt", pattern: /^(?:Register|Register now\b[^!?]{0,80}|Exclusive news, data and analytics for financial market professionals[^!?]{0,60})$/i },
  { name: "publisher's notice", pattern: /^The Associated Press is an independent global news organization dedicated to factual reporting\b[^!?]{0,240}[.!]?$/i },
  { name: "font credit", pattern: /^[\w ]{2,30} Sans ™ & © \d{4} [^!?]{2,60}$/ },
  { name: "search box", pattern: /^Search [\w.' ]{2,30}(?:\.\.\.|…)$/ },
  { name: "video player", pattern: /^(?:Replay|Media playback is unsupported on your device|Media caption[, ].{2,160}|Video Ad Feedback|Now playing|Source: CNN|Chat with us in Facebook Messenger\b[^!?]{0,120}[.!]?)$/i },
  { name: "audio player", pattern: /^(?:Heard on (?:[\p{Lu}][\p{L}'’]*)(?: [\p{Lu}][\p{L}'’]*){0,4}|Listen · \d{1,2}:\d\d|Queue|Embed|Transcript|Download|<iframe\b[^>]{0,400}>(?:<\/iframe>)?)$/u },
  { name: "gift link", pattern: /^(?:Give this article|Share full article|Send any friend a story|As a subscriber, you have \d{1,2} gift articles to give each month\b[^!?]{0,80}[.!]?)$/i },
  { name: "related link", pattern: /^(?:list \d{1,2} of \d{1,2}|list of \d{1,2} items|end of list|Keep reading|Related (?:article|story)|(?:Just|Must) watch(?:ed)?|More videos(?: \.\.\.|…)?)$/i },
  { name: "advertisement", pattern: /^Advertisement · Scroll to continue$/i },
  { name: "share buttons", pattern: /^(?:mailto|Link Copied!?|Copy Link copied)$/i },
  { name: "author link", pattern: /^More (?:about|from) \p{Lu}[\p{L}'’-]+ \p{Lu}[\p{L}'’-]+$/u },
  { name: "button", pattern: /^More$/ },
  // A network's ad-feedback form, printed in every page's text whether shown or not.
  { name: "ad feedback form", pattern: /^(?:[\w ]{2,30} values your feedback|\d\. How relevant is this ad to you\?|\d\. Did you encounter any technical issues\?|Video player was slow to load content|Video content never loaded|Ad froze or did not finish loading|Video content did not start after ad|Audio on ad was too loud|Other issues|Ad never loaded|Ad prevented\/slowed the page from loading|Content moved around while ad loaded|Ad was repetitive to ads I['’]ve seen previously|Thanks! Your effort and contribution in providing this feedback is much(?: appreciated\.)?)$/i },
  { name: "button", pattern: /^(?:Cancel|Submit|Close|Subscribed|text only)$/ },
  { name: "newsletter prompt", pattern: /^(?:You['’]ve successfully subscribed to this newsletter!?|Sign up for [\p{Lu}][\w'’ ]{1,40}|Get the latest updates from [^!?]{2,160} content[.!]?)$/u },
  { name: "footer", pattern: /^(?:Our (?:Network|Channels|Company|Brands|Sites)|Connect|Follow [\p{Lu}][\w'’ ]{1,40}:|protected by reCAPTCHA|Image)$/u },
  // Platforms' own words, printed on every page they serve (Ghost, Substack, PR Newswire, Patch,
  // public media's underwriting, a streaming promo, a print edition's index), which a page
  // imported alone has no other file to show recurring.
  { name: "sign-in notice", pattern: /^(?:Welcome back! You['’]ve successfully signed in\.?|Success! Your account is fully activated, you now have access to all content\.?|Great! You['’]ve successfully signed up\.?)$/i },
  { name: "newsletter prompt", pattern: /^(?:Get the latest posts delivered right to your inbox|Thanks for reading [^!?]{2,60}! Subscribe for free to receive new posts and support my work\.?|Substack is the home for great culture|If someone forwarded this to you, you can sign up here\.?|Get the (?:biggest|latest|top) (?:stories|news|headlines)[^!?]{0,60}\b(?:inbox|e-?mail)\b[^!?]{0,60}|Keep up with (?:the )?stories of the day with our [\w ]{2,30}\.?|Subscribe and get a free [\w ]{2,20}|Subscribe to (?:The )?[\p{Lu}][\w'’ ]{1,40})$/iu },
  { name: "press release notice", pattern: /^(?:WANT YOUR COMPANY['’]S NEWS FEATURED ON PRNEWSWIRE\.COM\?|SOURCE [\p{Lu}][\w'’&., -]{1,60})$/u },
  { name: "sponsor label", pattern: /^(?:Support for [\w'’ ]{2,30} comes from listeners like you\.?|Thoughtful, trusted reporting is made possible by (?:viewers|listeners|readers) like you\.?)$/i },
  { name: "app prompt", pattern: /^(?:Stream [\w+'’ ]{2,40} on (?:Roku|Fire TV|Apple TV|Android TV|Google TV)\b[^!?]{0,60}|📣 [^!?]{2,60} is now on Telegram\.[^!?]{0,120}|Find out what['’]s happening in [^!?]{2,40} with free, real-time updates from Patch\.?)$/u },
  { name: "tip prompt", pattern: /^(?:Interested in sharing a story idea\? Submit it here\.?|Do you have a tip for us\? Write to [\w.+-]+@[\w-]+(?:\.[\w-]+)+\.?)$/i },
  { name: "comment rules", pattern: /^(?:The rules of replying:|Be kind and respectful: this is a place for neighbourly discussion\.?)$/i },
  { name: "related link", pattern: /^In Other News$/i },
  // A printed copy's notice of its use, as news sites print it at the top of a print.
  { name: "print notice", pattern: /^(?:This copy is for your personal,? non-?commercial use only\.?(?: To order presentation-ready copies for distribution[^!?]{0,200})?|Distribution and use of this material are governed by our Subscriber Agreement and by copyright law\.?)$/i },
  // An email's sender as a mail client prints it over the message: "The Cedar Dispatch <ann@cedardispatch.example> via convertkit-mail.com".
  { name: "an email's sender", pattern: /^[^<>@]{1,60} <[\w.+-]{1,64}@[\w-]{1,63}(?:\.[\w-]{1,63}){1,4}>(?: via [\w-]{1,63}(?:\.[\w-]{1,63}){1,4})?$/ },
  // An email platform's own words at the foot of a newsletter.
  { name: "newsletter footer", pattern: /^(?:You['’]re receiving this (?:email )?because [^!?]{1,120}|Thanks for reading\. If someone forwarded this to you,? you can subscribe [^!?]{1,80}|(?:Powered by|Built with) (?:Buttondown|ConvertKit|Kit|beehiiv|Substack|Mailchimp)|Reply to this (?:email|newsletter) with [^!?]{1,80}\.(?: I read (?:every one|everything|them all|all of them))?|Unsubscribe \| (?:Preferences|Manage preferences|Update preferences))\.?$/i },
  { name: "newsletter footer", pattern: /^(?:Want to change how you receive these emails\?|You can update your preferences or unsubscribe from this list\.?|unsubscribe from this list\s+update subscription preferences|Email Marketing Powered by (?:Mailchimp|Intuit Mailchimp)|Read this story on our website ?[»›]?|[^.!?]{2,60} is supported by (?:readers|members|listeners) like you\.?)$/i },
  // A newsletter's greeting and its pitches between the stories.
  { name: "greeting", pattern: /^(?:Good (?:morning|afternoon|evening)|Happy (?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|weekend)|Hi|Hello|Hey|Dear)(?:,? (?:readers|friends|everyone|all|neighbors|neighbours|there|subscribers))?(?:[,.!]| [—–-])?$/i },
  { name: "newsletter prompt", pattern: /^(?:Know someone who(?:['’]d| would) like this newsletter\? Forward (?:it )?to a friend\.?|Forward to a friend)$/i },
  { name: "support prompt", pattern: /^[^.!?]{2,60} is an? (?:nonprofit|non-profit|reader-supported|independent|member-supported) newsroom\. If you value (?:this|our) (?:reporting|journalism|work),? please (?:make a gift|donate|give|become a member)(?: today)?[.!]?$/i },
  // A teaser in a newsletter's list of other stories, its link after it: "The closure is expected to last through the end of the month. Read more »".
  { name: "teaser", pattern: /^[^!?»]{2,300}[.!?] (?:Read more|Keep reading|Continue reading) ?[»›→]$/ },
  // A newsletter's sponsor and its buttons: "Together with Valley Credit Union", "📣 FROM OUR SPONSOR: …", "Open an account →".
  { name: "sponsor label", pattern: /^(?:(?:Together with|Presented by|Brought to you by|In partnership with|A message from|Sponsored by) \p{Lu}[^.!?]{1,60}|FROM OUR SPONSORS?:?(?: [^.!?]{1,60})?)$/u },
  { name: "button", pattern: /^\p{Lu}[\p{L}'’ ]{1,30} ?[→›»]$/u },
  { name: "newsletter prompt", pattern: /^(?:Forwarded this (?:email|newsletter)\?[^!?]{0,60}|Read (?:Online|online|in (?:your )?browser|on the web))$/ },
  { name: "podcast prompt", pattern: /^(?:Click to )?(?:Subscribe|Listen|Follow)\b[^.!?]{0,80} wherever you get your podcasts[.!]?$/i },
  // What a share sheet adds to a story sent from an app.
  { name: "a share's note", pattern: /^(?:I thought you might be interested in this (?:story|article) from [^.!?]{1,60}[.!]?|(?:Sent|Shared) (?:from|via|with) (?:SmartNews|Google News|the [\w ]{1,30} app|Flipboard|NewsBreak|Apple News|Yahoo News|Microsoft Start)[.!]?|Saw this and thought of you[.!]?|For more articles like this,? please visit us at [\w.-]{3,60}\.?|Get the (?:[\w ]{1,30} )?app:? https?:\/\/\S{1,80})$/i },
  // A clipper's note on why a clipping was kept, signed with initials or a name: "Keep with the 2019-2020 council clippings — DR".
  { name: "clipper's note", pattern: /^(?:Keep with|Keep for|Clipped for|Clipping for|Saved for|Copy for|For the|File under|Filed for|Filed with)\b[^.!?]{2,100} [—–-] (?:\p{Lu}{1,3}|\p{Lu}\p{Ll}{1,20})$/u },
  // A reposter's note on why and how the article was pasted, and their edits to the post.
  { name: "reposter's note", pattern: /^(?:[^.!?]{0,60}, (?:pasting|posting|copying) (?:it|this|the (?:full )?(?:text|article|story)) (?:here|below)[.!:]?|(?:From (?:today['’]s|this morning['’]s|the) \p{Lu}[^.!?]{1,40}\. )?(?:Re-?posting|Posting|Pasting|Copying|Putting|Sharing) the (?:full |whole |entire )?(?:text|article|story)(?: here)?(?: (?:because|since|as|for)\b[^!?]{0,80})?[.:!]?|(?:Full )?[Tt]ext of the article (?:since|because|as) (?:it['’]s|it is) (?:behind a )?paywall(?:ed)?[.:!]?|For those without a subscription,? (?:the )?(?:article|text|story)(?: is)? below[.:!]?|Paywall(?:ed)?[,.:!]? (?:so )?here['’]s the (?:full )?(?:text|article)[.:!]?|Edit(?: ?\d)?: (?:added|fixed|thanks|formatting|typo)\b[^!?]{0,60}[.!]?)$/u },
  // A neighbourhood app's post: its neighbourhood and age ("Capitol Hill · 2d", "Harvard Gulch · Jan 29"), "Edited".
  // Not with a year: "Ann Lee · January 29, 2020" is a newsletter's byline and date.
  { name: "a post's place and age", pattern: /^\p{Lu}[\p{L}'’.-]*(?: \p{Lu}[\p{L}'’.-]*){0,3} · (?:\d{1,3} ?(?:[smhdw]|mins?|hrs?|days?|wks?)(?: ago)?|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)\w{0,6} \d{1,2})$/u },
  { name: "button", pattern: /^(?:Edited|Turn On|Not Now|No Thanks|Maybe Later)$/ },
  // An opinion page's disclaimer: "This piece expresses the views of its author(s), separate from
  // those of this publication.", "The views expressed in this column are the author's own and …".
  { name: "opinion disclaimer", pattern: /^(?:This (?:piece|column|article|commentary|essay) expresses the (?:views|opinions) of its author(?:\(s\)|s)?\b[^!?]{0,100}|The (?:views|opinions)(?: and opinions)? expressed (?:in this (?:column|article|piece|commentary|essay|op-ed|letter) )?are (?:those of )?the (?:author|writer)(?:['’]s|s['’]|\(s\)['’]?)?(?: own)?\b[^!?]{0,140})\.$/ },
  // A letters page's form and its invitation: "Name (required)", "Have something to say? Submit a
  // letter to the editor …", "Send a letter to the editor of up to 200 words to letters@… ."
  { name: "letters form", pattern: /^(?:\p{Lu}[\p{L} ]{1,30} \((?:required|optional)\)\*?|Have something to say\? (?:Submit|Send|Write) (?:a|us a) letter\b[^!?]{0,200}|(?:Send|Submit|Write) (?:us )?a letter to the editor\b[^!?]{0,240}|Letters? to the [Ee]ditor)$/u },
  // Gannett's link to a related story between paragraphs: "More: Letters: Readers weigh in on the school budget".
  { name: "related link", pattern: /^More: \p{Lu}[^.!?]{5,140}$/u },
  // An editor's or a producer's name on a line of its own, below or beside the byline
  // ("Edited by Ann Lee", as swissinfo prints it): the story's staff, not its authors.
  { name: "editor's credit", pattern: /^(?:Edited|Copy-?edited|Fact-?checked|Produced) by \p{Lu}[\p{L}'’.-]{1,30}(?: \p{Lu}[\p{L}'’.-]{0,30}){1,3}(?:(?:,| and) \p{Lu}[\p{L}'’.-]{1,30}(?: \p{Lu}[\p{L}'’.-]{0,30}){1,3}){0,2}$/u },
  // A weather service's alert in a station's banner: "Winter Storm Warning until 11 AM Thursday",
  // "Flood Watch through Friday morning", "Red Flag Warning in effect for the valley".
  { name: "weather alert", pattern: /^(?:Winter Storm|Winter Weather|Flash Flood|Flood|Red Flag|Heat|Excessive Heat|Wind|High Wind|Wind Chill|Tornado|Severe Thunderstorm|Blizzard|Fire Weather|Dense Fog|Freeze|Frost|Ice Storm|Air Quality|Hurricane|Tropical Storm|Storm Surge|Lake Effect Snow) (?:Warning|Watch|Advisory|Alert|Statement) (?:until|through|in effect)\b[^.!?]{0,60}$/ },
  // A site's weather bar, with the day it was copied: "Saturday, Feb 2nd 2019 5PM 66°F 8PM 62°F 5-Day Forecast".
  { name: "weather bar", pattern: /^[^.!?°]{0,60}\d{1,3} ?°[FC]\b[^.!?]{0,80}\b(?:\d{1,2}-Day Forecast|Forecast)$/ },
  { name: "video prompt", pattern: /^(?:Scroll down for (?:video|more)|Duration \d{1,2}:\d{2}(?::\d{2})?)$/i },
  { name: "comment rules", pattern: /^(?:We are no longer accepting comments on this article\.?|Comments are closed\.?|Share what you think)$/i },
  // A blog platform's widgets and footer (Blogger's): its archive's years and months with their
  // counts ("▼ 2019 (28)", "► January (4)"), its labels' counts ("city council (39)"), the post's
  // labels, its sharing and paging links.
  { name: "blog's archive", pattern: /^[▼►▾▸] ?[\p{L}\d ]{1,30} \(\d{1,5}\)$/u },
  { name: "blog's labels", pattern: /^(?:\p{Ll}[\p{Ll}\d &'’-]{0,40} \(\d{1,5}\)|Labels?: [^.!?]{1,200})$/u },
  { name: "blog's buttons and footer", pattern: /^(?:(?:[\w ]{1,30}\. )?Powered by (?:Blogger|WordPress(?:\.com)?|Tumblr)\.?|Newer Post|Older Post|Newer Post Older Post Home|Email This|BlogThis!|Share to (?:Twitter|Facebook|Pinterest|X)|Subscribe to: Post Comments \(Atom\)|View my complete profile|Report Abuse|Next Blog»|Create Blog|Blog Archive|About Me|Post a Comment)$/u },
  // A digital collection's item page (CONTENTdm, Omeka S): the viewer's buttons and the footer.
  { name: "a digital collection's buttons and footer", pattern: /^(?:Search this collection|Add to favorites|Reference URL|Copyright and Use|Browse item sets|Powered by (?:CONTENTdm|Omeka S|Omeka)(?: ®)?)$/ },
  // A mailing list's digest (Google Groups', Groups.io's): its head, the messages' links and its footer.
  { name: "a mailing list digest's furniture", pattern: /^(?:Digest for \S{1,100}@googlegroups\.com - \d{1,4} updates? in \d{1,4} topics?|Topic digest|View all topics|\[[\w.-]{1,60}\] Digest Number \d{1,7}|Groups\.io Links:|You receive all messages sent to this group\.|View\/Reply Online \(#\d{1,7}\)(?: \| [\w ]{1,30}){0,6}|Your Subscription \| Contact Group Owner \| Unsubscribe \[\S{1,100}\]|You received this digest because you['’]re subscribed to updates for this group\.[^<>]{0,200}|To unsubscribe from this group and stop receiving emails from it,? send an email to \S{1,100}@googlegroups\.com\.)$/ },
  // Platforms' own sentences on every page they serve (Advance Local's sites, WordPress.com,
  // beehiiv), which a page imported alone has no other file to show recurring.
  { name: "platform's notice", pattern: /^(?:If you purchase a product or register for an account through a link on our site, we may receive compensation\.?|Community Rules apply to all content you upload or otherwise submit to this site\.?|Thank you for relying on us to provide the journalism you can trust\. Please consider supporting [\w.' -]{2,40} with a subscription\.?|Our journalism needs your support\. Please subscribe today to [\w.' -]{2,40}\.?|Get the latest updates right in your inbox\. Subscribe to [\w.'’ -]{2,40} newsletters\.?|Already have a WordPress\.com account\? Log in now\.?|What did you think of today['’]s (?:edition|newsletter|email)\??|Login or Subscribe to participate in polls\.?|In "[^"]{1,40}")$/ },
  // A forum's own words around a post (Reddit's, old and new).
  { name: "forum's buttons and footer", pattern: /^(?:Archived post\. New comments cannot be posted and votes cannot be cast\.?|permalink(?: embed)? save (?:report )?(?:give award )?reply|site rules|Reddit help center|Reddit for (?:Android|iPhone|iOS)|apps & tools|mobile website|Reddit Rules|User Agreement|Search Comments|Expand comment search)$/i },
  { name: "alert prompt", pattern: /^Don['’]t miss out on the headlines from [\w'’ ]{2,40}\. Followed categories will be added to My News\.?$/i },
  // A print edition's index: "INSIDE: Obituaries A4 | Opinion A7 | Sports B1".
  { name: "print index", pattern: /^INSIDE: [\w ]{2,30} [A-Z]\d{1,2}(?: \| [\w ]{2,30} [A-Z]\d{1,2})+$/ },
  // A breadcrumb: two to six sections of one to four capitalised words between "›" or "»"
  // ("Life & Style › Ireland", "News › Hong Kong › Politics").
  { name: "navigation", pattern: /^[\p{Lu}\d][\p{L}\d'’.&-]*(?: [\p{L}\d'’.&-]+){0,3}(?: [›»] [\p{Lu}\d][\p{L}\d'’.&-]*(?: [\p{L}\d'’.&-]+){0,3}){1,5}$/u },
  // A breadcrumb from the home page, the story's headline often its last part: "Home / World News / Council cuts …".
  { name: "navigation", pattern: /^Home ?[/›»>] ?[^/›»>|]{2,60}(?: ?[/›»>] ?[^/›»>|]{2,250})+$/ },
  // A reader's flip of a story into a magazine, as Flipboard prints it over the story: "Ann Lee flipped into Climate Desk", with its age.
  { name: "curator's note", pattern: /^\p{Lu}[\p{L}'’.-]*(?: \p{Lu}[\p{L}'’.-]*){0,3} flipped (?:this )?into [\p{L}\d'’&. -]{1,40}?(?: \d{1,2}[mhdw])?$/u },
  // A news comparison site's coverage panel: the bias bar, its counts and labels.
  { name: "coverage panel", pattern: /^(?:[LCR] \d{1,3}%|\d{1,3}% (?:Left|Center|Centre|Right)|Bias Distribution|Coverage Details|Total News Sources|Leaning (?:Left|Right)|Last Updated|Summary by Ground News|Ground News summaries are available to Premium subscribers\.?|Upgrade to Premium|Read Full Article|Blindspot)$/ },
  // Portals' and national papers' own words (the thirteenth group's pages).
  { name: "comments prompt", pattern: /^Welcome to [^.!?]{2,60} comment community\.[^!?]{0,160}$/i },
  { name: "sign-in prompt", pattern: /^(?:Please (?:log|sign) in to (?:bookmark|save) this (?:story|article)\.?|By registering, you agree to our [^.!?]{2,60}|(?:Log ?In|Sign ?In) ?(?:Create (?:a )?Free Account|Register|Subscribe))$/i },
  { name: "publisher's notice", pattern: /^Get Latest [\w ]{2,40} News along with Latest News and Top Headlines from [^!?]{2,80}$/i },
  { name: "related link", pattern: /^(?:Also Read|ALSO READ)\s*[:|]\s*\S.{0,200}$/ },
  { name: "related link", pattern: /^(?:More for you|More from this (?:magazine|author|publisher|source))$/i },
  // A site's bare address on a line of its own, as an aggregator prints the publisher: "valleytimes.com".
  { name: "site address", pattern: /^(?:www\.)?[a-z0-9-]{2,40}(?:\.[a-z0-9-]{2,20}){0,2}\.(?:com|org|net|news|co\.uk|com\.au|ca|ie|in|example)$/ },
  { name: "button", pattern: /^(?:\+ ?)?(?:Follow|FOLLOW)(?: Us| us)?$|^Share Via$|^Leans? (?:Left|Right)$/ },
  // A paywall's label printed right above the headline, as a kicker is.
  { name: "paywall label", pattern: /^(?:For Subscribers|Subscribers? Only|Premium|Members Only)$/i },
  { name: "aggregator's note", pattern: /^(?:Reposted by \d{1,3} other sources?|A personali[sz]ed news feed of stories that matter to you|Continue reading)$/i },
  { name: "newsletter prompt", pattern: /^Sign up for the [\w'’ ]{2,40} newsletter\.?(?: Sign up today\.?)?$/i },
  { name: "footer", pattern: /^(?:Privacy Policy|Terms of (?:Use|Service)|Cookie Policy|Contact Us|About Us)$/i },
  // Social platforms' and stations' own words (the fourteenth group's pages).
  { name: "navigation", pattern: /^(?:See new (?:Tweets|posts)|jump to content|\[Forwarded from [^\]]{1,60}\]|\d{1,2} Weather Alerts?|Latest Newscasts)$/i },
  // Old Reddit's furniture around a post.
  { name: "forum furniture", pattern: /^(?:submitted \d{1,3} (?:years?|months?|days?|hours?|minutes?) ago by [\w-]{2,30}|my subreddits|edit »|other discussions \(\d{1,4}\)|want to join\? login or register in seconds\.(?: \| English)?|(?:all )?\d{1,5} comments(?: share save hide report(?: crosspost)?)?|This is an archived post\. You won['’]t be able to vote or comment\.)$/i },
  // A station's newscast by its name and hour: "KMSA 9 Good Morning at 6AM".
  { name: "newscast", pattern: /^[A-Z]{3,5}(?: \d{1,2})? [\w' ]{2,30} at \d{1,2}(?::\d\d)? ?[AaPp]\.?[Mm]\.?$/ },
  // A publisher's logo by its alternative text, as a portal prints it over a partner's story: "The Independent logo".
  { name: "logo", pattern: /^[\p{L}\p{N}&'’. -]{2,50} [Ll]ogo$/u },
  // A share service's or a link shortener's address alone, as a shared copy ends: "https://apple.news/AyTi…".
  // Not the story's own address, which is its provenance.
  { name: "share link", pattern: /^(?:https?:\/\/)?(?:apple\.news|flip\.it|bit\.ly|t\.co|trib\.al|ow\.ly|dlvr\.it|buff\.ly|share\.newsbreak\.com|l\.smartnews\.com|news\.google\.com\/(?:articles|stories)|goo\.gl|g\.co)\/[\w-]{4,200}(?:\/[\w-]{2,40})?\/?(?:\?[\w=&%.-]{1,200})?$/i },
  // A template's field left unfilled: "{{featured_button_text}}", "Get email notifications on {{subject}} daily!".
  { name: "template field", pattern: /^[^{]{0,200}\{\{ ?[\w.]{1,40} ?\}\}[^{]{0,200}$/ },
  // An author card's picture, by its alternative text: "Profile Image of Ann Lee".
  { name: "author card", pattern: /^(?:Profile (?:Image|Photo|Picture)|Headshot|Author (?:image|photo|avatar)|Avatar) (?:of|for) \p{Lu}[\p{L}'’.-]*(?: \p{Lu}[\p{L}'’.-]*){0,3}$/iu },
  // A named newsletter: "Get the Daily Briefing newsletter in your inbox."
  { name: "newsletter prompt", pattern: /^(?:Get|Receive) (?:the|our) (?:[\w'’&-]+ ){0,4}(?:newsletter|briefing|digest) (?:(?:delivered )?(?:right )?(?:in|to) your inbox)[.!]?$/i },
  // An app prompt after what it offers: "For all the latest Pune News, download Valley Express App."
  { name: "app prompt", pattern: /^For (?:all )?(?:the )?latest [^.!?]{1,60}, (?:download|get|install) (?:the |our )?(?:[\w'’&-]+ ){0,4}app[.!]?$/i },
  // A magazine's print note: "This article appears in the March 2020 issue."
  { name: "print edition note", pattern: /^This (?:article|story|piece) (?:appears|appeared|was published) in the [^.!?]{1,80} (?:issue|edition)\b[^.!?]{0,160}[.!]?$/i },
  // A magazine's note naming the issue by number, with its pitch: "This story appears in Issue 44. Buy a copy or subscribe."
  { name: "print edition note", pattern: /^This (?:article|story|piece) (?:appears|appeared|was published) in (?:our )?(?:Issue|No\.|Vol\.|Volume) ?\d{1,4}\b[^.!?]{0,80}[.!]?(?: (?:Buy|Order|Get|Subscribe|Pick up)\b[^.!?]{0,80}[.!]?)?$/i },
  // A big paper's print note at the foot of its web page: "A version of this article appears in print on Jan. 10, 2019, Section A, Page 16 …".
  { name: "print edition note", pattern: /^A version of this (?:article|story|review|column) appear(?:s|ed) in print on\b.{0,400}$/i },
  // A named newsletter with its pitch: "Get Court Roundup, our free legal news briefing, in your inbox each weekday."
  { name: "newsletter prompt", pattern: /^(?:Get|Receive|Sign up for) [^.!?,]{1,60}, our (?:free )?[^.!?,]{0,60}\b(?:newsletter|briefing|digest|e-?mail)s?, (?:in|to|delivered to) your inbox\b[^.!?]{0,40}[.!]?$/i },
  // "Sign up for Post Alerts: breaking news on your phone as it happens."
  // Not a sentence that says who urged it ("Sign up for the district's alerts, the manager said."): the story's.
  { name: "alert prompt", pattern: /^(?!.*\b(?:said|says|urged|told|according to)\b)Sign up for (?:[\w'’&-]+ ){0,4}(?:alerts?|newsletters?)\b[^.!?]{0,100}[.!]?$/i },
  // "The Quarterly Letter: one email a month, no spam. Sign up"
  { name: "newsletter prompt", pattern: /^[^!?]{0,40}\b(?:newsletter|letter|briefing|digest)\b[^!?]{0,30}\b(?:one|an?|\d) e-?mails? (?:a|per|each|every) (?:day|week|month)\b[^!?]{0,60}\bSign up(?: now| today| here)?[.!]?$/i },
  // "Download The Valley Times app to get daily news updates."
  { name: "app prompt", pattern: /^(?!.*\b(?:said|says|urged|told|according to)\b)Download (?:the |our )?(?:[\w'’&-]+ ){0,4}app (?:to|for) [^.!?]{1,80}[.!]?$/i },
  // A comment box's buttons.
  { name: "comment prompt", pattern: /^(?:(?:Start|Join) (?:a|the) (?:conversation|discussion)|Post (?:a )?comment|Add (?:a )?comment|View comments|Show comments|(?:Sign|Log) in to (?:comment|reply))$/i },
  // A document's link beside a story: "Read the order (PDF)", "Download the report (PDF, 2 MB)".
  { name: "document link", pattern: /^(?:Read|View|Download|See) (?:the )?(?:full )?[\w'’ -]{1,40} \(PDF(?:, [\d.]+ ?[KM]B)?\)$/i },
  // A related label on a line of its own: "Also Read", "Read Next", "You might also like".
  { name: "related link", pattern: /^(?:Also read|Read (?:next|also)|You (?:may|might) also like|More (?:to read|like this)|Recommended(?: for you| reading| stories)?|(?:Also )?[Ww]orth reading|Further reading|Also interesting)[.:]?$/i },
  { name: "topic links", pattern: /^(?:Categories|Category|Tags|Topics|Keywords|Filed under):?$/i },
  // A wire story's feed notice: "(This story has not been edited by … staff and is auto-generated from a syndicated feed.)"
  { name: "syndicated feed notice", pattern: /^\(?(?:This|The) (?:story|article|report|copy) has not been edited by\b[^()]{0,120}\b(?:syndicated|agency|wire|news) feed[.)]{0,2}$/i },
  // A legal notices box below a story (a county's hearing, a sale): its heading and its formula.
  { name: "legal notice", pattern: /^(?:(?:Legal|Public) Notices?|Notice of (?:a )?(?:Public Hearing|Public Meeting|Sale|Trustee['’]s Sale|Application|Intent)|View all (?:legal |public )?notices)$/i },
  { name: "legal notice", pattern: /^Notice is hereby given\b.{0,600}$/i },
  // With what it sends: "Sign up to The Front Page, our free daily newsletter, for the day's top stories."
  { name: "newsletter prompt", pattern: /^Sign up (?:to|for) [^.,]{1,60}, our (?:free )?(?:[\w'’-]+ ){0,3}newsletter(?:,? (?:for|with) [^.!?]{1,80})?[.!]?$/i },
  { name: "newsletter prompt", pattern: /^Unlock (?:the |our )?[^.!?]{1,60}\b(?:newsletter|digest|briefing)\b(?: for free)?[.!]?$/i },
  { name: "subscription prompt", pattern: /^(?:Subscribe(?: now)?|Start your subscription|Try it) (?:for|from) (?:just |only )?\$\d+(?:\.\d\d)?(?: (?:a|per|for) \w+(?: \w+)?)?[.!]?$/i },
  // A pitch with a price per period: "Become a Valley Weekly Insider for as little as $5 a month."
  {
    name: "subscription prompt",
    pattern: /^(?:Become|Join|Subscribe|Support|Sign up|Start|Get|Try|Unlock)\b[^.!?]{0,100}?[$£€]\d+(?:\.\d\d)? (?:a|per|each|every) (?:month|week|year)\b[^.!?]{0,60}[.!]?$/i,
  },
  {
    name: "support prompt",
    pattern: /^(?:Support (?:us|our journalism|independent journalism|local (?:news|journalism))(?:[:,.!]? (?:become a member|donate|subscribe)(?: today| now)?)?|Donate(?: now| today)?|Become a member(?: today)?|Our journalism is free to read\.? Donate today)[.!]?$/i,
  },
  { name: "audio prompt", pattern: /^Listen(?: live| now)?$/i },
  { name: "share buttons", pattern: /^(?:Click to copy(?: link)?|Like this:?|Loading(?:\.\.\.|…)?|Reuse this content|Republish this (?:story|article))$/i },
  // A list's label naming where its stories are from: "Latest from New Zealand", "More in Business".
  { name: "navigation", pattern: /^(?:Latest|More|Most read|Top stories|Popular) (?:from|in) \p{Lu}[\p{L}'’&. -]{1,40}$/u },
  { name: "navigation", pattern: /^(?:Don['’]t miss|Topics|Explore more on these topics|Skip to (?:main )?content|Menu|Search)$/i },
  { name: "topic links", pattern: /^(?:Categories|Category|Tags|Topics|Filed under|Posted in)\s*:\s*\S.{0,150}$/i },
  { name: "newsletter chrome", pattern: /^(?:View (?:this e-?mail|it) in (?:your|a) (?:web )?browser|Forward (?:this e-?mail )?to a friend)\.?$/i },
  { name: "newsletter chrome", pattern: /^You(?:['’]re| are) receiving this (?:e-?mail|newsletter) because\b.{0,200}$/i },
  { name: "page number", pattern: /^(?:Page )?\d{1,4}(?: of \d{1,4})?$/i },
  // A browser's print of a web page: at the head of each printed page the date and time it was
  // printed and the page's title ("1/30/20, 9:14 AM Council Cuts Watering Days | The Valley
  // Ledger"), at its foot the page's address and the page's number ("https://… 1/3").
  { name: "print header", pattern: /^(?!.{0,300}\b(?:Updated|Published|Posted|Modified)\b)\d{1,2}\/\d{1,2}\/\d{2,4}, \d{1,2}:\d{2}(?: ?[AaPp]\.?[Mm]\.?)? \p{L}.{0,300}$/u },
  { name: "print footer", pattern: /^(?:https?:\/\/|www\.)\S{1,300}\s+(?:Page )?\d{1,3} ?(?:\/|of) ?\d{1,3}$/i },
  { name: "app share", pattern: /^(?:Shared|Sent) (?:from|via|with) (?:the |my )?(?:[\w'’&-]+ ){0,4}(?:app|iPhone|iPad|Android|phone|device)\.?$/i },
  // A photo's sale button, as town-news sites print it over each caption: "Buy Now", "Buy this photo".
  { name: "photo tools", pattern: /^(?:Buy (?:now|this (?:photo|image))|Purchase (?:this )?(?:photo|image|reprints?)|Order (?:a )?(?:reprint|print|photo)s?)$/i },
  { name: "photo tools", pattern: /^(?:\+\d{1,3}|(?:Enlarge|Expand|View) (?:this )?(?:image|photo|gallery)|(?:hide|toggle|show) caption|(?:Slideshow|Gallery|Photos?) ?\(\d+ (?:images|photos)\))$/i },
  { name: "advertisement", pattern: /^(?:Sponsor Message|Sponsored by .{1,60})$/i },
  // Or after a middle dot glued to it, as Yahoo's byline row copies it: "·3 min read".
  { name: "reader tools", pattern: /^[·•]?\d{1,3} min(?:ute)?s? read$/i },
  // Or bare under the date, as France 24 prints it: "3 min".
  { name: "reader tools", pattern: /^\d{1,2} min$/ },
  // A reading time as a range or a label: "7–9 minutes", "Reading time: 15 minutes".
  { name: "reader tools", pattern: /^(?:(?:Reading time|Read time|Time to read):? ?\d{1,3}(?:[–-]\d{1,3})? min(?:ute)?s?|\d{1,3}[–-]\d{1,3} min(?:ute)?s?(?: read)?)$/i },
  // A blog platform's furniture around a post: a separator alone, the author's "Follow", the labels and counts.
  { name: "reader tools", pattern: /^(?:[·•|–—-]{1,3}|Follow|Following|Member-only story|Published in|Recommended from [\w'’&. -]{1,40})$/i },
  // The author's box: "·Writer for Valley Voices", "Editor at The Civic Desk".
  { name: "author box", pattern: /^[·•]?\s?(?:Writer|Editor|Contributor|Columnist|Contributing writer|Staff writer) (?:for|at) \p{Lu}[\p{L}\p{N}&'’. -]{1,60}$/u },
  // A weather widget in a site's top bar: "Weather: 40°F Light snow", "72° Sunny".
  { name: "weather widget", pattern: /^(?:Weather:? ?)?-?\d{1,3} ?°(?:[FC]\b)?(?: \p{Lu}[\p{L} ]{0,30})?$/u },
  // A live blog's labels: "LIVE UPDATES" over the headline, "Pinned" over an entry, "Load more updates" at the foot.
  { name: "live blog furniture", pattern: /^(?:Live(?: updates| blog| coverage)?|Pinned(?: post)?|(?:Load|Show|See) (?:more|older|newer) (?:updates|posts|entries))$/i },
  // A reader view's or a paper's labels between paragraphs.
  { name: "advertisement", pattern: /^(?:Supported by|Continue reading the main story)$/i },
  { name: "tip prompt", pattern: /^(?:Got|Have) a (?:news |story )?tip\?.{0,150}$/i },
  // "Do you have a story in your neighbourhood? Send it to newsdesk@…": the question, then where to send it.
  { name: "tip prompt", pattern: /^(?:Got|Have|Do you have) a (?:news )?(?:story|tip)\b[^?]{0,60}\? (?:Send|E-?mail|Contact|Call|Text|WhatsApp|Tell)\b.{0,150}$/i },
  { name: "standards note", pattern: /^Our Standards:.{0,120}$/ },
  // A count beside a button, as a web view prints its likes and comments: "41 Likes", "1.2K Shares".
  { name: "reader tools", pattern: /^\d[\d,.]*[KkMm]? (?:likes?|comments?|shares?|replies|reactions|views|reads|restacks?)$/i },
  // Labels over a list of the site's other stories: "READ MORE HERE", "More on this story", "Latest News".
  { name: "related link", pattern: /^(?:Read more here|More (?:on|about) this (?:story|topic|subject)|Latest (?:news|stories|headlines))[.:]?$/i },
  // A paper's labels and placeholders between paragraphs: "Article content", "This advertisement has not loaded yet, but your article continues below."
  { name: "advertisement", pattern: /^(?:Article content|This advertisement has not loaded yet\b.{0,80})$/i },
  { name: "share buttons", pattern: /^Share this (?:article|story|page) (?:in|on|with) your (?:social )?networks?\.?$/i },
  { name: "topic links", pattern: /^(?:Related Topics?|Archived in|(?:Read )?More about|Follow the topics in this (?:article|story)|This (?:article|story) (?:is )?tagged (?:under|with)|Este artículo está etiquetado en)\s*:?$/i },
  // A government site's banner: "An official website of the State of Valley", "Here's how you know".
  { name: "navigation", pattern: /^(?:An official website of the\b.{1,80}|Here['’]s how you know\.?)$/i },
  // A paper's appeal for support: "Thank you for reading this article. We're more reliant on your support …".
  { name: "support prompt", pattern: /^Thank you for reading(?: this (?:article|story))?[.!]\s.{0,400}$/i },
  // Only the site's own journalism: "Please consider supporting the food bank, organisers said." is a story's.
  { name: "support prompt", pattern: /^(?:If you (?:haven['’]t already|can|value [^.,]{1,60}|enjoyed [^.,]{1,60}), )?please consider supporting (?:our|us|independent|local)\b[^.!?]{0,120}\b(?:journalism|reporting|newsroom|work)\b[^.!?]{0,80}[.!]?$/i },
  // Sign-up pitches that name what they send: "Get more Valley Post sports news by signing up for
  // our free Sports Extra newsletter.", "Sign up for Sports Extra to get the latest updates delivered to your inbox."
  { name: "newsletter prompt", pattern: /^Get more [^.!?]{1,60} by signing up for (?:our|the) (?:free )?[^.!?]{0,60}\b(?:newsletters?|alerts)[.!]?$/i },
  { name: "newsletter prompt", pattern: /^Sign up for [^.!?]{1,60} to get [^.!?]{1,80}\b(?:inbox|phone|e-?mail)[.!]?$/i },
  { name: "newsletter prompt", pattern: /^Click here to (?:sign up|subscribe|register|download|get)\b[^.!?]{0,100}[.!]?$/i },
  // A social network's embed held back for consent, as UK sites print it: the question, the
  // notice, the buttons, and the skip links around the post.
  { name: "embed consent", pattern: /^(?:Allow [\p{L}\p{N} .&'’-]{1,30} content\?|Accept and continue|Content is not available|(?:Skip|End of) [\p{L}\p{N}.&'’-]{1,20}(?: [\p{L}\p{N}.&'’-]{1,20}){0,2} (?:post|content|video|embed)(?: \d{1,2})?)$/iu },
  { name: "embed consent", pattern: /^This (?:article|page|story) contains content provided by\b.{0,600}$/i },
  // A comment box's rules and its prompt with the links lost: "Please keep comments relevant and
  // respectful.", "Want to join the conversation? Please or to comment on this article."
  { name: "comment policy", pattern: /^(?:[^.!?]{1,80} (?:is|are) committed to (?:maintaining|fostering|providing|hosting) an? [^.!?]{0,60}\b(?:forum|discussion|conversation|community|space)\b[^.!?]{0,60}\.\s+)?Please keep (?:your |all )?comments\b[^.!?]{0,100}[.!]$/i },
  { name: "comment prompt", pattern: /^(?:Want|Would you like) to (?:join|start) the (?:conversation|discussion)\?.{0,120}$/i },
  // A messaging channel's pitch: "Join HT's WhatsApp channel and get the latest news and must-reads."
  { name: "channel prompt", pattern: /^(?:Join|Follow|Subscribe to|Stay (?:updated|up to date|informed|connected) (?:with|on|via)) (?:[\w'’&.-]+ ){0,4}(?:WhatsApp|Telegram|Signal|Viber|Discord|Google News|YouTube) (?:channel|group|community|page)\b[^.!?]{0,120}[.!]?$/i },
  // A news release's furniture: its labels and the marks that end it ("###", "-30-").
  { name: "release furniture", pattern: /^(?:(?:For )?Immediate Release|(?:News|Press|Media) Release|#{3}|# # #|-\s?30\s?-|-?\s?ENDS\s?-?)$/i },
  // A release's media contact: "Media Contact: Ann Lee, Public Information Officer".
  { name: "media contact", pattern: /^(?:Media|Press|News) (?:contacts?|inquiries|enquiries)\s*:(?:\s*\S.{0,150})?$/i },
  // A city's site on CivicPlus around its News Flash: the account bar, "How Do I...", the pager,
  // "Notify Me®", "Other News in Public Works", "View All News", the platform's footer; a reposted
  // story's link back ("Read the original article on the Record's website.").
  { name: "city site's furniture", pattern: /^(?:Create a Website Account\b.{0,100}|Website Sign In|How Do I\.{0,3}|Notify Me®?|Government Websites by CivicPlus®?|View All News|⇐\s?Previous\s?Next\s?⇒|Other News in \p{Lu}[^.!?]{1,60}|News Flash|In the News)$/u },
  // A radio station's prompts to listen (iHeartMedia's, Audacy's station pages): "LISTEN LIVE: KXYZ 99.3 FM", "Listen to
  // KXYZ 99.3 on the free #iHeartRadio app.", "Get informed and inspired with the KXYZ app.", "Music, radio and podcasts, all free. …".
  // A label, a colon and a station's name of a few words; or a whole line that sends the reader to an app to listen.
  { name: "a station's listen prompt", pattern: /^(?:LISTEN|Listen|STREAM|Stream) (?:LIVE|[Ll]ive|NOW|[Nn]ow)(?: (?:TO|[Tt]o))?(?::| [-–—|]) [\p{Lu}\p{N}](?:[^.!?:]|\.(?=\d)){1,50}$/u },
  { name: "a station's app prompt", pattern: /^(?:Listen to|Stream|Hear) (?:[^.!?]|\.(?=\d)){2,60} (?:on|with|in) the free [#\p{L}\p{N}'’&. -]{1,40} app[.!]?$/iu },
  { name: "a station's app prompt", pattern: /^Get (?:informed|inspired|informed and inspired|the latest|local news|news) with the (?:[^.!?]|\.(?=\d)){2,60} app[.!]?$/i },
  { name: "a station's app prompt", pattern: /^[^.!?]{2,60}, all free[.!] (?:Listen online|Listen now|Listen live|Download)[^.!?]{0,60}\bapp[.!]?$/i },
  // A podcast's player under its name in quotes: "Listen to “It’s All Good: A Block Club Chicago Podcast”:".
  { name: "a podcast prompt", pattern: /^(?:Listen to|Subscribe to) [“"][^”"]{2,100}[”"]:$/u },
  // A nonprofit site's pitch below or inside the story: "Subscribe to Block Club Chicago, an independent, 501(c)(3),
  // journalist-run newsroom. …", "Already subscribe? Click here to support Block Club with a tax-deductible donation."
  { name: "a subscription pitch", pattern: /^Subscribe to \p{Lu}[^.!?,]{1,60}, an? (?:independent|nonprofit|non-profit|reader-funded|reader-supported)\b[^!?]{0,300}$/u },
  { name: "a subscription pitch", pattern: /^Already (?:a )?(?:subscribe[rd]?|member|donor|supporter)\? (?:Click|Tap) here to (?:support|donate|give)\b[^.!?]{0,120}[.!]?$/i },
  // A local site's location picker: "Change Location" over the market the reader chose.
  { name: "navigation", pattern: /^(?:Change|Set|Choose|Select|Update) (?:your |my )?(?:location|region|market|edition|local station)$/i },
  // Google's AMP viewer: the story's own address under "Read or Share this story:".
  { name: "share prompt", pattern: /^(?:Read or [Ss]hare|Share|Read) this (?:story|article):? https?:\/\/\S{1,400}$/ },
  { name: "link to the original", pattern: /^Read the (?:original|full) (?:article|story)(?: (?:on|at) [^.!?]{2,60})?[.!]?$/ },
  // Where the author is found, printed below a story: "alee@valleysun.example", "X: @annlee", "Twitter.com/annlee".
  { name: "author's contact", pattern: /^(?:(?:X|Twitter|Instagram|Threads|Bluesky|TikTok|Mastodon):? ?)?@[\w.]{2,30}$|^(?:https?:\/\/)?(?:www\.)?(?:twitter|x|instagram)\.com\/[\w.]{2,30}\/?$/i },
  // A digitised paper's furniture: the archive's notice that the text is machine-read, and the page's lasting link.
  { name: "archive notice", pattern: /^(?:(?:The |This )?text(?: of this (?:page|article))? (?:was )?(?:provided|generated|produced|created) (?:by|with|through) (?:OCR|optical character recognition)\b.{0,120}|OCR (?:text )?(?:may contain errors|is uncorrected)\b.{0,80})$/i },
  { name: "link to this page", pattern: /^(?:(?:Persistent|Permanent|Stable|Short|Canonical|Citation) (?:link|URL|address)|Perma-?link):? ?(?:https?:\/\/|www\.)\S{1,300}$/i },
  // When a copy was made, not when the story was published: a feed reader's "Received:", an archive's "Captured on".
  { name: "copy stamp", pattern: /^(?:Received|Retrieved|Fetched|Accessed|Captured|Archived|Saved|Printed|Downloaded|Clipped|Crawled)(?::| on:?) (?=.{0,60}\d{4})(?:(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*,? )?(?:\d{1,2}[ /.-]|[A-Z][a-z]{2,8}\.? \d{1,2},? |\d{4}-)[^.!?]{0,50}$/ },
  // A feed's footer on every item a blog platform sends: "The post … appeared first on Valley Gazette."
  { name: "feed footer", pattern: /^The post .{3,300} appeared first on .{2,120}\.$/ },
  // A paywall's notice: "Reminder, this is a Premium article and requires a subscription to read."
  { name: "paywall notice", pattern: /^(?:Reminder[,:] )?(?:This|The) (?:is an? )?(?:premium|subscriber[- ]only|members?[- ]only|exclusive|paid) (?:article|story|content|piece)\b[^.!?]{0,80}\bsubscri(?:ption|ber|be)\b[^.!?]{0,60}[.!]?$/i },
  // A feed reader's buttons around an item: "Mark all as read", "Read Later", "Visit Website".
  { name: "feed reader", pattern: /^(?:Mark (?:all )?(?:as )?(?:read|unread)|Read later|Visit (?:the )?(?:website|site)|Open (?:in browser|original|website)|View (?:original|in browser))$/i },
  // A paywalled page's bar: gifting and saving the article, following its topic.
  { name: "reader tools", pattern: /^(?:Gift (?:this |an? )?(?:(?:unlocked )?article|story)|Free to read|Add to (?:my[\w-]{1,20}|(?:my )?(?:favou?rites|reading list|saved (?:articles|stories)))|Save (?:for later|to (?:my )?(?:list|reading list)|(?:this )?(?:article|story))|Follow (?:this )?topic)$/i },
  // International broadcasters' and papers' own words (the twentieth group's pages): the skip
  // links, the broadcaster's motto, the feedback prompt.
  { name: "navigation", pattern: /^(?:Skip to (?:main menu|more [\w ]{2,20} sites|main navigation|search|footer)|Skip next section(?: [\w ]{2,30})?|Explore more|Made for minds\.?)$/i },
  { name: "gallery label", pattern: /^PHOTO GALLERY(?: \(CLICK TO ENLARGE\))?$|^Photo gallery(?: \(click to enlarge\))?$/ },
  { name: "subscription pitch", pattern: /^[^.!?]{0,100}\b(?:quality|independent|trusted|local) journalism is (?:more |now more |even more )?(?:crucial|important|vital|essential|needed)(?: than ever| now more than ever)?[.!]?$|^By subscribing, you (?:can )?help us [^.!?]{2,60}[.!]$/i },
  { name: "channel prompt", pattern: /^Get (?:exclusive|more|the latest) (?:content|news|updates|stories) (?:with|on|from|via) [\w'’&. ]{2,40} (?:WhatsApp|Telegram) channel[.!]?$/i },
  { name: "newsletter prompt", pattern: /^Sign up for (?:the|our) \p{Lu}[\p{L}'’&-]*(?: \p{Lu}[\p{L}'’&-]*){0,3}(?: newsletter)?[.!]?$/u },
  { name: "newsletter prompt", pattern: /^(?:Daily newsletter|Receive (?:essential|the latest|our|the best of) [\w'’ ]{2,60} (?:every|each) (?:morning|day|evening|week|weekend))$/i },
  { name: "site's title", pattern: /^[\p{L}\d .'’&]{2,40} [-–|] (?:International |Latest |Local |National |World )?breaking news(?:,| and) [^.!?]{2,80}$/iu },
  { name: "accessibility notice", pattern: /^Accessibility(?: statement)?: (?:partially|fully|not) compliant$/i },
  // A site's count of the articles read this month, and its appeal to join its members (The Times of Israel's).
  { name: "reading meter", pattern: /^(?:We['’]re (?:really |so )?(?:pleased|glad|delighted|happy) (?:that )?you['’]ve read \d{1,3} [\w'’ ]{2,40} articles? (?:in|over|during) (?:the past|the last|this) (?:month|week|year)\.?|You['’]re a (?:dedicated|loyal|regular) reader[.!]?)$/i },
  // US nonprofit newsrooms' furniture (the twenty-first group's): the newsletter's box, the
  // republishing notes, the network's paragraph and the reporter's address below the story.
  { name: "newsletter prompt", pattern: /^(?:Get (?:the|our) [\w'’ ]{2,40} (?:delivered )?(?:to|in) your inbox[.!]?|Subscribe to [\w'’ .&]{2,60} (?:free )?[\w ]{0,30}(?:Briefing|newsletter)\.?)$/i },
  { name: "republishing note", pattern: /^(?:This story (?:also ran on [\w .'’&]{2,60}\. It )?can be republished for free(?: \(details\))?\.?)$/i },
  { name: "the newsroom's paragraph", pattern: /^[\p{L}\d .'’&]{2,60} is part of [\p{L}\d .'’&]{2,60}, a nonprofit news network\b.{0,800}$/u },
  { name: "the reporter's address", pattern: /^(?:[\p{L}.'’]+ ){1,6}(?:reporter |editor |correspondent )?(?:[\p{L}.'’]+ ){0,3}can be reached at [\w.+-]{1,64}@[\w-]{1,63}(?:\.[\w-]{1,63}){1,4}\.?$/u },
  // With each reporter's handle after, as The Boston Globe prints it: "Ann Lee can be reached at ann.lee@globe.com. Follow Ann on X @annlee."
  { name: "the reporter's address", pattern: /^(?:(?:[\p{L}.'’]+ ){1,6}can be reached at [\w.+-]{1,64}@[\w-]{1,63}(?:\.[\w-]{1,63}){1,4}\.(?: Follow (?:\p{Lu}[\p{L}'’-]*|him|her|them) on (?:X|Twitter|Bluesky|Threads|Instagram) @\w{1,30}\.)? ?){1,3}$/u },
  // A newsletter box's own words and its form's messages (Reach plc's pages), and a site's
  // footer links that name it (RTÉ's, The Texas Tribune's).
  { name: "newsletter prompt", pattern: /^(?:Invalid Email(?: address)?|Something went wrong, please try again later\.?|Thank you for subscribing[.!]?|We have more newsletters|Show me|See our privacy notice|Get the biggest [\w'’ ]{2,40} by signing up to our (?:free )?newsletters?\.?)$/i },
  { name: "tip prompt", pattern: /^Do you have a story (?:to share|for us)\? ?(?:Get in touch|Contact|Email|Tell)[\w'’ ]{0,40}[.!]?$/i },
  { name: "footer", pattern: /^(?:(?:About|Contact) [\p{Lu}][\p{L}]{1,20}|Complaints|Who [Ff]unds [Uu]s\??|Republishing [Gg]uidelines|Our [Ss]taff|Jobs|Explore related story topics)$/u },
  { name: "republishing note", pattern: /^Our stories are free to republish under a Creative Commons license\b.{0,200}$/i },
  // A government agency's GovDelivery (Granicus) bulletin: the web copy's subscribe box and share
  // button, the mail's link to its web copy, the agency's social links and the footer that says
  // whom the mail was sent to and for whom.
  { name: "a bulletin's subscribe box", pattern: /^(?:Subscribe to updates from \p{Lu}.{1,100}|e\.g\. [\w.+-]{1,64}@[\w-]{1,63}(?:\.[\w-]{1,63}){1,4}|Share Bulletin)$/u },
  { name: "a bulletin's furniture", pattern: /^(?:Having trouble viewing this (?:email|e-mail|message)\? View it as a [Ww]eb page\.?|SUBSCRIBER SERVICES:?|Subscriber Services:?|Stay connected with \p{Lu}.{1,100}:)$/u },
  { name: "a bulletin's footer", pattern: /^This (?:email|e-mail|message) was sent to \S{1,100} using [Gg]ov[Dd]elivery(?: Communications Cloud)?,? on behalf of:? .{2,300}$/ },
  // The platform a school's, a team's or a podcast's site is built on, in its footer.
  { name: "the platform's credit", pattern: /^(?:Powered by (?:GovDelivery|Granicus|Finalsite|Edlio|SIDEARM Sports|Blackboard|Apptegy)|.{2,60} is powered by Buzzsprout|Start your podcast)$/ },
  // A school district's site: its picker of the district's schools, and the non-discrimination
  // notice in its footer ("The … does not discriminate on the basis of race, … in its programs and activities.").
  { name: "a school site's picker", pattern: /^Select an? (?:School|Campus|Site|Location)(?:\.{3}|…)?$/ },
  { name: "non-discrimination notice", pattern: /^(?:The )?\p{Lu}[^!?]{2,120}? (?:does|do) not discriminate on the basis of [^.!?]{2,200} in (?:its|their|any of its) (?:programs|educational programs|employment|admissions?)\b[^.!?]{0,200}\.(?: .{0,800})?$/u },
  // A college athletics site's (SIDEARM's) links beside a story: the printable page, the game's box score, its gallery.
  { name: "a team site's story links", pattern: /^(?:Print Friendly Version|Story Links|Box Score|Photo Gallery|Live Stats|Next Game:)$/ },
  // A podcast's episode page: the show notes' summary and credits, the transcript's label and notice,
  // the episode's number, the player's timestamps between paragraphs ("[00:01:43]").
  { name: "a podcast's summary", pattern: /^(?:On|In) (?:today['’]s|this(?: week['’]s)?) episode[:,] .{2,400}$/ },
  { name: "a podcast's credits", pattern: /^Hosted by \p{Lu}[^.!?]{2,80}\.(?: (?:Produced|Edited|Mixed|Engineered) by [^.!?]{2,120}\.){0,3}$/u },
  { name: "a transcript's notice", pattern: /^(?:This )?[Tt]ranscripts? (?:is|are|was|were|has been|have been) (?:automatically |machine-)?(?:generated|produced|created)\b.{0,200}\b(?:errors?|mistakes?|inaccuracies)\b.{0,200}$/ },
  { name: "a podcast's furniture", pattern: /^(?:Episode transcript|Show [Nn]otes|Support the show|Chapters|Episode \d{1,4}|S\d{1,2} ?E\d{1,3}|\[\d{1,2}:\d{2}(?::\d{2})?\])$/ },
  // The host's opening and closing lines in the transcript, under the host's label: "DANA: From The
  // Lakeport Record, this is Lakeport Daily. …", "DANA: That's our show for today. … Thanks for listening."
  { name: "the host's introduction", pattern: /^\p{Lu}[\p{Lu}'’ .-]{1,30}: From (?:[Tt]he )?\p{Lu}[^.!?]{1,80}, (?:this is|I['’]m) .{2,300}$/u },
  { name: "the host's sign-off", pattern: /^\p{Lu}[\p{Lu}'’ .-]{1,30}: (?:That['’]s (?:our show|all|it|the show)\b.{0,300}|.{0,300}\bThanks for listening[.!]?)$/u },
  // The Guardian's notice of an old article's age, and its newsletter promotion's skip link.
  { name: "age notice", pattern: /^This (?:article|story) is more than \d{1,2} (?:years?|months?) old$/i },
  { name: "newsletter prompt", pattern: /^(?:skip past newsletter promotion|after newsletter promotion|Free (?:daily|weekly) newsletter)$/i },
  // A broadcaster's share menu and reader tools, as Euronews' page copies them.
  { name: "share buttons", pattern: /^(?:Close Button|Copy\/paste the (?:article|story)(?: video)? embed link below:?|Text size(?: Aa){1,2})$/i },
  { name: "sponsors' line", pattern: /^[\p{L}\d .'’&]{2,60} thanks its sponsors\. Become one\.?$/u },
  { name: "newsletter prompt", pattern: /^Sign up for [\p{L}\d .'’&]{2,60}, [\p{L}\d .'’&]{2,60} (?:daily|weekly|morning|evening) newsletter\b.{0,200}$/iu },
  { name: "the newsroom's paragraph", pattern: /^[\p{L}\d .'’&]{2,60} is a (?:member-supported|reader-supported|nonprofit|nonpartisan)\b[\p{L}, -]{0,60} news(?:room| organization)\b.{0,300}$/iu },
  { name: "event prompt", pattern: /^Join us for .{2,200}\bFestival\b.{0,120}\bGet tickets\.?$/i },
  { name: "funders' disclosure", pattern: /^Disclosure: .{2,300}\b(?:has|have) been (?:a )?financial supporters? of .{2,800}$/i },
  { name: "republishing note", pattern: /^This (?:article|story) (?:originally appeared|was originally published) (?:in|on|by) [\p{L}\d .'’&]{2,60} at https?:\/\/\S{1,300}$/u },
  { name: "alert button", pattern: /^You will (?:no longer )?receive (?:email )?alerts (?:from|about) this (?:author|reporter|writer|topic)\.?(?: Manage (?:your )?alert preferences on your profile page\.?)?$/i },
  { name: "membership appeal", pattern: /^(?:Already a (?:member|subscriber|supporter)\? ?(?:Sign|Log) in(?: to stop seeing this| here)?\.?|That['’]s why we started [\w'’ ]{2,40}: to give .{10,300}|(?:So )?now we have a request\. .{0,400}\bsupport our (?:work|journalism|reporting)\b.{0,200})$/i },
  { name: "the agencies' credit", pattern: new RegExp(String.raw`^\((?:[\p{Lu}\d][\p{L}\d]*(?: [\p{Lu}\d][\p{L}\d]*){0,3}) with (?:${ONE_WIRE})(?:(?:,| and) (?:${ONE_WIRE})){0,4}\)$`, "u") },
  // A paper's reprints notice printed above the story on its older template (The Wall Street Journal's).
  { name: "reprints notice", pattern: /^This copy is for your personal,? non-commercial use only\.(?: .{0,500})?$/i },
  { name: "comment prompt", pattern: /^(?:SHARE YOUR THOUGHTS|Share your thoughts|(?:[^.!?]{2,120}\? )?Join the conversation below\.?)$/ },
  // A wire's button to follow a reporter, glued to the name on its older template: "+Get alerts forAnn Lee".
  { name: "alert button", pattern: /^\+ ?Get alerts for ?\p{Lu}[\p{L}'’.-]*(?: \p{Lu}[\p{L}'’.-]*){0,3}$/u },
  { name: "terminal pitch", pattern: /^Before it['’]s here, it['’]s on the Bloomberg Terminal\.?$|^LEARN MORE$/ },
  { name: "tip prompt", pattern: /^(?:Have|Got) a (?:confidential |news )?tip(?: for (?:our|us|the) [\w ]{2,30})?\? ?(?:Get in touch|Contact us|Let us know|Tell us)[.!]?$/i },
  // Vox's sharing menu, the headline after its label: "Share All sharing options for: …".
  { name: "share buttons", pattern: /^Share All sharing options for: \S.{0,300}$/ },
  // A site's appeal for contributions and its newsletter's box (Vox's): the question, the pitch, the
  // payment line, the form's field and consent, the newsletter's blurb.
  { name: "contribution appeal", pattern: /^(?:Will you support [\p{L}\d’'. ]{2,40} (?:explanatory |independent |local )?journalism\?|We accept credit card, Apple Pay, and Google Pay\.(?: .{0,200})?|Millions turn to [\p{L}\d’'. ]{2,40} to understand .{0,600}\bPlease consider (?:making a contribution|contributing|supporting)\b.{0,80})$/u },
  { name: "newsletter prompt", pattern: /^(?:Email \(required\)|By submitting your email, you agree to (?:our|the) .{0,300}|(?:[^.!?]{2,60}\. )?Get the day['’]s (?:most important|top|biggest) (?:stories|news|headlines)\b[^.!?]{0,60}\.|Understand the world with a daily [^.!?]{2,80}\.)$/ },
  { name: "share buttons", pattern: /^Tweet$/ },
  // A nonprofit newsroom's pitch under the headline (ProPublica's), and its newsletter's box between paragraphs.
  { name: "newsroom's pitch", pattern: /^\p{Lu}[\p{L}\d'’. ]{1,40} is an? (?:independent,? )?(?:nonprofit|non-profit|not-for-profit),? (?:independent )?newsroom\b.{0,300}?\bSign up\b.{0,200}$/u },
  { name: "newsletter prompt", pattern: /^(?:Get Our Top Investigations|Subscribe to the Big Story newsletter\.?|Email address|This site is protected by reCAPTCHA and the Google Privacy Policy and Terms of Service apply\.?)$/ },
  { name: "republishing box", pattern: /^Republish this (?:story|article)(?: for free)?$/i },
  { name: "republishing box", pattern: /^Thank you for your interest in republishing this (?:story|article)\..{0,300}$/ },
  { name: "author's contact", pattern: /^Signal: \+?\d[\d -]{6,18}\d$/ },
  { name: "tip prompt", pattern: /^Do you have a tip\??$/i },
  { name: "navigation", pattern: /^(?:Latest|More|Top|Popular) (?:Stories|stories|News|news|Articles|articles) (?:from|From) \p{Lu}[\p{L}'’&. -]{1,40}$/u },
  { name: "site's prompt", pattern: /^Visit [\p{L}\d'’. ]{2,40}['’]s homepage for more stories\.?$/u },
  // Business Insider's share buttons as their icons' alt text copies them: "Facebook Icon The letter F.".
  { name: "share buttons", pattern: /^(?:Share|Facebook|Email|Twitter|Link|Save Article|LinkedIn|Copy Link|Flipboard) [Ii]con\b.{0,100}$/ },
  { name: "reader tools", pattern: /^(?:Read in app|Open in app|Continue in app)$/i },
  { name: "affiliate disclosure", pattern: /^[\p{L}\d&.'’ ]{2,40} (?:receives|earns|may (?:receive|earn)) (?:a )?(?:commission|compensation)\b.{0,120}$/u },
  // Magazines' and sites' own lines between and below paragraphs (The Atlantic's, HuffPost's).
  { name: "related link", pattern: /^\[Read: [^[\]]{2,200}\]$|^Read: [^.!?[\]]{2,200}$/ },
  { name: "contribution appeal", pattern: /^(?:Contribute as little as \$\d{1,3} to [^.!?]{2,60}[.!]?|Already contributed\? Log in to hide these messages\.?)$/ },
  // Papers in Africa and Latin America: the appeal under "Support …" ("Support PREMIUM TIMES' journalism of
  // integrity and credibility", "Good journalism costs money. … we ask you to consider a modest contribution
  // to this work.", "Independent journalism in English from Costa Rica since 1956. Your contribution keeps our
  // reporting free for everyone."), a classified's text ad, the contacts' line, the newsletter's pitch.
  { name: "contribution appeal", pattern: /^Support (?:our|independent|\p{Lu}[\p{L}'’.&-]*(?: \p{Lu}[\p{L}'’.&-]*){0,3}['’]s?) journalism(?: of [\p{L} ,]{2,60})?[.!]?$/u },
  { name: "contribution appeal", pattern: /^(?:[^.!?]{2,120}[.!] ){0,2}(?:[^.!?]{0,120}\bwe ask you to consider (?:a |making a )?(?:modest |small )?(?:contribution|donation|gift)\b|Your (?:contribution|support|donation|gift)s? (?:keeps|helps? keep) (?:our|this) (?:reporting|journalism|work|coverage) free\b)[^.!?]{0,60}[.!]?$/i },
  { name: "advertisement", pattern: /^TEXT AD: \S.{0,120}$/ },
  { name: "contact details", pattern: /^Connect [Ww]ith [Uu]s(?: ?:(?: [\d |+()-]{7,120})?)?$/ },
  { name: "newsletter prompt", pattern: /^Get (?:the |our )?(?:news|headlines|stories|latest)\b[^.!?]{0,80}\bdelivered (?:right |directly )?to your inbox[.!]?$/i },
  // A sister site's list in the outlet's other language, as Perfil's English paper prints it: "More in (in spanish)".
  { name: "navigation", pattern: /^More in \(in \p{L}{4,12}\)$/iu },
  // The sources of a story rewritten from the press in another language, as Mexico News Daily names them: "Source: Milenio (sp), Reforma (sp)".
  { name: "the story's sources", pattern: /^Sources?: [^,()]{2,60} \((?:sp|es|pt|fr|in Spanish)\)(?:, [^,()]{2,60} \((?:sp|es|pt|fr|in Spanish)\)){0,5}$/ },
  // A local site's comment box (Village Media's): the prompt to name yourself, the rules, more comments.
  { name: "comment prompt", pattern: /^(?:To join the conversation,? set a first and last name in your user profile\.?|Read more comments|Comment Guidelines|Commenting Policy|Community Guidelines)$/i },
  { name: "affiliate disclosure", pattern: /^When you buy a book using a link on this page, we receive a commission\.(?: .{0,120})?$/ },
  { name: "navigation", pattern: /^(?:Popular|POPULAR)$/ },
  { name: "footer", pattern: /^(?:Terms Conditions|Subscription|Responsible Disclosure|Our History|Help Center|Explore More Topics|Support HuffPost|Loading Something is loading\.)$/ },
  { name: "feedback prompt", pattern: /^(?:Feedback:? )?Send us your feedback[.!]?$/i },
  // An academics' site's furniture (The Conversation's manner): the authors' standard disclosure,
  // the partners' funding line, the republishing licence, the bracketed newsletter prompt between paragraphs.
  { name: "an author's disclosure statement", pattern: /^\p{Lu}[\p{L}'’. -]{2,60} (?:does|do) not work for, consult, own shares in or receive funding from any company or organi[sz]ation that would benefit from this article\b.{0,200}$/u },
  { name: "a partner's funding note", pattern: /^[^.!?]{2,120} provides? (?:funding|support) as (?:a )?(?:founding |strategic )?(?:partner|member)s? of [^.!?]{2,60}\.?$|^(?:Partners|View all partners)$/ },
  { name: "republishing licence", pattern: /^(?:We believe in the free flow of information|Republish (?:our articles|this article|this story)\b[^!?]{0,120}|CC BY(?:[ -](?:ND|SA|NC|NC-ND|NC-SA))?(?: \d\.\d)?)\.?$/ },
  { name: "newsletter prompt", pattern: /^\[[^[\]]{0,160}\b(?:[Ss]ign up|[Ss]ubscribe)\b[^[\]]{0,160}\]$/ },
  { name: "reader tools", pattern: /^(?:Listen to this article|Print this (?:article|page)|E-?mail this (?:article|story)|Text size|Font size|Comments?(?: \(\d+\))?|\d+ comments?|Leave a comment|Jump to comments|Report an error|Report a typo)$/i },
  // Lines sites print round every story (the eighteenth, fourteenth and fifteenth groups'):
  // a paywall script's debugging text left in the page (Newsquest's), the republishing licence,
  // the sign-up form's consent, a chain's newsletter box (Postmedia's), "Link copied to
  // clipboard", the station's pointer to its site and its line of where the story was reported
  // (FOX's), a share button with the headline, a station's live stream and app.
  { name: "paywall script", pattern: /^Data returned from the Piano ['‘’]?meter\w+(?:\/meter\w+)?['‘’]? callback event\.?$/ },
  { name: "republishing licence", pattern: /^This (?:work|article|story) is licensed under a Creative Commons (?:Attribution[\w -]{0,40}|[A-Z][\w-]{1,20}) \d\.\d(?: International)? License\.?$/ },
  { name: "newsletter prompt", pattern: /^By signing up,? you (?:acknowledge|agree)(?: and agree)? to (?:our|the) (?:Privacy Policy|Terms of Service|Terms of Use)(?: and (?:our |the )?(?:Privacy Policy|Terms of Service|Terms of Use))?\.?$/ },
  { name: "newsletter prompt", pattern: /^Sign up to receive daily headline news from (?:the )?[\p{L}\d'’&. -]{2,60}, a division of Postmedia Network Inc\.?$/u },
  { name: "share buttons", pattern: /^(?:Link copied(?: to clipboard)?!?|Share this (?:Story|Article): .{2,200})$/i },
  { name: "station's prompt", pattern: /^(?:Get updates on this story (?:at|on) (?:www\.)?[\w-]+(?:\.[\w-]+)+|This story was reported (?:from|on location in) [\p{L} .,'’-]{2,60}\.)$/u },
  { name: "related link", pattern: /^Read more at (?:www\.)?[\w-]+(?:\.[\w-]+)+\.?$/i },
  { name: "station's prompt", pattern: /^(?:Watch [\p{L}\d' ]{2,40} Live (?:24\/7 )?on [\p{L}\d' +]{2,30}|Download the free [\p{L}\d' +]{2,40} app to get breaking news alerts(?: on your (?:phone|device))?\.?)$/u },
  // Broadcasters' and papers' boxes between paragraphs (NBC's, Cox's, The Independent's), a
  // newsletter platform's referral box (beehiiv's), a blog's post links, a player's fallback text.
  { name: "newsletter prompt", pattern: /^(?:Get [\p{L}\d'’. -]{2,40} local news, weather forecasts, sports and entertainment stories to your inbox\. Sign up for [\p{L}\d'’. -]{2,40} newsletters\.|Get the latest from [\p{L}\d'’. -]{2,40} anywhere, anytime\.?|Sign up for (?:the|our) [\p{L}\d'’. -]{2,60} (?:email|newsletter) for [\p{L}\d'’ -]{2,60} straight to your inbox\.?)$/u },
  { name: "subscription prompt", pattern: /^Want to bookmark your favou?rite articles and stories to read or reference later\? Start your [\p{L} ]{2,40} subscription today\.?$/u },
  { name: "station's prompt", pattern: /^\[(?:SIGN UP|DOWNLOAD|WATCH|READ MORE|RELATED|MORE): [^[\]]{2,120}\]$/ },
  { name: "newsletter prompt", pattern: /^(?:You currently have \d+ referrals?, only \d+ away from receiving (?:a |an )?.{2,80}\.?|Or copy and paste this link to others: https?:\/\/\S+)$/ },
  { name: "navigation", pattern: /^(?:← ?)?(?:Newer|Older) (?:Posts?|Entries)(?: ?→)?$|^(?:Book now|Sign up|Ask me anything|This browser does not support the video element\.)$/i },
  // A nonprofit newsroom's line about itself below the story (Chalkbeat's, CalMatters', a state
  // newsroom's): its name, "is a nonprofit newsroom" or the like, and what it covers.
  { name: "a newsroom's line about itself", pattern: /^(?:The )?\p{Lu}[\p{L}\d.'’&-]{1,30}(?: [\p{Lu}\d][\p{L}\d.'’&-]{0,30}){0,4} is an? (?:independent,? )?(?:nonprofit|non-profit)(?:,? nonpartisan)? (?:newsroom|news site|news organi[sz]ation|news outlet|media venture|media organi[sz]ation)(?: (?:covering|explaining|that (?:covers|explains|investigates)) [^.!?]{2,120})?\.$/u },
  { name: "navigation", pattern: /^(?:U\.K\.|UK|\d{1,4} Articles)$/ },
  // A web video player's controls as copied (video.js's), and sites' own prompts round it and the
  // story: Sky's, France 24's, NDTV's, WordPress's like button, a follow prompt with its label.
  // "Prev" and "Next" are a gallery's arrows too, over the photo's caption: a word alone, no line of a story.
  { name: "video player", pattern: /^(?:Video player loading|Play Video|Loaded: \d{1,3}(?:\.\d{1,2})?%|Progress: \d{1,3}(?:\.\d{1,2})?%|Mute|Unmute|Prev|Next|Fullscreen|Please use Chrome browser for a more accessible video player)$/ },
  { name: "site's prompt", pattern: /^(?:Keep up to date with international news by downloading the [\p{L}\d ]{2,30} app|Track Latest News Live on NDTV\.com and get news updates from India and around the world|Listen to the latest songs, only on JioSaavn\.com|Like Loading\.{3}|Suggest a correction|Follow us:|RELATED\.{3})\.?$/u },
  { name: "follow prompt", pattern: /^Follow [\p{Lu}][\p{L}'’&-]*(?: [\p{Lu}][\p{L}'’&-]*){0,3} on (?:WhatsApp|Twitter|X|Instagram|Threads|Bluesky)(?:: @\w{2,30})?$/u },
  // Hearst's link beside the byline, with its info mark.
  { name: "navigation", pattern: /^Editorial Standards(?: ?ⓘ)?$/ },
  // CBS's topics below the story, run together on one line: "In: City Council Weather".
  { name: "topic links", pattern: /^In: \p{Lu}[\p{L}\d&'’ -]{1,80}$/u },
  { name: "feedback prompt", pattern: /^(?:We want to hear from you\.?|Share your story|Tell us how this (?:issue|story) affects you(?: or your community)?\. Your responses help guide our reporting\.)$/ },
  // A wiki's page copied whole (MediaWiki's, as Wikinews and Wikipedia print it): the skip links,
  // the tagline under the title, the archive notice, the sources' lines ('Ann Lee. "Headline" —
  // The Valley Times, March 3, 2020'), the talk prompt, the menus' and tabs' items, the edit stamp
  // and the licence at the foot.
  { name: "the wiki's skip links", pattern: /^Jump to (?:navigation|search|content)$/ },
  { name: "the wiki's tagline", pattern: /^From \p{Lu}[\p{L}\d'’.-]{1,40}(?: \p{Lu}[\p{L}\d'’.-]{1,40}){0,2}, the free (?:encyclopedia|news source|dictionary|library|travel guide|media repository)(?: (?:you can|that anyone can) (?:write|edit))?[.!]?$/u },
  { name: "the wiki's archive notice", pattern: /^This page is archived,? and is no longer publicly editable\.(?: .{0,800})?$/ },
  { name: "the wiki's edit stamp", pattern: /^This page was last (?:edited|modified) on \d{1,2} \p{L}{3,9} \d{4},? at \d{1,2}:\d{2}(?: \(UTC\))?\.(?: .{0,300})?$/u },
  { name: "the wiki's licence", pattern: /^(?:Text|Content) is available under (?:the )?Creative Commons [^!?;]{2,160}(?:; .{0,300})?$/ },
  { name: "the wiki's menus", pattern: /^(?:Navigation menu|Not logged in|Create account|View source|View history|Edit source|Random article|Recent changes|Main Page|Write an article|Water cooler|What links here|Related changes|Special pages|Permanent link|Page information|Cite this page|Printable version|Download as PDF)$/ },
  { name: "comment prompt", pattern: /^Have an opinion on this (?:story|article)\?(?: Share it!?)?$/ },
  { name: "the story's sources", pattern: /^Sources$/ },
  // A state newsroom's and a community chain's lines round the story (States Newsroom's, Black
  // Press Media's, Industry Dive's, Route Fifty's): the republishing licence, the newsletter's
  // box between paragraphs in capitals or in a trade site's words, the follow prompt, the sign-up
  // box, the link to the next story.
  { name: "republishing licence", pattern: /^Our (?:stories|articles) (?:may|can) be republished (?:online or in print |for free )?under (?:a )?Creative Commons licen[cs]e\b.{0,600}$/ },
  { name: "newsletter prompt", pattern: /^SUBSCRIBE: [\p{Lu}\d'’ ,-]{2,100}$|^Subscribe: Get [^.!?]{2,80} delivered to your inbox\.?$/u },
  { name: "newsletter prompt", pattern: /^(?:Work E-?mail|(?:The|A|Our) free (?:daily |weekly )?newsletter covering the (?:top|latest) [^.!?]{2,60} (?:headlines|news|stories)\.?)$/ },
  { name: "follow prompt", pattern: /^(?:Like us on Facebook|Follow us on (?:Facebook|Twitter|Instagram|X))(?:,? and (?:follow us on|like us on) (?:Facebook|Twitter|Instagram|X))?[.!]?$/ },
  { name: "newsletter prompt", pattern: /^Sign up for a free account(?: today)?,? and (?:receive|get) [^.!?]{2,120}[.!]?$/ },
  { name: "related link", pattern: /^(?:NEXT STORY|Next [Ss]tory|UP NEXT|Up [Nn]ext): \S.{1,200}$/ },
  // Lines sites print round a story that only a page imported alone shows for what they are (no
  // other page of its site in the batch repeats them): the newsletter's box and its consent, a
  // comment section's rules, an app's and a messaging channel's prompts, a reader's reaction
  // buttons, an audio player's, a reading meter's and a video rail's labels, a regulator's and an
  // affiliate programme's notices, a newsroom's appeals (seen in the committed groups' pages).
  { name: "newsletter prompt", pattern: /^(?:Sign up (?:to|for) (?:the|our) [\p{L}\d'’&. -]{2,60} newsletter(?: for free)?(?:[:.!](?: (?!.*\b(?:said|says|according)\b).{2,300})?|(?: and| -) (?!.*\b(?:said|says|according)\b).{2,300})?|Sign up to get the (?:biggest|latest|top) [^.!?]{2,60} (?:straight )?to your inbox[.!]?|Get the [\p{L}\d'’&. -]{2,40} newsletter in your inbox every (?:weekday|day|morning|week)[.!]?|Get the (?:biggest|latest|top) (?:daily )?(?:stories|headlines|news) by e-?mail[.!]?|Stay updated with the latest news!?)$/u },
  { name: "newsletter prompt", pattern: /^(?:By clicking (?:on )?the sign[- ]?up button,? you consent to receive\b.{0,400}|We will use your e-?mail address only for sending you newsletters\b.{0,300}|We use your sign-up to provide content in ways you['’]ve consented to\b.{0,400}|I would like to be e-?mailed about offers, events and updates from\b.{0,200})$/ },
  { name: "comment rules", pattern: /^(?:(?:The )?\p{Lu}[\p{L}\d.'’&-]{1,30}(?: \p{Lu}[\p{L}\d.'’&-]{1,30}){0,3} (?:is committed to maintaining a lively but civil forum for discussion|values your comments but kindly requests)\b.{0,600}|To view or add a comment, sign in|Join thought-provoking conversations, follow other [\p{L}\d'’ ]{2,40} readers and see their replies)$/u },
  { name: "app prompt", pattern: /^(?:Download the [\p{L}\d'’&. +-]{2,40} app for the latest news\b.{0,160}|Real-time updates and all local stories you want right in the palm of your hand\.?|Take Us With You|Descarga nuestra app|Recibe alertas de noticias en tu celular)$/u },
  { name: "follow prompt", pattern: /^(?:Join [\p{L}\d'’&. -]{2,40} on (?:WhatsApp|Telegram|Signal)(?: and stay up to date)?\.?|Listen to our [\p{L}\d'’&. -]{2,40} podcast(?: for [^.!?]{2,80})?\.?|Follow related authors and topics|Authors and topics you follow will be added to your personal news feed in Following\.?)$/u },
  { name: "reader's reaction buttons", pattern: /^(?:How does this (?:story |article )?make you feel\?|Do you like the content of this article\?|Loved it|It was OK)$/ },
  { name: "audio player", pattern: /^Listen to this (?:article|story)(?: · \d{1,2}:\d{2} min)?(?: Learn more)?$/ },
  { name: "reading meter", pattern: /^You['’]ve read \d{1,4} articles? in the last (?:year|month|\d{1,3} days)$/ },
  { name: "coverage panel", pattern: /^To view (?:factuality|ownership|bias) data please Upgrade to \p{Lu}\p{L}{2,20}$/u },
  { name: "regulator's notice", pattern: /^This website and associated newspapers adhere to the Independent Press Standards Organisation['’]s Editors['’] Code of Practice\b.{0,500}$/ },
  { name: "affiliate notice", pattern: /^(?:The )?\p{Lu}[\p{L}\d.'’&-]{1,30}(?: \p{Lu}[\p{L}\d.'’&-]{1,30}){0,3} participates in (?:various )?affiliate (?:marketing )?programs\b.{0,300}$/u },
  { name: "video rail", pattern: /^(?:(?:Recommended|Featured|Trending|Related|More) Videos|\d{1,2}:\d{2} - Source: [\p{L}\d ]{2,30})$/u },
  { name: "reader's submission prompt", pattern: /^(?:Send (?:us )?your stories and photos(?: now)?|Get involved with the news in your community)[.!]?$/ },
  { name: "navigation", pattern: /^(?:Languages?: (?:English|Español|Français|Deutsch|Cymraeg|Gaeilge)(?:, (?:English|Español|Français|Deutsch|Cymraeg|Gaeilge))*|Advertise with [\p{Lu}][\p{L}\d'’&. -]{1,40}\.?|Accepted payment methods: [\p{L}\d ,&]{2,120}|Términos de (?:servicio|uso)|Política de privacidad|Contáctanos)$/u },
  { name: "membership appeal", pattern: /^(?:SUPPORT NEWS YOU TRUST|Support (?:nonprofit|local|independent) (?:news|journalism))[.!]?$/i },
  // A media library's story page (DVIDS's, the US military's): the lead photo's line with its
  // credit and its caption cut short before "read more", the record's fields below the story
  // (its number, views and downloads, the day the photo was taken, the place in capitals) and
  // the licence sentence naming the library.
  { name: "a lead photo's teaser", pattern: /^(?:Photo|Image|Video) [Bb]y [^|]{2,80} \| [^|]{2,200}(?:\.{3}|…) ?read more$/ },
  { name: "a media library's record", pattern: /^(?:(?:Story|Image|Video|Audio|Asset) ID: \d{3,12}|(?:Web Views|Downloads): [\d,]{1,9}|Date Taken: \d{2}[./]\d{2}[./]\d{4}|Location: \p{Lu}[\p{Lu}\d .'’-]{1,60}(?:, \p{Lu}{2})?, (?:US|USA|UNITED STATES))$/u },
  { name: "a media library's licence", pattern: /^This work, .{2,300}, identified by DVIDS, must comply with the restrictions shown on https?:\/\/\S+?\.?$/ },
  // A science release service's masthead and its disclaimer below every release (EurekAlert!'s, from AAAS).
  { name: "masthead", pattern: /^(?:EurekAlert!|The Global Source for Science News)$/ },
  { name: "legal links", pattern: /^About EurekAlert!$/ },
  { name: "a release's kind", pattern: /^(?:Peer-Reviewed Publication|Reports and Proceedings|(?:Business |Meeting |Grant and Award |Book )?Announcement)$/ },
  { name: "a release service's disclaimer", pattern: /^Disclaimer: AAAS and EurekAlert!? are not responsible for the accuracy of news releases\b.{0,400}$/ },
  { name: "the story's sources", pattern: /^(?:[^".“”]{2,80}\. )?["“][^"“”]{2,200}["”] [—–] [^"“”—–]{2,80}, (?:\p{Lu}\p{Ll}{2,8}\.? \d{1,2}, \d{4}|\d{1,2} \p{Lu}\p{Ll}{2,8} \d{4})$/u },
  // A tech site's, an entertainment trade's and a sports network's furniture (The Verge's, Ars
  // Technica's, TechCrunch's, Deadline's, The Hollywood Reporter's, ESPN's): the newsletter boxes,
  // the comment counters, the alerts prompt and its fine print, the footer's service links.
  { name: "newsletter prompt", pattern: /^(?:Get the industry['’]s biggest tech news|Every weekday and Sunday, you can get the best of \p{Lu}[\p{L}]{1,30}['’]s coverage\.|Sign up for \p{Lu}[\p{L}]{1,30} Deals to get deals on products we['’]ve tested sent to your inbox weekly\.|\p{Lu}{2,5} Newsletters|\p{Lu}[\p{L}]{1,30} Daily News)$/u },
  { name: "alerts prompt", pattern: /^Subscribe to \p{Lu}[\p{L}]{1,30} Breaking News Alerts and keep your inbox happy\.$/u },
  { name: "sign-up fine print", pattern: /^By providing your information, you agree to our Terms of Use and our Privacy Policy\.(?: We use vendors that may also process your information to help provide our services\.)?$/ },
  { name: "comment counter", pattern: /^(?:reader comments|READER COMMENTS|with \d{1,5} posters participating)$/ },
  { name: "video module", pattern: /^Popular on \p{Lu}[\p{L}]{1,30}$/u },
  { name: "legal links", pattern: /^(?:Your US State Privacy Rights|Children['’]s Online Privacy Policy|Interest-Based Ads|About Nielsen Measurement|Do Not Sell or Share My Personal Information|Disney Ad Sales Site|Work for \p{Lu}{2,5})$/u },
  // A WordPress news theme's (tagDiv's Newspaper, JNews): the comment form's prompts, its author
  // box's link, the footer's "About us" box and follow label.
  { name: "comment form", pattern: /^(?:LEAVE A REPLY(?: Cancel reply)?|Please enter your (?:comment|name|email address)(?:!| here)|You have entered an incorrect email address!|Save my name, email, and website in this browser for the next time I comment\.)$/ },
  { name: "footer", pattern: /^(?:ABOUT US|FOLLOW US|Contact us: [\w.+-]{1,64}@[\w-]{1,63}(?:\.[\w-]{1,63}){1,4})$/ },
  // A farm paper's (DTN's, Farm Progress's): the reporter's follow line under the story.
  { name: "follow prompt", pattern: /^Follow (?:him|her|them) on (?:Twitter|X) @[A-Za-z0-9_]{1,30}$/ },
];

export interface RemovedLine {
  /** 1-based line of the input */
  line: number;
  text: string;
  /** which pattern matched */
  reason: string;
}

/**
 * A site's menu, whatever its words: three or more short items between bars or bullets
 * ("News & Culture | Music | Food + Drink | Arts"), none of them a sentence or a figure, on
 * a line no longer than a page's width allows.
 * Split rather than matched, so no pattern retries the items.
 */
function isMenu(text: string): boolean {
  // A menu is a line of a page, not a megabyte: longer lines are kept for people to look at.
  if (text.length > 400) return false;
  // Spaced slashes part a menu's items too ("Culture / Place / People / Shop"), four or more of
  // them, so that a credit's "Ann Lee / Valley Times / AP" is not one.
  const slashed = text.split(" / ").map((x) => x.trim());
  const items = slashed.length >= 4 ? slashed : text.split(/[|·•]/).map((x) => x.trim());
  // An item may start with a lower-case letter before a capital: "e-Edition", "iPhone".
  return items.length >= 3 && items.every((x) => /^(?:\p{Lu}|\p{Ll}-?\p{Lu})/u.test(x) && x.split(/\s+/).length <= 4 && !/[\d.!?,;:]/.test(x));
}

/** The words of a site's footer links. */
const FOOTER_WORDS = new Set("about careers jobs privacy terms help press blog status contact advertise accessibility cookies legal sitemap".split(" "));

/**
 * A footer's links with no separators between them ("Help Status About Careers Press Blog Privacy
 * Terms"): words only, no punctuation, and four or more of them the words of footer links.
 */
function isFooterLinks(text: string): boolean {
  if (text.length > 200 || /[^\p{L} ]/u.test(text)) return false;
  const ws = text.split(/\s+/);
  return ws.length >= 5 && ws.filter((w) => FOOTER_WORDS.has(w.toLowerCase()) && /^\p{Lu}/u.test(w)).length >= 4;
}

const PHONE = /^(?:(?:Tel|Phone|Cell|Office|Mobile|Fax|Ph|[POCMF])\.?:?\s*)?\+?\(?\d[\d(). -]{5,18}\d$/i;
const EMAIL = /^(?:E-?mail:?\s*)?[\w.+-]{1,64}@[\w-]{1,63}(?:\.[\w-]{1,63})+$/i;

/**
 * A line of contact details and nothing else: an email address, a phone number, or several
 * parted by bars, bullets or commas ("555-0134 | ann.lee@vdot.example"), as a release's contact
 * or an author's box prints them. No words of a sentence, so a story's line is never one.
 */
function isContactDetails(text: string): boolean {
  if (text.length > 200) return false;
  // Split bare and trimmed after: spaces in the pattern would be retried from every space of a run.
  const items = text.split(/[|•·,]| [-–—] /).map((x) => x.trim());
  return items.every((x) => PHONE.test(x) || EMAIL.test(x)) && items.some((x) => EMAIL.test(x) || /\d{3}[ .-]\d{4}$/.test(x));
}

/** An emoji before a line's words, as a newsletter or a chat prints a label: "🗞️ IN OTHER NEWS". */
export const EMOJI_LEAD = /^\p{Extended_Pictographic}\uFE0F?\s?(?=\S)/u;

/**
 * The chrome pattern a whole line matches, if any.
 * @example chromeReason("Be the first to know") // "notification prompt"
 */
export function chromeReason(line: string): string | undefined {
  const text = line.trim();
  if (!text) return undefined;
  // A line with no letter or digit ("■ ■", ". ' ,"): specks a scan's text layer read as marks, a rule, a separator.
  if (!/[\p{L}\p{N}]/u.test(text)) return CHROME_PATTERNS.find((p) => p.pattern.test(text))?.name ?? "stray marks";
  // An emoji before a newsletter's label or prompt ("📣 FROM OUR SPONSOR: …", "🗞️ IN OTHER NEWS") says the same without it.
  const emoji = EMOJI_LEAD.exec(text);
  return reasonOf(text) ?? inTwoLanguages(text) ?? (emoji ? reasonOf(text.slice(emoji[0].length)) : undefined);
}

function reasonOf(text: string): string | undefined {
  return CHROME_PATTERNS.find((p) => p.pattern.test(text))?.name ?? (isMenu(text) || isFooterLinks(text) ? "navigation" : isContactDetails(text) ? "contact details" : undefined);
}

/** A person's name as a credit prints it: two or three capitalised words ("Tom Nakamura", "Ana de la Cruz" aside). */
const PERSON_NAME = /^\p{Lu}\p{Ll}+(?: \p{Lu}[\p{Ll}'’-]+){1,2}$/u;

/**
 * A bilingual site prints its furniture in both its languages, parted by a spaced slash
 * ("Gwrthod / Reject", "Rydym yn defnyddio cwcis / We use cookies"): chrome when either half
 * is, by one of the patterns above. Halves of ten words or fewer, neither an address or a
 * handle: "By: Ann Lee - Reporter / @annlee" is a byline, whatever its handle alone would be.
 */
function inTwoLanguages(text: string): string | undefined {
  const slash = text.indexOf(" / ");
  if (slash < 0 || text.indexOf(" / ", slash + 3) >= 0 || text.length > 200 || /@|:\/\//.test(text)) return undefined;
  const halves = [text.slice(slash + 3).trim(), text.slice(0, slash).trim()];
  if (halves.some((half) => !half || half.split(/\s+/).length > 10)) return undefined;
  const reasons = halves.map((half) => CHROME_PATTERNS.find((p) => p.pattern.test(half))?.name);
  // A person's name before the slash is a photo's credit: "Tom Nakamura / Register" names the paper.
  if (!reasons[1] && PERSON_NAME.test(halves[1]!)) return undefined;
  const reason = reasons.find(Boolean);
  return reason && `${reason}, in two languages`;
}
