/**
 * Structured data (schema.org JSON-LD): NewsArticle on article pages, Person and Place on
 * theirs. https://schema.org/NewsArticle — `about` holds the places the article is about,
 * `mentions` the people it names, with Wikidata `sameAs` links where known.
 */
import type { Archive, Article, JurisdictionView, PersonView } from "../archive.ts";
import { nameParts } from "../people/names.ts";

export type Absolute = (path: string) => string;

const wikidata = (qid?: string) => (qid ? [`https://www.wikidata.org/wiki/${qid}`] : undefined);

function personRef(p: PersonView, abs: Absolute) {
  return { "@type": "Person", name: p.name, url: abs(p.url), sameAs: wikidata(p.wikidata) };
}

function placeRef(j: JurisdictionView, abs: Absolute) {
  return { "@type": "Place", name: j.name, url: abs(j.url), sameAs: wikidata(j.wikidata) };
}

/**
 * NewsArticle for an article page. It is on every article page, so it carries what search
 * engines read (Google's Article properties: headline, dates, author with name and url,
 * publisher; https://developers.google.com/search/docs/appearance/structured-data/article), what
 * the "Cite this article" box builds BibTeX and CSL-JSON from in the browser (`identifier`,
 * the authors' given and family names, `dateline`, `isBasedOn`; src/browser/cite/main.ts), and
 * the places, topics, people and organizations by name and Wikidata, without repeating what
 * the page already says elsewhere (`@id`, `mainEntityOfPage` and `isPartOf` named the page and
 * site again, `sourceOrganization` the publisher, `inLanguage` the page's `lang`).
 */
export function articleJsonLd(article: Article, archive: Archive, abs: Absolute): Record<string, unknown> {
  const source = article.source;
  const outlet = source?.organization ? archive.organizations[source.organization] : undefined;
  const publisher = source
    ? { "@type": "NewsMediaOrganization", name: source.name, url: outlet?.url ? abs(outlet.url) : undefined, sameAs: wikidata(outlet?.wikidata) }
    : { "@type": "Organization", name: archive.site.title, url: abs("/") };
  const named = (type: string, name: string, qid?: string) => ({ "@type": type, name, sameAs: wikidata(qid) });
  return {
    "@context": "https://schema.org",
    "@type": "NewsArticle",
    url: abs(article.url),
    identifier: article.id,
    headline: article.title,
    description: article.summary,
    datePublished: article.published.raw,
    dateModified: article.lastUpdated?.raw ?? article.published.raw,
    dateline: article.dateline,
    author: article.authors.map((id) => {
      const person = archive.people[id]!;
      const { family, given } = nameParts(person);
      return { ...personRef(person, abs), givenName: given || undefined, familyName: family };
    }),
    publisher,
    copyrightNotice: source?.copyright,
    creditText: source?.credit,
    isBasedOn: source?.url,
    about: [
      ...article.jurisdictions.map((id) => named("Place", archive.jurisdictions[id]!.name, archive.jurisdictions[id]!.wikidata)),
      ...article.topics.map((id) => named("Thing", archive.topics[id]!.name)),
    ],
    mentions: [
      ...article.people.map((id) => named("Person", archive.people[id]!.name, archive.people[id]!.wikidata)),
      ...article.organizations.map((id) => named("Organization", archive.organizations[id]!.name, archive.organizations[id]!.wikidata)),
    ],
  };
}

/** Person for a person's page, with their roles as positions held. */
export function personJsonLd(person: PersonView, archive: Archive, abs: Absolute): Record<string, unknown> {
  return {
    "@context": "https://schema.org",
    "@type": "Person",
    "@id": abs(person.url),
    url: abs(person.url),
    name: person.name,
    alternateName: person.other_names.length ? person.other_names : undefined,
    description: person.summary,
    sameAs: wikidata(person.wikidata),
    hasOccupation: person.roles.length
      ? person.roles.map((r) => ({
          "@type": "Role",
          roleName: r.title,
          startDate: r.start,
          endDate: r.end,
          ...(r.jurisdiction ? { location: placeRef(archive.jurisdictions[r.jurisdiction]!, abs) } : {}),
        }))
      : undefined,
  };
}

/** Place for a jurisdiction's page. */
export function placeJsonLd(place: JurisdictionView, archive: Archive, abs: Absolute): Record<string, unknown> {
  const parent = place.parent ? archive.jurisdictions[place.parent] : undefined;
  return {
    "@context": "https://schema.org",
    "@type": place.classification === "country" ? "Country" : place.classification === "state" ? "State" : place.classification.includes("city") ? "City" : "AdministrativeArea",
    "@id": abs(place.url),
    url: abs(place.url),
    name: place.name,
    alternateName: place.aliases.length ? place.aliases : undefined,
    identifier: place.ocd_id ? [place.ocd_id, ...place.other_ocd_ids] : undefined,
    sameAs: wikidata(place.wikidata),
    containedInPlace: parent ? placeRef(parent, abs) : undefined,
  };
}
