// Highlights the words a reader searched for, on the article opened from a search result.
// Pagefind's result links carry them as ?pagefind-highlight=... (see src/browser/search/main.ts); the
// highlighter is only fetched when they do. https://pagefind.app/docs/highlighting/
const PARAM = "pagefind-highlight";

if (new URLSearchParams(location.search).has(PARAM)) {
  // Relative to this file, so a site served under a path prefix finds its own bundle.
  await import(new URL("../../pagefind/pagefind-highlight.js", import.meta.url).href);
  new window.PagefindHighlight({
    highlightParam: PARAM,
    markOptions: {
      className: "pagefind-highlight",
      // The headline is left out of the index (search finds it through the title metadata, so
      // excerpts do not repeat it) but is still where a reader looks first: mark it too.
      exclude: ["[data-pagefind-ignore]:not(h1)", "[data-pagefind-ignore]:not(h1) *"],
    },
    // The browser's own <mark> style is enough; an injected <style> would need the
    // Content-Security-Policy to allow inline styles.
    addStyles: false,
  });
}
