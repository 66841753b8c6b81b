import { expect, inject, it } from "vitest";
import { measureSearch } from "../../src/bench/search-payload.ts";
import { describeBrowser } from "../helpers/browser.ts";

describeBrowser("measuring the search payload", () => {
  it("counts what a first search loads, library included, and the little a second search adds", async () => {
    const { first, second, filters } = await measureSearch(inject("realSite"), ["Hancock", "sanctuary"]);
    expect(first).toMatchObject({ query: "Hancock" });
    // Pagefind's WebAssembly alone is some 60 KB, already gzip.
    expect(first.pagefindBytes).toBeGreaterThan(60_000);
    expect(first.bytes).toBeGreaterThan(first.pagefindBytes);
    expect(first.firstResultMs).toBeGreaterThan(0);
    // The library and WebAssembly come before the first result; what comes after it does not count there.
    expect(first.bytesToFirstResult).toBeGreaterThan(60_000);
    expect(first.bytesToFirstResult).toBeLessThanOrEqual(first.bytes);
    expect(first.requestsToFirstResult).toBeLessThanOrEqual(first.requests);
    expect(second).toMatchObject({ query: "sanctuary" });
    expect(second.pagefindBytes).toBeLessThan(first.pagefindBytes / 4);
    // The filter lists are fetched only when the filters panel is opened.
    expect(filters).toMatchObject({ query: "sanctuary" });
    expect(filters!.pagefindBytes).toBeGreaterThan(0);
  });
});
