/**
 * A ninth held-out group of outlet styles for the import evaluation (issue 13), written before
 * reading the importer's code (only src/ingest/eval/, scripts/eval-import.ts, the evaluation
 * test and BENCHMARKS.md's account of the evaluation were read), to be scored untouched: a South
 * African site (a load-shedding bar and a cookie banner, "Compiled by Pieter van der Merwe",
 * "African News Agency (ANA)" with "DURBAN - ", "29 Jan 2020, 17:32 · Updated 30 Jan 2020, 09:04",
 * "(Photo: Gallo Images / Ann Lee)"), a Nigerian daily (the date, the section and the byline on
 * one line, "On January 29, 2020 5:32 pm In News by Ann Lee", or "Published 29 January 2020" over
 * "By Ann Lee, Abuja", "Kindly share this story:"), a Philippine daily ("By: Ann Lee - Reporter /
 * @aleeINQ" over "Valley Daily Inquirer / 05:32 PM January 29, 2020", "MANILA, Philippines —",
 * "INQUIRER PHOTO / ANN LEE", the editor's initials "/gsg" after the story), a Welsh bilingual
 * site ("Newyddion / News", the date above the headline as "Wed 29 Jan 2020 at 5.32pm", "Llun /
 * Picture: Ann Lee" below the caption), a newsletter forwarded from an email client (the
 * forwarder's header, note and date, then "---------- Forwarded message ---------" with From:,
 * Date:, Subject: and To:, "View in browser", a sponsor's message, the unsubscribe footer), a
 * library news database's record of an agency or a newspaper story (field codes "HD", "BY",
 * "WC", "PD", "ET", "SN", "LP", "TD", "AN" before tabs, "DENVER, Jan 29, 2020 (AFP) - ", "Ann
 * LEE, with Bob STONE in Phoenix", the AFP editors' initials, no photos), a reporter's article
 * reposted on a professional network (the name over a tagline, "Published Jan 29, 2020", "+
 * Follow", the reactions, "More articles by", an older article's date), and a news aggregator
 * app (the publisher in capitals, "2h ago · Jan. 29, 2020", credits in capitals glued to the
 * caption, "More From …" with ages). The styles are written for this project; no outlet's page
 * is copied.
 */
import { ampm, AP_MONTHS, body, daysFrom, dayOf, FIRST, h12, LAST, localNames, mon, MONTHS, nextDay, pad, Page, RELATED, shortWeekday, WEEKDAYS, type Ctx, type Day, type Style } from "./outlets.ts";

const ZA_NAMES = ["Sipho Dlamini", "Lerato Mokoena", "Pieter van der Merwe", "Annelie Botha", "Ayesha Patel", "Bongani Khumalo", "Nomvula Zulu", "Jacques du Plessis"];
const ZA_PLACES = ["DURBAN", "JOHANNESBURG", "CAPE TOWN", "PRETORIA", "BLOEMFONTEIN"];
const ZA_SECTIONS = ["Gauteng", "KwaZulu-Natal", "Western Cape", "Free State"];
const ZA_DEKS = [
  "Residents say they have waited years for the municipality to act.",
  "The move comes amid growing pressure on the metro's budget.",
  "Opposition councillors have called for an urgent debate on the matter.",
];
const ZA_TOPICS = ["municipality", "service delivery", "local government", "water crisis"];
const NG_NAMES = ["Chukwuemeka Obi", "Funmilayo Adeyemi", "Ibrahim Musa", "Ngozi Eze", "Tunde Bakare", "Aisha Bello", "Oluwaseun Ajayi", "Chinedu Nwosu"];
const NG_CITIES = ["Abuja", "Lagos", "Ibadan", "Kano", "Enugu", "Port Harcourt"];
const NG_SECTIONS = ["News", "Metro", "Politics"];
const PH_NAMES = ["Krizia Mendoza", "Ramon Villanueva", "Jasmin Dizon", "Carlo Manalo", "Bea Soriano", "Miguel Dela Rosa"];
const PH_PLACES = ["MANILA, Philippines", "CEBU CITY", "DAVAO CITY", "QUEZON CITY, Philippines"];
const PH_EDITORS = ["/gsg", "/jpv", "/ra", "/cb", "/dl"];
const CY_NAMES = ["Siân Evans", "Rhodri Jones", "Carys Llewelyn", "Gwenllian Hughes", "Iwan Pritchard", "Ffion Griffiths", "Owain ap Hywel", "Elin Morgan"];
const CY_ROLES = ["Senior Reporter", "Local Democracy Reporter", "Reporter", "Chief Reporter"];
const CY_DEKS = [
  "Councillors backed the plans despite objections from some residents.",
  "The authority says the decision was not taken lightly.",
  "Campaigners say the announcement is a step in the right direction.",
];
const BRIEF_SPONSORS = [
  "This issue is brought to you by Valley Credit Union. Local loans, decided locally. Learn more at valleycu.example.",
  "Today's Brief is supported by the Valley Community Foundation. Find out how to give at valleyfoundation.example.",
];
const FORWARD_NOTES = ["FYI, for the archive. The link in it goes to a paywall.", "Saw this in my inbox this morning, thought you'd want it.", "Forwarding for the files."];
const AFP_EDITORS = ["al/bs/dw", "jm/st", "tu/ec/sst", "bur-ksh/mlm"];
const DB_CITIES = ["Phoenix", "Denver", "Omaha", "Boise", "Tucson"];
const LI_TAGLINES = [
  "Reporter at The Valley Gazette | Covering local government and water",
  "Journalist. Editor. Former city hall reporter at The Valley Gazette",
  "Freelance journalist | Public affairs | Open to commissions",
];
const LI_TOPICS = ["Sales", "Marketing", "IT Services", "Business Administration", "HR Management", "Engineering"];
const APP_DEKS = [
  "Officials say more decisions are expected in the coming weeks.",
  "The vote followed more than two hours of public comment.",
  "Here's what residents need to know.",
];

/** "Ann Lee" → "@aleeINQ" */
const handleOf = (name: string) => `@${name[0]!.toLowerCase()}${name.split(" ").at(-1)!.toLowerCase()}INQ`;
/** "Ann Lee" → "Ann LEE", as the agency prints its reporters' names */
const agencyName = (name: string) => {
  const at = name.lastIndexOf(" ") + 1;
  return name.slice(0, at) + name.slice(at).toUpperCase();
};
const anyName = (ctx: Ctx) => `${ctx.pick(FIRST)} ${ctx.pick(LAST)}`;

export const HELD_OUT_NINTH_STYLES: readonly Style[] = [
  {
    // A South African news site: a load-shedding bar and a cookie banner above the menu, the
    // province as the section, a dek on some pages, the byline ("By Sipho Dlamini", "Compiled by
    // Pieter van der Merwe", two names with "and", or the agency alone with "DURBAN - " before the
    // lead) above or below the date ("29 Jan 2020, 17:32", with " · Updated 30 Jan 2020, 09:04" on
    // some, or "Wednesday, 29 January 2020 - 17:32 SAST"), the share bar and a comment count,
    // credits in parentheses after the caption's stop ("(Photo: Gallo Images / Ann Lee)",
    // "(Photo: Supplied)"), "READ | …" links and sponsored content between paragraphs, the
    // comments disclaimer and topics at the foot.
    name: "held-out-za-site",
    make: (ctx) => {
      const d = dayOf(ctx.story.date);
      const { h, min } = ctx.time;
      const roll = ctx.rng();
      const agency = roll < 0.2;
      const names = agency ? [] : localNames(ctx, ZA_NAMES, roll >= 0.45 && roll < 0.7 ? 1 : 0);
      const byline = agency ? "African News Agency (ANA)" : roll < 0.45 ? `By ${names[0]}` : roll < 0.7 ? names.join(" and ") : `Compiled by ${names[0]}`;
      const place = agency ? ctx.pick(ZA_PLACES) : undefined;
      const dek = ctx.rng() < 0.5 ? ctx.pick(ZA_DEKS) : undefined;
      const updated = ctx.rng() < 0.3 ? nextDay(ctx.story.date) : undefined;
      const longForm = !updated && ctx.rng() < 0.4;
      const short = (day: Day, hh: number, mm: number) => `${day.d} ${mon(day)} ${day.y}, ${pad(hh)}:${pad(mm)}`;
      const date = longForm
        ? `${WEEKDAYS[d.wd]}, ${d.d} ${MONTHS[d.m - 1]} ${d.y} - ${pad(h)}:${pad(min)} SAST`
        : `${short(d, h, min)}${updated ? ` · Updated ${short(dayOf(updated), 9, 4)}` : ""}`;
      const dateFirst = ctx.rng() < 0.4;
      const page = new Page().c(`Load shedding: Stage ${2 + Math.floor(ctx.rng() * 3)} from 16:00 to 22:00. Check your schedule`);
      page.cb("We use cookies to improve your experience on our site. By continuing to browse, you agree to our use of cookies.", "Got it");
      page.cb("Highveld Courant", "News | South Africa | Politics | Business | Sport | Opinion | Lifestyle", "Subscribe | Sign in").c(ctx.pick(ZA_SECTIONS));
      page.h(ctx.story.title);
      if (dek) {
        page.h(dek);
        page.dek = dek;
      }
      if (dateFirst) page.h(date).h(byline);
      else page.h(byline).h(date);
      page.cb("Share", "Facebook", "X", "WhatsApp", "Email", `${Math.floor(ctx.rng() * 60)} comments`);
      body(page, ctx, {
        lead: (p) => (place ? `${place} - ${p}` : p),
        figure: (c, cr) => [cr ? `${c}. (${cr})` : c],
        credit: (who) => {
          const r = ctx.rng();
          return r < 0.45 ? `Photo: Gallo Images / ${who}` : r < 0.75 ? "Photo: Supplied" : `Photo: ${who} / Courant24`;
        },
        between: { 0: [`READ | ${ctx.pick(RELATED)}`], 2: ["Sponsored content", "Five ways to cut your electricity bill before winter"] },
        bareCaptions: true,
      });
      page.c("Disclaimer: Courant24 encourages freedom of speech and the expression of diverse views. The views of commenters are their own and do not necessarily represent the views of Courant24.");
      page.cb("Topics", ...ZA_TOPICS.filter(() => ctx.rng() < 0.6));
      page.h(`© ${d.y} Highveld Courant (Pty) Ltd. All rights reserved.`);
      return { page, header: { byline: names, ...(place ? { dateline: place } : {}), ...(updated ? { updated } : {}) } };
    },
  },
  {
    // A Nigerian daily, in one of two CMS layouts: the date, the time, the section and the byline
    // on one line ("On January 29, 2020 5:32 pm In News by Ngozi Eze", two names joined by "and")
    // with "Valley Vanguard News Nigeria" after the story; or "Published 29 January 2020" over
    // "By Ngozi Eze, Abuja" (the reporter's city after a comma), two names, or "By Agency
    // Reporter", with "Kindly share this story:" and the reproduction notice at the foot. Credits
    // after the caption's stop ("Photo: Ann Lee", "Photo: Twitter", "File photo").
    name: "held-out-ng-daily",
    make: (ctx) => {
      const d = dayOf(ctx.story.date);
      const { h, min } = ctx.time;
      const vanguard = ctx.rng() < 0.5;
      const agency = !vanguard && ctx.rng() < 0.25;
      const names = agency ? [] : localNames(ctx, NG_NAMES, 0.3);
      const page = new Page().cb("The Valley Vanguard", "Home | News | Politics | Business | Sports | Entertainment | Opinion").c("Latest News");
      page.h(ctx.story.title);
      if (vanguard) {
        page.h(`On ${MONTHS[d.m - 1]} ${d.d}, ${d.y} ${h12(h)}:${pad(min)} ${ampm(h, "pm")} In ${ctx.pick(NG_SECTIONS)} by ${names.join(" and ")}`);
        page.cb("Share", "Facebook", "Twitter", "WhatsApp");
      } else {
        page.h(`Published ${d.d} ${MONTHS[d.m - 1]} ${d.y}`);
        page.h(agency ? "By Agency Reporter" : names.length > 1 ? `By ${names.join(" and ")}` : `By ${names[0]}, ${ctx.pick(NG_CITIES)}`);
      }
      body(page, ctx, {
        lead: (p) => p,
        figure: (c, cr) => [cr ? `${c}. ${cr}` : c],
        credit: (who) => {
          const r = ctx.rng();
          return r < 0.5 ? `Photo: ${who}` : r < 0.75 ? "Photo: Twitter" : "File photo";
        },
        between: { 0: ["Advertisement"], 2: [`Also read: ${ctx.pick(RELATED)}`], 3: ["Advertisement"] },
        bareCaptions: true,
      });
      if (vanguard) {
        page.c("Valley Vanguard News Nigeria");
        page.c("Comments expressed here do not reflect the opinions of Valley Vanguard newspapers or any employee thereof.");
      } else {
        page.cb("Kindly share this story:", "Facebook", "Twitter", "WhatsApp", "LinkedIn");
        page.h(`All rights reserved. This material, and other digital content on this website, may not be reproduced, published, broadcast, rewritten or redistributed in whole or in part without prior express written permission from THE VALLEY VANGUARD.`);
        page.c("Contact: theeditor@valleyvanguard.example");
      }
      page.c("Join our WhatsApp channel for the latest news", "Trending");
      return { page, header: { byline: names } };
    },
  },
  {
    // A Philippine daily's website: "By: Carlo Manalo - Reporter / @cmanaloINQ" (two names after
    // a comma, or the agency alone) over the paper and the time before the date ("Valley Daily
    // Inquirer / 05:32 PM January 29, 2020"), "MANILA, Philippines — " before the lead on most
    // pages, "ADVERTISEMENT" and "READ: …" between paragraphs, credits in capitals after the
    // caption's stop ("INQUIRER PHOTO / ANN LEE", "INQUIRER FILE PHOTO", a screengrab's source),
    // the editor's initials ("/gsg") on a line after the story, the subscription pitch, tags and
    // reading lists at the foot.
    name: "held-out-ph-daily",
    make: (ctx) => {
      const d = dayOf(ctx.story.date);
      const { h, min } = ctx.time;
      const roll = ctx.rng();
      const agency = roll < 0.2;
      const online = roll >= 0.2 && roll < 0.5;
      const names = agency ? [] : localNames(ctx, PH_NAMES, online ? 0.4 : 0);
      const byline = agency ? "By: Agence France-Presse" : online ? `By: ${names.join(", ")} - @inquirerdotnet` : `By: ${names[0]} - Reporter / ${handleOf(names[0]!)}`;
      const paper = online || agency ? "VALLEY INQUIRER.net" : "Valley Daily Inquirer";
      const place = ctx.rng() < 0.6 ? ctx.pick(PH_PLACES) : undefined;
      const page = new Page().cb("VALLEY INQUIRER.net", "NEWSINFO | GLOBALNATION | SPORTS | LIFESTYLE | ENTERTAINMENT | BUSINESS | OPINION").c("NEWSINFO");
      page.h(ctx.story.title);
      page.h(byline, `${paper} / ${pad(h12(h))}:${pad(min)} ${ampm(h, "PM")} ${MONTHS[d.m - 1]} ${d.d}, ${d.y}`);
      page.cb("Share", "Tweet", "Email");
      body(page, ctx, {
        lead: (p) => (place ? `${place} — ${p}` : p),
        figure: (c, cr) => [cr ? `${c}. ${cr}` : c],
        credit: (who) => {
          const r = ctx.rng();
          return r < 0.5 ? `INQUIRER PHOTO / ${who.toUpperCase()}` : r < 0.75 ? "INQUIRER FILE PHOTO" : "Screengrab from the Valley City Public Information Office Facebook page";
        },
        between: { 0: ["ADVERTISEMENT"], 1: [`READ: ${ctx.pick(RELATED)}`], 3: ["ADVERTISEMENT"] },
        bareCaptions: true,
      });
      page.c(ctx.pick(PH_EDITORS));
      page.c("Subscribe to VALLEY INQUIRER PLUS to get access to The Valley Daily Inquirer & other 70+ titles, share up to 5 gadgets, listen to the news, download as early as 4am & share articles on social media. Call 896 6000.");
      page.cb("TAGS:", "local government, water, Valley City");
      page.c("Read Next", ctx.pick(RELATED), "Don't miss out on the latest news and information.", "EDITORS' PICK", "MOST READ");
      page.h(`© Copyright 1997-${d.y} VALLEY INQUIRER.net | All Rights Reserved`);
      return { page, header: { byline: names, ...(place ? { dateline: place } : {}) } };
    },
  },
  {
    // A Welsh news site with bilingual chrome: the cookie banner and the menu in Welsh and English
    // ("Rydym yn defnyddio cwcis / We use cookies", "Newyddion / News"), the date above the
    // headline with the time after "at" and a dot ("Wed 29 Jan 2020 at 5.32pm", "Updated: Thu 30
    // Jan 2020 at 9.04am" on the next line on some pages), a dek on some, the name over the role,
    // "Darllen mwy / Read more" and "Hysbyseb / Advertisement" between paragraphs, the credit on
    // the line below the caption ("Llun / Picture: Ann Lee", "Llun / Picture: Supplied"), the
    // comment count and share labels in both languages at the foot.
    name: "held-out-cymru-bilingual",
    make: (ctx) => {
      const d = dayOf(ctx.story.date);
      const { h, min } = ctx.time;
      const name = ctx.pick(CY_NAMES);
      const dek = ctx.rng() < 0.4 ? ctx.pick(CY_DEKS) : undefined;
      const updated = ctx.rng() < 0.4 ? nextDay(ctx.story.date) : undefined;
      const stamp = (day: Day, hh: number, mm: number) => `${shortWeekday(day)} ${day.d} ${mon(day)} ${day.y} at ${h12(hh)}.${pad(mm)}${ampm(hh, "pm")}`;
      const page = new Page().cb("Rydym yn defnyddio cwcis / We use cookies", "Derbyn / Accept", "Gwrthod / Reject");
      page.cb("Cymraeg | English").cb("Y Cwm Heddiw / The Valley Today", "Newyddion / News | Chwaraeon / Sport | Barn / Opinion | Chwilio / Search").c("Newyddion / News");
      page.h(stamp(d, h, min));
      if (updated) page.h(`Updated: ${stamp(dayOf(updated), 9, 4)}`);
      page.h(ctx.story.title);
      if (dek) {
        page.h(dek);
        page.dek = dek;
      }
      page.h(name, ctx.pick(CY_ROLES));
      body(page, ctx, {
        lead: (p) => p,
        figure: (c, cr) => (cr ? [c, cr] : [c]),
        credit: (who) => (ctx.rng() < 0.65 ? `Llun / Picture: ${who}` : "Llun / Picture: Supplied"),
        between: { 0: ["Darllen mwy / Read more", ctx.pick(RELATED)], 2: ["Hysbyseb / Advertisement"], 3: ["Cofrestrwch i'n cylchlythyr / Sign up to our newsletter"] },
        bareCaptions: true,
      });
      page.cb(`Sylwadau / Comments (${Math.floor(ctx.rng() * 30)})`, "Rhannu / Share");
      page.c("Mwyaf poblogaidd / Most popular");
      page.h(`© ${d.y} Y Cwm Heddiw Cyf / The Valley Today Ltd`);
      return { page, header: { byline: [name], ...(updated ? { updated } : {}) } };
    },
  },
  {
    // A newsletter forwarded to the newsroom and copied out of the email client: the mail's
    // subject with "Fwd:", the forwarder's name and address, the forward's date a day or more
    // later with its age, "to me", the forwarder's note and signature; then the forwarded
    // message's header (From:, Date: "Wed, Jan 29, 2020 at 5:32 PM", Subject:, To:), "View in
    // browser", the letter's masthead with its issue number and weekday date, the headline,
    // "By Ann Lee" or "Written by Ann Lee and Bob Stone", the story with credits on the line
    // below the caption ("Photo: Ann Lee for The Valley Brief"), a forward-to-a-friend prompt and
    // a sponsor's message between paragraphs, the unsubscribe footer and the postal address.
    name: "held-out-forwarded-email",
    make: (ctx) => {
      const d = dayOf(ctx.story.date);
      const { h, min } = ctx.time;
      const names = ctx.rng() < 0.3 ? ctx.names.slice(0, 2) : ctx.names.slice(0, 1);
      const forwarder = anyName(ctx);
      const address = `${forwarder.split(" ")[0]!.toLowerCase()}.${forwarder.split(" ")[1]!.toLowerCase()}@gmail.example`;
      const later = 1 + Math.floor(ctx.rng() * 3);
      const fwd = dayOf(daysFrom(ctx.story.date, later));
      const fh = 8 + Math.floor(ctx.rng() * 4);
      const fm = Math.floor(ctx.rng() * 60);
      const subject = ctx.rng() < 0.5 ? ctx.story.title : `The Valley Brief: ${ctx.story.title}`;
      const issue = 100 + Math.floor(ctx.rng() * 300);
      const page = new Page().c(`Fwd: ${subject}`).c("Inbox");
      page.cb(`${forwarder} <${address}>`, `${shortWeekday(fwd)}, ${mon(fwd)} ${fwd.d}, ${fwd.y}, ${h12(fh)}:${pad(fm)} ${ampm(fh, "PM")} (${later} day${later > 1 ? "s" : ""} ago)`, "to me");
      page.c(ctx.pick(FORWARD_NOTES), forwarder.split(" ")[0]!);
      // The forwarded message's header, one line each: the From: and To: lines are chrome, the date and subject the letter's own.
      const from = ["---------- Forwarded message ---------", "From: The Valley Brief <hello@valleybrief.example>"];
      const to = `To: <${address}>`;
      page.blocks.push([...from, `Date: ${shortWeekday(d)}, ${mon(d)} ${d.d}, ${d.y} at ${h12(h)}:${pad(min)} ${ampm(h, "PM")}`, `Subject: ${subject}`, to]);
      page.chrome.push(...from, to);
      page.c("View in browser");
      page.cb("THE VALLEY BRIEF", `Issue #${issue} · ${WEEKDAYS[d.wd]}, ${MONTHS[d.m - 1]} ${d.d}, ${d.y}`);
      page.h(ctx.story.title);
      page.h(names.length > 1 ? `Written by ${names.join(" and ")}` : `By ${names[0]}`);
      body(page, ctx, {
        lead: (p) => p,
        figure: (c, cr) => (cr ? [c, cr] : [c]),
        credit: (who) => (ctx.rng() < 0.6 ? `Photo: ${who} for The Valley Brief` : "Photo: Valley Water Board"),
        between: {
          1: ["Enjoying The Valley Brief? Forward it to a friend, or tell them to sign up at valleybrief.example/subscribe."],
          3: ["SPONSORED", ctx.pick(BRIEF_SPONSORS)],
        },
        bareCaptions: true,
      });
      page.c("Got a tip or a correction? Reply to this email; it goes straight to the newsroom.");
      page.c("You're receiving this because you signed up for The Valley Brief.", "Unsubscribe | Manage preferences | Forward to a friend");
      page.c("The Valley Brief, 120 Main St, Suite 4, Valley City, CO 80000");
      return { page, header: { byline: names } };
    },
  },
  {
    // A library news database's full record of a story, copied from the page: the database's bar
    // and "Document 3 of 25", then the fields with their codes before a tab ("HD" the headline,
    // "BY" the byline, "WC" the word count, "PD" the date day first "29 January 2020", "ET" the
    // time, "SN" the source, "SC", "LA", "CY" the copyright, "LP" over the first two paragraphs,
    // "TD" over the rest, "NS" and "RE" codes, "AN" the document number). An agency's story
    // ("Ann LEE", "Ann LEE, with Bob STONE in Phoenix", or no byline; "DENVER, Jan 29, 2020 (AFP)
    // - " before the lead; the editors' initials "al/bs/dw" after the story) or a newspaper's
    // ("By Ann Lee, Staff Writer", its section and page). No photos.
    name: "held-out-news-database",
    make: (ctx) => {
      const d = dayOf(ctx.story.date);
      const { h, min } = ctx.time;
      const afp = ctx.rng() < 0.55;
      const roll = ctx.rng();
      const names = afp ? (roll < 0.3 ? [] : roll < 0.65 ? [agencyName(ctx.names[0]!)] : [agencyName(ctx.names[0]!), agencyName(ctx.names[1]!)]) : [ctx.names[0]!];
      const byline = afp ? (names.length > 1 ? `${names[0]}, with ${names[1]} in ${ctx.pick(DB_CITIES)}` : names[0]) : `By ${names[0]}, Staff Writer`;
      const words = ctx.story.paragraphs.join(" ").split(/\s+/).length + (afp ? 8 : 0);
      const docs = 5 + Math.floor(ctx.rng() * 60);
      const code = afp ? "AFPR" : "VALGAZ";
      const an = `Document ${code}00${d.y}${pad(d.m)}${pad(d.d)}e${"abcdefghijklmnopqrstuvwxyz"[Math.floor(ctx.rng() * 26)]}1t000${Math.floor(ctx.rng() * 90) + 10}`;
      const page = new Page().cb("Valley Public Library · Research Databases", "NewsFinder", "Search | Saved Articles | Alerts | Help").c(`Back to Results | Previous | Next`, `Document ${1 + Math.floor(ctx.rng() * docs)} of ${docs}`);
      page.h(`HD\t${ctx.story.title}`);
      if (byline) page.h(`BY\t${byline}`);
      page.c(`WC\t${words} words`);
      page.h(`PD\t${d.d} ${MONTHS[d.m - 1]} ${d.y}`, `ET\t${pad(h)}:${pad(min)}`);
      page.c(`SN\t${afp ? "Agence France Presse" : "The Valley Gazette"}`, `SC\t${code}`);
      if (!afp) page.c("SE\tLocal", `PG\tA${2 + Math.floor(ctx.rng() * 8)}`);
      page.c("LA\tEnglish");
      page.h(afp ? `CY\tCopyright ${d.y} Agence France-Presse` : `CY\t(c) ${d.y} The Valley Gazette. All rights reserved.`);
      page.c("LP");
      body(page, { ...ctx, story: { ...ctx.story, captions: [] } }, {
        lead: (p) => (afp ? `${ctx.place}, ${mon(d)} ${d.d}, ${d.y} (AFP) - ${p}` : p),
        figure: (c) => [c],
        credit: (who) => who,
        between: { 1: ["TD"] },
      });
      if (afp) page.c(ctx.pick(AFP_EDITORS));
      page.c("NS\tgpol : Domestic Politics | gcat : Political/General News", "RE\tusa : United States | namz : North America", `IPD\t${afp ? "Politics" : "Local News"}`);
      page.c(`PUB\t${afp ? "Agence France Presse" : "Valley Gazette Media"}`, `AN\t${an}`);
      page.c("Back to Results | Previous | Next");
      page.h(`© ${d.y} Valley Data Services. All rights reserved.`);
      return { page, header: { byline: names, ...(afp ? { dateline: ctx.place } : {}) } };
    },
  },
  {
    // A reporter's story reposted as an article on a professional network: the network's bar,
    // the headline, the name alone over the reporter's tagline ("Reporter at The Valley Gazette |
    // …"), "Published Jan 29, 2020", "+ Follow", the story with credits after the caption's stop
    // ("Image credit: Ann Lee"), the repost note, the reactions and comment counts, the author's
    // name again over "More articles by …" with an older article and its date, and the topics.
    name: "held-out-linkedin-article",
    make: (ctx) => {
      const d = dayOf(ctx.story.date);
      const name = ctx.names[0]!;
      const older = dayOf(daysFrom(ctx.story.date, -(5 + Math.floor(ctx.rng() * 60))));
      const page = new Page().cb("LinkedIn", "Skip to main content").cb("Articles | People | Learning | Jobs | Games", "Join now", "Sign in");
      page.h(ctx.story.title);
      page.h(name, ctx.pick(LI_TAGLINES));
      page.h(`Published ${mon(d)} ${d.d}, ${d.y}`);
      page.c("+ Follow");
      body(page, ctx, {
        lead: (p) => p,
        figure: (c, cr) => [cr ? `${c}. ${cr}` : c],
        credit: (who) => (ctx.rng() < 0.6 ? `Image credit: ${who}` : "Image credit: The Valley Gazette"),
        between: {},
        bareCaptions: true,
      });
      page.h("This story first appeared in The Valley Gazette.");
      page.cb("Like", "Celebrate", "Support", "Insightful", String(5 + Math.floor(ctx.rng() * 300)), `${Math.floor(ctx.rng() * 40)} Comments`);
      page.cb("Like", "Comment", "Share");
      page.c("To view or add a comment, sign in");
      page.c(name, `More articles by ${name}`, ctx.pick(RELATED), `${mon(older)} ${older.d}, ${older.y}`, "See all articles");
      page.cb("Explore topics", ...LI_TOPICS);
      page.h(`LinkedIn © ${d.y}`);
      page.c("About | Accessibility | User Agreement | Privacy Policy | Cookie Policy | Copyright Policy | Brand Policy");
      return { page, header: { byline: [name] } };
    },
  },
  {
    // A news aggregator app's copy of a story: the app's tabs, the publisher's name in capitals
    // and "Follow", the headline, a dek on some pages, the byline ("By Ann Lee", "Ann Lee and
    // Bob Stone", "ANN LEE"), the date as "Jan. 29, 2020" or "Jan. 29, 2020, 5:32 p.m." or with
    // its age first ("2h ago · Jan. 29, 2020"), credits in capitals after the caption with no
    // stop between them ("… on Tuesday ANN LEE/THE VALLEY TRIBUNE", "GETTY IMAGES"),
    // "Advertisement" between paragraphs, "More From The Valley Tribune" with the stories' ages,
    // and the app's report link at the foot.
    name: "held-out-aggregator-app",
    make: (ctx) => {
      const d = dayOf(ctx.story.date);
      const { h, min } = ctx.time;
      const roll = ctx.rng();
      const names = roll < 0.3 ? ctx.names.slice(0, 2) : ctx.names.slice(0, 1);
      const byline = roll < 0.3 ? `${names[0]} and ${names[1]}` : roll < 0.7 ? `By ${names[0]}` : names[0]!.toUpperCase();
      const dek = ctx.rng() < 0.4 ? ctx.pick(APP_DEKS) : undefined;
      const ap = `${AP_MONTHS[d.m - 1]} ${d.d}, ${d.y}`;
      const form = ctx.rng();
      const date = form < 0.35 ? ap : form < 0.7 ? `${ap}, ${h12(h)}:${pad(min)} ${ampm(h, "p.m.")}` : `${1 + Math.floor(ctx.rng() * 11)}h ago · ${ap}`;
      const page = new Page().cb("Today", "News+", "Sports", "Audio", "Following").cb("THE VALLEY TRIBUNE", "Follow");
      page.h(ctx.story.title);
      if (dek) {
        page.h(dek);
        page.dek = dek;
      }
      page.h(byline).h(date);
      body(page, ctx, {
        lead: (p) => p,
        figure: (c, cr) => [cr ? `${c} ${cr}` : c],
        credit: (who) => (ctx.rng() < 0.6 ? `${who.toUpperCase()}/THE VALLEY TRIBUNE` : "GETTY IMAGES"),
        between: { 1: ["Advertisement"], 3: ["Advertisement"] },
      });
      page.c("More From The Valley Tribune");
      for (const n of [1 + Math.floor(ctx.rng() * 5), 6 + Math.floor(ctx.rng() * 12)]) page.c(ctx.pick(RELATED), `${n}h ago`);
      page.c("Go to The Valley Tribune", "Report a Concern");
      return { page, header: { byline: roll >= 0.7 ? [names[0]!.toUpperCase()] : names } };
    },
  },
];
