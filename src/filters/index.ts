/** Every filter family, registered by one loop in eleventy.config.ts. */
export * as dates from "./dates.ts";
export * as text from "./text.ts";
export * as lists from "./lists.ts";
export * as provenance from "./provenance.ts";
export * as maps from "./maps.ts";
