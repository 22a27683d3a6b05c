import { describe, expect, it } from "vitest";
import { createSchemaValidator } from "../src/create-schema-validator.js";
import { listOperations, loadBundle } from "./load-bundle.js";

// Rules every operation of the spec follows, whatever its area.
const canonical = loadBundle("openapi.yaml");
const withGuest = loadBundle("openapi.with-guest.yaml");
const operations = listOperations(canonical);
const validate = createSchemaValidator(canonical);
const id = (path: string, method: string) => `${method.toUpperCase()} ${path}`;

describe.each(operations.map((entry) => [id(entry.path, entry.method), entry] as const))(
  "%s",
  (_, { path, method, operation }) => {
    it("has the required documentation and extensions", () => {
      expect(operation.operationId).toMatch(/^[a-z][A-Za-z0-9]*$/);
      expect(operation.summary).toEqual(expect.any(String));
      expect(operation.description).toEqual(expect.any(String));
      expect(operation.tags?.length).toBeGreaterThan(0);
      expect(operation["x-kintone-method"]).toMatch(/^([a-z][A-Za-z]*\.)?[a-z][A-Za-z]*$/);
      expect(typeof operation["x-kintone-guest"]).toBe("boolean");
    });

    it("lists the auth kinds it accepts", () => {
      expect(operation.security?.length).toBeGreaterThan(0);
    });

    it("answers errors with the shared error body", () => {
      for (const status of ["4XX", "5XX"]) {
        expect(operation.responses[status]?.$ref ?? operation.responses[status]).toBeDefined();
      }
    });

    it("has a 200 response with a schema and at least one example that validates", () => {
      const ok = operation.responses["200"];
      const [mediaType, content] = Object.entries(ok.content as Record<string, any>)[0] ?? [];
      expect(content?.schema, `200 ${mediaType}`).toBeDefined();
      if (mediaType !== "application/json") return;
      const examples = Object.values(
        (content.examples ?? {}) as Record<string, { value: unknown }>,
      );
      expect(examples.length).toBeGreaterThan(0);
      const pointer = `#/paths/${path.replaceAll("/", "~1")}/${method}/responses/200/content/application~1json/schema`;
      for (const example of examples) expect(validate(pointer, example.value)).toEqual([]);
    });

    const requestContent = operation.requestBody?.content?.["application/json"];
    if (requestContent)
      it("has request examples that validate against the request schema", () => {
        const content = requestContent;
        const examples = Object.values(
          (content.examples ?? {}) as Record<string, { value: unknown }>,
        );
        expect(examples.length).toBeGreaterThan(0);
        const pointer = `#/paths/${path.replaceAll("/", "~1")}/${method}/requestBody/content/application~1json/schema`;
        for (const example of examples) expect(validate(pointer, example.value)).toEqual([]);
      });

    if (operation["x-kintone-guest"] === true)
      it("has a guest-space copy in the guest bundle", () => {
        const guestPath = path.replace(/^\/k\/v1\//, "/k/guest/{guestSpaceId}/v1/");
        const copy = withGuest.paths[guestPath]?.[method];
        expect(copy?.operationId).toBe(`${operation.operationId}InGuestSpace`);
        expect(withGuest.paths[guestPath].parameters[0]).toEqual({
          $ref: "#/components/parameters/GuestSpaceId",
        });
      });
  },
);

it("keeps operationIds unique", () => {
  const ids = operations.map(({ operation }) => operation.operationId);
  expect(new Set(ids).size).toBe(ids.length);
});

it("gives each client method one live operation; preview twins share their live twin's method", () => {
  const byId = new Map(operations.map(({ operation }) => [operation.operationId, operation]));
  const live = operations.filter(({ operation }) => !operation["x-kintone-preview-of"]);
  const names = live.map(({ operation }) => operation["x-kintone-method"]);
  expect(names.filter((name, index) => names.indexOf(name) !== index)).toEqual([]);
  for (const { operation } of operations) {
    const twinId = operation["x-kintone-preview-of"];
    if (!twinId) continue;
    expect(byId.get(twinId)?.["x-kintone-method"], `${operation.operationId} -> ${twinId}`).toBe(
      operation["x-kintone-method"],
    );
  }
});
