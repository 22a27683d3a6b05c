import { describe, expect, it } from "vitest";
import { createSchemaValidator } from "./create-schema-validator.js";
import { readBundle } from "./read-bundle.js";
import { sampleApp } from "./sample-app.fixture.js";

const validate = createSchemaValidator(readBundle("openapi.yaml"));
const appResponse = "#/paths/~1k~1v1~1app.json/get/responses/200/content/application~1json/schema";
const app = sampleApp;

describe("createSchemaValidator", () => {
  it.each<{ name: string; given: unknown; want: RegExp | null }>([
    { name: "accepts a valid app", given: app, want: null },
    {
      name: "follows $refs into components",
      given: { ...app, creator: { code: "sato" } },
      want: /name/,
    },
    {
      name: "rejects a number where kintone sends a string id",
      given: { ...app, appId: 1 },
      want: /appId/,
    },
    {
      name: "rejects a missing required property",
      given: { ...app, modifier: undefined },
      want: /modifier/,
    },
    { name: "checks formats", given: { ...app, createdAt: "yesterday" }, want: /createdAt/ },
  ])("$name", ({ given, want }) => {
    const errors = validate(appResponse, JSON.parse(JSON.stringify(given)));
    if (want === null) expect(errors).toEqual([]);
    else expect(errors.join("\n")).toMatch(want);
  });

  it("follows $refs along the pointer, such as a shared error response", () => {
    const errorBody =
      "#/paths/~1k~1v1~1app.json/get/responses/4XX/content/application~1json/schema";
    expect(validate(errorBody, { code: "CB_VA01", id: "1", message: "Missing." })).toEqual([]);
    expect(validate(errorBody, { id: "1", message: "Missing." }).join()).toMatch(/code/);
  });

  it("names a pointer that leads nowhere", () => {
    expect(() => validate("#/components/schemas/NoSuchSchema", {})).toThrow(
      "The bundle has no schema at #/components/schemas/NoSuchSchema",
    );
  });
});
