import { describe, expect, it } from "vitest";
import {
  parseDate,
  parseDateTime,
  parseDayOrDateTime,
  parseNumber,
  parseSerial,
  parseTime,
} from "./literals.js";

const day = (iso: string): number => Math.floor(Date.parse(iso) / 86_400_000);

describe("literals", () => {
  it.each([
    { given: "10", want: 10 },
    { given: "-2.5", want: -2.5 },
    { given: "1e3", want: undefined },
    { given: "", want: undefined },
    { given: "abc", want: undefined },
  ])("parses number $given", ({ given, want }) => {
    expect(parseNumber(given)).toBe(want);
  });

  it.each([
    { given: "12", want: 12 },
    { given: "APP-12", want: 12 },
    { given: "APP", want: undefined },
  ])("parses record number $given", ({ given, want }) => {
    expect(parseSerial(given)).toBe(want);
  });

  it.each([
    { given: "2024-02-29", want: day("2024-02-29") },
    { given: "2023-02-29", want: undefined },
    { given: "2024-2-1", want: undefined },
    { given: "2024-01-01T00:00:00Z", want: undefined },
  ])("parses date $given", ({ given, want }) => {
    expect(parseDate(given)).toBe(want);
  });

  it.each([
    { given: "2024-01-02T03:04:05Z", timeZone: "UTC", want: ["2024-01-02T03:04:05.000Z"] },
    { given: "2024-01-02T03:04Z", timeZone: "UTC", want: ["2024-01-02T03:04:00.000Z"] },
    { given: "2024-01-02T09:00:00+0900", timeZone: "UTC", want: ["2024-01-02T00:00:00.000Z"] },
    { given: "2024-01-02T09:00:00+09:00", timeZone: "UTC", want: ["2024-01-02T00:00:00.000Z"] },
    { given: "2024-01-02T09:00:00.5-01:00", timeZone: "UTC", want: ["2024-01-02T10:00:00.500Z"] },
    { given: "2024-01-02T09:00:00", timeZone: "Asia/Tokyo", want: ["2024-01-02T00:00:00.000Z"] },
    {
      given: "2024-01-02",
      timeZone: "Asia/Tokyo",
      want: ["2024-01-01T15:00:00.000Z", "2024-01-02T14:59:59.999Z"],
    },
  ])("parses date-time $given in $timeZone", ({ given, timeZone, want }) => {
    const range = parseDateTime(given, timeZone);
    const [from, to = from] = want;
    expect(range && [new Date(range.from).toISOString(), new Date(range.to).toISOString()]).toEqual(
      [from, to],
    );
  });

  it.each(["2024-01-02T24:00:00Z", "2024-13-02T00:00Z", "yesterday", "2024-01-02 03:04"])(
    "rejects date-time %s",
    (given) => {
      expect(parseDateTime(given, "UTC")).toBeUndefined();
    },
  );

  it.each([
    { given: "2024-01-02T20:00:00Z", timeZone: "Asia/Tokyo", want: day("2024-01-03") },
    { given: "2024-01-02", timeZone: "Asia/Tokyo", want: day("2024-01-02") },
    { given: "nope", timeZone: "UTC", want: undefined },
  ])("takes the calendar day of $given in $timeZone", ({ given, timeZone, want }) => {
    expect(parseDayOrDateTime(given, timeZone)).toBe(want);
  });

  it.each([
    { given: "11:30", want: 41_400 },
    { given: "00:00:59", want: 59 },
    { given: "24:00", want: undefined },
    { given: "9:30", want: undefined },
  ])("parses time $given", ({ given, want }) => {
    expect(parseTime(given)).toBe(want);
  });
});
