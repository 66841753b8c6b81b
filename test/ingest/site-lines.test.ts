/**
 * Lines sites print round every story (issue 13; the eighteenth, fourteenth and fifteenth held-out
 * groups): a paywall script's text left in the page, the republishing licence, a sign-up form's
 * consent, a chain's newsletter box, a station's pointers, share buttons with the headline. They
 * are removed whether the page comes alone or in a batch; a story's sentence like them is kept.
 */
import { describe, expect, it } from "vitest";
import { page, paragraphs } from "../helpers/ingest.ts";

const HEAD = ["Reservoir levels fall to lowest point in a decade", "", "By Ann Lee", "January 29, 2020", ""];
const STORY = [
  "The city's three reservoirs held less water at the end of January than at any time since 2010, the Water Board said Wednesday.",
  "Board members voted 5-2 to ask residents to cut outdoor watering to two days a week starting in March.",
];

describe("a site's lines round the story", () => {
  it.each([
    ["Newsquest's paywall script", "Data returned from the Piano 'meterActive/meterExpired' callback event."],
    ["a nonprofit's republishing licence", "This work is licensed under a Creative Commons Attribution-NoDerivatives 4.0 International License."],
    ["a sign-up form's consent", "By signing up, you acknowledge and agree to our Privacy Policy and Terms of Service."],
    ["Postmedia's newsletter box", "Sign up to receive daily headline news from the Lakeshore Star, a division of Postmedia Network Inc."],
    ["a share button's note", "Link copied to clipboard"],
    ["a share button with the headline", "Share this Story: Reservoir levels fall to lowest point in a decade"],
    ["FOX's pointer to its site", "Get updates on this story at fox10phoenix.com"],
    ["FOX's line of where the story was reported", "This story was reported from Phoenix, Arizona."],
    ["The Hill's pointer", "Read more at TheHill.com"],
    ["a station's live stream", "Watch Local News Live 24/7 on WRVL 19+"],
    ["a station's app", "Download the free 12 On Your Side app to get breaking news alerts on your phone."],
    ["NBC's newsletter box", "Get Valley local news, weather forecasts, sports and entertainment stories to your inbox. Sign up for NBC Valley newsletters."],
    ["The Independent's newsletter box", "Sign up for the View from Westminster email for expert analysis straight to your inbox"],
    ["a station's bracketed prompt", "[SIGN UP: WXSB-TV Daily Headlines Newsletter]"],
    ["beehiiv's referral box", "You currently have 0 referrals, only 3 away from receiving a The Valley Brief sticker pack."],
    ["a player's fallback text", "This browser does not support the video element."],
    ["a nonprofit newsroom's line about itself", "Chalkbeat is a nonprofit news site covering educational change in public schools."],
    ["a nonprofit, nonpartisan newsroom's line", "CalMatters.org is a nonprofit, nonpartisan media venture explaining California policies and politics."],
    ["an aggregator's count of sources", "19 Articles"],
    ["CBS's topics run together", "In: City Council Weather"],
    ["a video player's loading text", "Video player loading"],
    ["a video player's progress", "Progress: 0%"],
    ["Sky's player note", "Please use Chrome browser for a more accessible video player"],
    ["France 24's app prompt", "Keep up to date with international news by downloading the France 24 app"],
    ["NDTV's prompt", "Track Latest News Live on NDTV.com and get news updates from India and around the world"],
    ["a follow prompt with its handle", "Follow James Raman on Twitter: @JamesRaman"],
    ["a follow prompt for a messaging app", "Follow Sky News on WhatsApp"],
    ["a nonprofit's reader prompt", "Tell us how this issue affects you or your community. Your responses help guide our reporting."],
    ["a blog theme's comment form", "Fill in your details below or click an icon to log in:"],
    ["a blog theme's comment form's box", "Enter your comment here..."],
    ["a blog theme's post navigation", "Post navigation"],
    ["a blog sidebar's widget title", "Archives"],
    ["WordPress.com's footer", "Blog at WordPress.com."],
    ["Jetpack's share button", "Click to share on Facebook (Opens in new window)"],
    ["a share button with its count", "LinkedIn0"],
    ["a station's footer link", "EEO Statement"],
    ["a station's caption link", "Closed Captioning/Audio Description"],
    ["a correction link", "Report a correction or typo"],
    ["a video player's loading text", "Video Player is loading."],
    ["a comment box's placeholder", "Add a comment..."],
    ["a mailing list's footer label", "Our mailing address is:"],
    ["a share bar's X button", "X (Twitter)"],
    ["a share bar's button in capitals", "TWEET"],
    ["a nonprofit's republish button", "REPUBLISH"],
    ["a footer's copyright policy link", "Copyright Policy"],
    ["a footer's subscriber agreement link", "Subscriber Agreement"],
    ["a UK paper's newsletter box", "Sign up to the Front Page newsletter for free: Your essential guide to the day's agenda from The Telegraph - direct to your inbox seven days a week."],
    ["a station's newsletter box", "Sign up for the News 5 Cedar Headlines newsletter and receive up to date information."],
    ["a tabloid's newsletter box", "Sign up to get the biggest stories of the day straight to your inbox"],
    ["a newsletter's weekday box", "Get the LPB Morning newsletter in your inbox every weekday."],
    ["a chain's newsletter consent", "By clicking on the sign up button you consent to receive the above newsletter from Postmedia Network Inc. You may unsubscribe any time by clicking on the unsubscribe link at the bottom of our emails or any newsletter."],
    ["a newsletter's data notice", "We will use your email address only for sending you newsletters. Please see our Privacy Notice for details of your data protection rights."],
    ["a tabloid's sign-up consent", "We use your sign-up to provide content in ways you've consented to and to improve our understanding of you."],
    ["a paper's offers checkbox", "I would like to be emailed about offers, events and updates from The Independent. Read our privacy notice"],
    ["a chain's comment rules", "Postmedia is committed to maintaining a lively but civil forum for discussion. Please keep comments relevant and respectful."],
    ["a UK paper's comment rules", "The Telegraph values your comments but kindly requests all posts are on topic, constructive and respectful. Please review our commenting policy."],
    ["a social site's comment prompt", "To view or add a comment, sign in"],
    ["a paper's comment invitation", "Join thought-provoking conversations, follow other Independent readers and see their replies"],
    ["a station's app prompt", "Download the FOX LOCAL app for the latest news, weather and live streams. Free on your phone, TV and more."],
    ["a station's app pitch", "Real-time updates and all local stories you want right in the palm of your hand."],
    ["a paper's WhatsApp channel", "Join The Irish Times on WhatsApp and stay up to date"],
    ["a paper's podcast prompt", "Listen to our Inside Politics podcast for the best political chat and analysis"],
    ["a paper's follow box", "Follow related authors and topics"],
    ["a paper's follow box's note", "Authors and topics you follow will be added to your personal news feed in Following."],
    ["a reader's reaction prompt", "How does this make you feel?"],
    ["a reaction button with its emoji", "🔥 Loved it"],
    ["an audio player's label", "Listen to this article · 10:07 min Learn more"],
    ["a reading meter", "You’ve read 43 articles in the last year"],
    ["an aggregator's locked panel", "To view factuality data please Upgrade to Premium"],
    ["a UK regulator's notice", "This website and associated newspapers adhere to the Independent Press Standards Organisation's Editors' Code of Practice. If you have a complaint about the editorial content which relates to inaccuracy or intrusion, then please contact the editor here."],
    ["a station group's affiliate notice", "Hearst Television participates in various affiliate marketing programs, which means we may get paid commissions on editorially chosen products purchased through our links to retailer sites."],
    ["a station's video rail", "Recommended Videos"],
    ["a video's length and source", "02:39 - Source: CNN"],
    ["a local paper's submission prompt", "Send your stories and photos now"],
    ["a nonprofit's appeal in capitals", "SUPPORT NEWS YOU TRUST."],
    ["a share button's thanks", "Thank you for sharing!"],
    ["a release's end mark", "ENDS"],
    ["a site's language picker", "Languages: English"],
    ["a footer's advertising link", "Advertise with Kōwhai Media."],
    ["a shop's payment line", "Accepted payment methods: Visa, Mastercard, American Express and PayPal"],
    ["a Spanish-language footer link", "Términos de servicio"],
  ])("removes %s", (_, line) => {
    const parsed = page(...HEAD, STORY[0]!, "", line, "", STORY[1]!);
    expect(paragraphs(parsed)).toEqual(STORY);
    expect(parsed.removed.map((r) => r.text)).toContain(line);
  });

  it("keeps a story's sentences that open the same way", () => {
    const lines = [
      "By signing up, residents agree to let the district read their meters every month.",
      "Data returned from the gauges showed the reservoir fell two feet in a week.",
      "This story was reported from the dam's control room, where engineers watched the levels fall.",
      "The Water Trust is a nonprofit organization that buys water rights from farmers.",
      "Archives of the county's water board were lost in the 1911 fire.",
      "Leave a reply on the city's website by Friday, the notice said.",
      "Send feedback to the board before Feb. 12, the chair said.",
      "Sign up for the district's newsletter and you will hear first, the manager said.",
      "Join the board on Tuesday for a tour of the dam, the notice said.",
      "Listen to our neighbors, the mayor told the council, and conserve.",
      "Download the city's app for watering schedules, officials urged.",
      "The Water Trust participates in a state program that pays farmers to leave fields dry.",
      "Ends of the pipe were capped before the storm, crews said.",
    ];
    expect(paragraphs(page(...HEAD, STORY[0]!, "", ...lines.flatMap((l) => [l, ""]), STORY[1]!))).toEqual([STORY[0], ...lines, STORY[1]]);
  });
});

describe("a station's staff line", () => {
  it("reads no person from 'KMKC Staff' over Hearst's 'Editorial Standards ⓘ' link", () => {
    const parsed = page("Sitting Tongan Prime Minister Akilisi Pohiva dies aged 78", "", "Updated: 8:31 AM CDT Sep 12, 2019", "KMKC Staff", "Editorial Standards ⓘ", "", STORY[0]!, "", STORY[1]!);
    expect(parsed.byline ?? []).toEqual([]);
    expect(paragraphs(parsed)).toEqual(STORY);
  });
});
