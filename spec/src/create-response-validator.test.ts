import { describe, expect, it } from "vitest";
import { createResponseValidator, type ResponseToCheck } from "./create-response-validator.js";
import { sampleApp } from "./sample-app.fixture.js";
import { SpecViolationError } from "./spec-violation-error.js";

const validate = createResponseValidator();
const app = sampleApp;
const json = "application/json; charset=utf-8";
const getApp = (overrides: Partial<ResponseToCheck>): ResponseToCheck => ({
  method: "GET",
  pathname: "/k/v1/app.json",
  status: 200,
  contentType: json,
  body: JSON.stringify(app),
  ...overrides,
});

describe("createResponseValidator", () => {
  it.each<{ name: string; given: ResponseToCheck }>([
    { name: "a live operation's response", given: getApp({}) },
    { name: "a guest-space path", given: getApp({ pathname: "/k/guest/5/v1/app.json" }) },
    {
      name: "an error answered with the shared error body",
      given: getApp({ status: 404, body: '{"code":"GAIA_AP01","id":"x","message":"No app."}' }),
    },
    {
      name: "a download with the file's own media type",
      given: { method: "GET", pathname: "/k/v1/file.json", status: 200, contentType: "image/png" },
    },
  ])("accepts $name", ({ given }) => {
    expect(() => validate(given)).not.toThrow();
  });

  it.each<{ name: string; given: ResponseToCheck; want: string }>([
    {
      name: "a body that does not fit the schema",
      given: getApp({ body: JSON.stringify({ ...app, appId: 1 }) }),
      want: "Response of GET /k/v1/app.json -> 200 does not fit the spec:\n/appId must be string",
    },
    {
      name: "an error body without kintone's code",
      given: getApp({ status: 400, body: '{"id":"x","message":"Bad."}' }),
      want: "must have required property 'code'",
    },
    {
      name: "an operation the spec lacks",
      given: getApp({ pathname: "/k/v1/unknown.json" }),
      want: "The spec has no operation GET /k/v1/unknown.json",
    },
    {
      name: "a method the path does not have",
      given: getApp({ method: "PATCH" }),
      want: "The spec has no operation PATCH /k/v1/app.json",
    },
    {
      name: "an HTML page where the spec declares JSON",
      given: getApp({ status: 503, contentType: "text/html", body: "<h1>Down</h1>" }),
      want: "The spec declares no text/html body for GET /k/v1/app.json -> 503",
    },
    {
      name: "JSON that does not parse",
      given: getApp({ body: "{" }),
      want: "The JSON body of GET /k/v1/app.json -> 200 does not parse",
    },
  ])("rejects $name", ({ given, want }) => {
    expect(() => validate(given)).toThrow(SpecViolationError);
    expect(() => validate(given)).toThrow(want);
  });
});
