import { KintoneRestAPIError } from "@kintone-typed/client";
import { describe, expect, it } from "vitest";
import { describeError, redact } from "./describe-error.js";

describe("describeError", () => {
  it("gives kintone's status, code and message on one line", () => {
    const error = new KintoneRestAPIError(
      404,
      { code: "GAIA_AP01", id: "x1", message: "The app (ID: 9) not found.\nIt may be deleted." },
      new Headers(),
    );
    expect(describeError(error, "https://a.cybozu.com", [])).toBe(
      "kintone answered [404] [GAIA_AP01] The app (ID: 9) not found. It may be deleted. (x1)",
    );
  });

  it("names the host it could not reach and the system error", () => {
    const error = new TypeError("fetch failed", { cause: { code: "ECONNREFUSED" } });
    expect(describeError(error, "http://127.0.0.1:9", [])).toBe(
      "cannot reach http://127.0.0.1:9 (ECONNREFUSED)",
    );
  });

  it("reports timeouts", () => {
    const error = new DOMException("The operation was aborted due to timeout", "TimeoutError");
    expect(describeError(error, "https://a.cybozu.com", [])).toBe(
      "no answer from https://a.cybozu.com in time",
    );
  });

  it("removes secrets from any message", () => {
    expect(
      describeError(new Error("bad token tok-123 for tok-1"), undefined, ["tok-1", "tok-123"]),
    ).toBe("bad token *** for ***");
  });
});

describe("redact", () => {
  it("ignores empty secrets", () => {
    expect(redact("text", [""])).toBe("text");
  });
});
