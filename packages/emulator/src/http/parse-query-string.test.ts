import { describe, expect, it } from "vitest";
import { parseQueryString } from "./parse-query-string.js";

describe("parseQueryString", () => {
  it.each([
    { given: "app=1&id=2", want: { app: "1", id: "2" } },
    { given: "app=1&fields[0]=a&fields[1]=b", want: { app: "1", fields: ["a", "b"] } },
    { given: "fields%5B0%5D=a%20b", want: { fields: ["a b"] } },
    {
      given: "query=price%20%3E%2010%20order%20by%20%24id",
      want: { query: "price > 10 order by $id" },
    },
    {
      given: "records[0][id]=3&records[0][revision]=2",
      want: { records: [{ id: "3", revision: "2" }] },
    },
    { given: "apps[0]=7&apps[1]=8", want: { apps: ["7", "8"] } },
    { given: "", want: {} },
  ])("parses $given", ({ given, want }) => {
    expect(parseQueryString(given)).toEqual(want);
  });
});
