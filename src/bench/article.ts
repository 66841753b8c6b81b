/**
 * One synthetic article from its plan: headline, slug, body paragraphs with figures between,
 * events of mixed EDTF precision and the front matter, as the data the importer's writer
 * (src/ingest/write.ts) turns into a file.
 */
import { slugify } from "../content/slug.ts";
import type { BodyPart } from "../ingest/write.ts";
import type { Figure } from "../schema.ts";
import { DAY_MS, eventDate, pad } from "./dates.ts";
import type { ArticlePlan, Cast } from "./plan.ts";
import { cap, presentThird, Prose, type Story } from "./prose.ts";
import type { Random } from "./random.ts";

/** An article ready for the writer, and what it adds to the corpus's counts. */
export interface ComposedArticle {
  /** the publication date, as the front matter has it */
  date: string;
  slug: string;
  frontMatter: Record<string, unknown>;
  body: BodyPart[];
  words: number;
  figures: number;
  events: number;
}

/**
 * Writes the article a plan describes. `taken` holds the `YYYY-MM-DD-slug` ids used so far (the
 * new one is added); `figuresSoFar` numbers archived images uniquely across the corpus.
 */
export function composeArticle(rng: Random, plan: ArticlePlan, cast: Cast, taken: Set<string>, figuresSoFar: number): ComposedArticle {
  const { ymd, year, city, outlet } = plan;
  const story: Story = {
    rng,
    year,
    people: plan.people,
    city,
    places: plan.places,
    orgs: plan.orgs,
    keywords: plan.topics.flatMap((t) => t.keywords),
    named: new Set(),
  };
  const prose = new Prose(story);
  const title = prose.headline();
  // The importer's slug of the headline, made unique on its day as a contributor would.
  let slug = slugify(title);
  while (taken.has(`${ymd}-${slug}`)) slug = `${slug}-${rng.int(2, 99)}`;
  taken.add(`${ymd}-${slug}`);

  // The body: paragraphs of one to four sentences up to the target length, figures between.
  const target = rng.int(400, 1200);
  const body: BodyPart[] = [];
  let paragraphs = 0;
  let words = 0;
  let figures = 0;
  const figureChance = rng.chance(0.35) ? 0.12 : 0;
  while (words < target) {
    const sentences: string[] = [];
    for (let k = rng.int(1, 4); k > 0; k--) sentences.push(prose.sentence());
    const text = sentences.join(" ");
    words += text.split(" ").length;
    body.push({ kind: "paragraph", text });
    paragraphs++;
    if (paragraphs > 1 && rng.chance(figureChance)) {
      body.push({ kind: "figure", figure: figure(prose, rng, story, plan, cast, `${year}/${slug}-${figuresSoFar + figures}`) });
      figures++;
    }
  }

  const events: Record<string, unknown>[] = [];
  for (let k = rng.chance(0.6) ? rng.int(1, 3) : 0; k > 0; k--) {
    const event: Record<string, unknown> = { date: eventDate(rng, ymd), label: prose.sentence() };
    const evPeople = rng.sample(story.people, rng.int(0, 2)).map((p) => p.id);
    const evPlaces = rng.sample(story.places, rng.int(0, 2)).map((p) => p.id);
    if (evPeople.length) event.people = evPeople;
    if (evPlaces.length) event.jurisdictions = evPlaces;
    events.push(event);
  }

  const fm: Record<string, unknown> = { title };
  fm.date = rng.chance(0.15) ? `${ymd}T${pad(rng.int(6, 22))}:${pad(rng.pick([0, 15, 30, 45]))}:00${rng.pick(["-07:00", "-06:00", "-05:00", "+00:00"])}` : ymd;
  if (rng.chance(0.1)) {
    const later = new Date(Date.UTC(year, Number(ymd.slice(5, 7)) - 1, Number(ymd.slice(8, 10))) + rng.int(1, 30) * DAY_MS);
    fm.updated = later.toISOString().slice(0, 10);
  }
  if (rng.chance(0.4)) fm.summary = prose.sentence();
  fm.authors = plan.authors.map((a) => a.id);
  if (rng.chance(0.7)) fm.dateline = city.name.toUpperCase();
  if (rng.chance(0.9)) {
    const source: Record<string, unknown> = { name: outlet.name, organization: outlet.id };
    if (rng.chance(0.5)) source.url = `https://www.${outlet.id}.example.com/${ymd.replace(/-/g, "/")}/${slug}`;
    if (rng.chance(0.6)) source.copyright = `© ${year} ${outlet.name}. All rights reserved.`;
    if (rng.chance(0.1)) source.credit = "Continental Press contributed to this report.";
    fm.source = source;
  }
  fm.people = story.people.map((p) => p.id);
  fm.jurisdictions = story.places.map((p) => p.id);
  fm.organizations = plan.orgs.map((o) => o.id);
  fm.topics = plan.topics.map((t) => t.id);
  fm.events = events;

  return { date: fm.date as string, slug, frontMatter: fm, body, words, figures, events: events.length };
}

/** A figure of the story; `image` names its archived file, when it has one. */
function figure(prose: Prose, rng: Random, story: Story, plan: ArticlePlan, cast: Cast, image: string): Figure {
  const subject = story.people.length && rng.chance(0.6) ? rng.pick(story.people).name : cap(prose.np());
  const fig: Figure = {};
  if (rng.chance(0.2)) {
    fig.src = `media/${image}.jpg`;
    fig.alt = `${subject} at ${prose.np()} in ${story.city.name}`;
  }
  if (rng.chance(0.1)) fig.title = cap(`${prose.adj()} ${prose.noun()} in ${story.city.name}`);
  if (rng.chance(0.85)) fig.caption = `${subject} ${presentThird(prose.verb())} ${prose.np()} in ${story.city.name}.`;
  const by = rng.chance(0.3) ? rng.pick(cast.photographers) : undefined;
  fig.credit = by ? `Photo by ${by.name}/${by.outlet?.name ?? plan.outlet.name}` : rng.pick([plan.outlet.name, "Continental Press", "Handout"]);
  if (by) fig.by = by.id;
  return fig;
}
