import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { routes } from "../src/routes/route-table.js";

describe("the route table", () => {
  it("serves only operations the spec describes", () => {
    const bundle = parse(
      readFileSync(new URL("../../../spec/bundled/openapi.yaml", import.meta.url), "utf8"),
    ) as {
      paths: Record<string, Record<string, unknown>>;
    };
    const missing = Object.keys(routes).filter((key) => {
      const [method = "", path = ""] = key.split(" ");
      return !bundle.paths[`/k/v1${path}`]?.[method.toLowerCase()];
    });
    expect(missing).toEqual([]);
  });
});
