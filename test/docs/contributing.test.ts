import { readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { z } from "zod";
import { describe, expect, it } from "vitest";
import { fieldRows, TABLES, updateDocument } from "../../src/docs/fields.ts";

const PACKAGE_ROOT = fileURLToPath(new URL("../..", import.meta.url));
const contributing = readFileSync(join(PACKAGE_ROOT, "CONTRIBUTING.md"), "utf8");

describe("CONTRIBUTING.md documents the schema", () => {
  it("has field tables that match src/schema.ts (run npm run docs when this fails)", () => {
    expect(updateDocument(contributing)).toBe(contributing);
  });

  it("lists every field of every file kind, with whether it is required", () => {
    for (const table of TABLES) {
      for (const row of fieldRows(table.schema as unknown as z.ZodType)) {
        expect(contributing).toContain(`| \`${row.field}\` | ${row.required ? "yes" : "no"}`);
      }
    }
  });
});
