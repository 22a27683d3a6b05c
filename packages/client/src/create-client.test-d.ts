import type { GetAppResponse } from "@kintone-typed/types";
import { describe, expectTypeOf, it } from "vitest";
import { createClient } from "./create-client.js";

const client = createClient({
  baseUrl: "https://example.cybozu.com",
  auth: { type: "apiToken", token: "t" },
});

describe("client types", () => {
  it("types parameters and results from the spec", () => {
    expectTypeOf(client.app.getApp({ id: 1 })).resolves.toEqualTypeOf<GetAppResponse>();
    expectTypeOf(
      client.request("GET /k/v1/app.json", { id: "1" }),
    ).resolves.toEqualTypeOf<GetAppResponse>();
  });

  it("rejects wrong parameters and unknown routes", () => {
    // @ts-expect-error: id is required
    void client.app.getApp({});
    // @ts-expect-error: id is a number or a string
    void client.app.getApp({ id: true });
    // @ts-expect-error: unknown operation
    void client.request("GET /k/v1/nope.json", {});
  });

  it("rejects access to fields the response does not have", async () => {
    const app = await client.app.getApp({ id: 1 });
    expectTypeOf(app.spaceId).toEqualTypeOf<string | null>();
    // @ts-expect-error: not a property of the app
    void app.appName;
  });
});
