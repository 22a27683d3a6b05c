import { describe, expect, it } from "vitest";
import { dateTimeValue, dateValue, localParts, timeValue } from "./date-values.js";
import type { FieldProperty } from "./field-property.js";
import { numberValue } from "./number-value.js";
import { textValue } from "./text-value.js";

const number = (extra: Partial<FieldProperty> = {}): FieldProperty => ({
  type: "NUMBER",
  code: "n",
  ...extra,
});

describe("numberValue", () => {
  it.each([
    { given: "42", want: { value: "42", issues: [] } },
    { given: " 42 ", want: { value: "42", issues: [] } },
    { given: "+3.50", want: { value: "3.50", issues: [] } },
    { given: "1.5e1", want: { value: "15", issues: [] } },
    { given: 7, want: { value: "7", issues: [] } },
    { given: "", want: { value: "", issues: [] } },
    { given: null, want: { value: "", issues: [] } },
    {
      given: "1,000",
      want: {
        value: "",
        issues: [{ suffix: ".value", message: "Only numbers are allowed.", bracket: true }],
      },
    },
  ])("normalizes $given", ({ given, want }) => {
    expect(numberValue(given, number(), false)).toEqual(want);
  });

  it.each([
    { given: "11", property: number({ maxValue: "10" }), message: "The value must be 10 or less." },
    { given: "-1", property: number({ minValue: "0" }), message: "The value must be 0 or more." },
    {
      given: "1".repeat(31),
      property: number(),
      message: "Enter a number with up to 30 digits before and 10 digits after the decimal point.",
    },
  ])("rejects $given against its bounds", ({ given, property, message }) => {
    expect(numberValue(given, property, false).issues).toEqual([{ suffix: ".value", message }]);
  });

  it("stores a non-number in a subtable cell as empty", () => {
    expect(numberValue("abc", number(), true)).toEqual({ value: "", issues: [] });
  });
});

describe("textValue", () => {
  const text = (extra: Partial<FieldProperty> = {}): FieldProperty => ({
    type: "SINGLE_LINE_TEXT",
    code: "t",
    ...extra,
  });
  it.each([
    { given: "abc", property: text({ maxLength: "3" }), want: [] },
    { given: "abcd", property: text({ maxLength: "3" }), want: ["Enter less than 4 characters."] },
    { given: "a", property: text({ minLength: "2" }), want: ["Enter more than 1 characters."] },
    { given: "", property: text({ minLength: "2" }), want: [] },
    { given: "🍣🍣", property: text({ maxLength: "2" }), want: [] },
    { given: ["x"], property: text(), want: ["The value type is invalid."] },
  ])("checks $given", ({ given, property, want }) => {
    expect(textValue(given, property).issues.map((issue) => issue.message)).toEqual(want);
  });
});

describe("date and time values", () => {
  it.each([
    { given: "2024-02-29", want: "2024-02-29" },
    { given: "", want: null },
    { given: "2023-02-29", want: null },
    { given: "2000-02-29", want: "2000-02-29" },
    { given: "1900-02-29", want: null },
    { given: "2024-04-31", want: null },
    { given: "2024-12-31", want: "2024-12-31" },
    { given: "2024-13-01", want: null },
    { given: "2024-00-10", want: null },
    { given: "2024-01-00", want: null },
    { given: "2024/01/01", want: null },
  ])("dateValue($given)", ({ given, want }) => {
    expect(dateValue(given).value).toBe(want);
  });

  it.each([
    { given: "09:05", want: "09:05" },
    { given: "23:59:59", want: "23:59" },
    { given: "24:00", want: null },
    { given: null, want: null },
  ])("timeValue($given)", ({ given, want }) => {
    expect(timeValue(given).value).toBe(want);
  });

  it.each([
    { given: "2024-01-02T03:04:05Z", want: "2024-01-02T03:04:00Z" },
    { given: "2024-01-02T09:04:59+09:00", want: "2024-01-02T00:04:00Z" },
    { given: "", want: "" },
    { given: "2024-01-02", want: "" },
    { given: "2024-01-02T03:04:05.999Z", want: "2024-01-02T03:04:00Z" },
  ])("dateTimeValue($given)", ({ given, want }) => {
    expect(dateTimeValue(given).value).toBe(want);
  });

  it.each([
    { zone: "UTC", want: { date: "2024-12-31", time: "15:30" } },
    { zone: "Asia/Tokyo", want: { date: "2025-01-01", time: "00:30" } },
  ])("localParts in $zone", ({ zone, want }) => {
    expect(localParts(new Date("2024-12-31T15:30:00Z"), zone)).toEqual(want);
  });
});
