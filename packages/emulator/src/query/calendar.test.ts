import { describe, expect, it } from "vitest";
import {
  addMonths,
  civilDay,
  civilDayOf,
  dateParts,
  daysInMonth,
  startOfCivilDay,
  weekdayOf,
  zoneOffsetMs,
} from "./calendar.js";

const day = (iso: string): number => Math.floor(Date.parse(iso) / 86_400_000);
const isoDay = (value: number): string => new Date(value * 86_400_000).toISOString().slice(0, 10);

describe("calendar", () => {
  it.each([
    { instant: "2024-03-15T16:30:00Z", timeZone: "UTC", want: "2024-03-15" },
    { instant: "2024-03-15T16:30:00Z", timeZone: "Asia/Tokyo", want: "2024-03-16" },
    { instant: "2024-03-15T14:59:59Z", timeZone: "Asia/Tokyo", want: "2024-03-15" },
    { instant: "2024-03-15T15:00:00Z", timeZone: "Asia/Tokyo", want: "2024-03-16" },
    { instant: "2024-03-10T04:59:59Z", timeZone: "America/New_York", want: "2024-03-09" },
  ])("puts $instant on $want in $timeZone", ({ instant, timeZone, want }) => {
    expect(isoDay(civilDayOf(Date.parse(instant), timeZone))).toBe(want);
  });

  it.each([
    { date: "2024-03-16", timeZone: "UTC", want: "2024-03-16T00:00:00.000Z" },
    { date: "2024-03-16", timeZone: "Asia/Tokyo", want: "2024-03-15T15:00:00.000Z" },
    { date: "2024-03-10", timeZone: "America/New_York", want: "2024-03-10T05:00:00.000Z" },
    { date: "2024-03-11", timeZone: "America/New_York", want: "2024-03-11T04:00:00.000Z" },
  ])("starts $date in $timeZone at $want", ({ date, timeZone, want }) => {
    expect(new Date(startOfCivilDay(day(date), timeZone)).toISOString()).toBe(want);
  });

  it.each([
    { instant: "2024-01-01T00:00:00Z", timeZone: "UTC", want: 0 },
    { instant: "2024-01-01T00:00:00Z", timeZone: "Asia/Tokyo", want: 9 * 3_600_000 },
    { instant: "2024-07-01T00:00:00.500Z", timeZone: "America/New_York", want: -4 * 3_600_000 },
  ])("knows $timeZone is $want ms from UTC at $instant", ({ instant, timeZone, want }) => {
    expect(zoneOffsetMs(Date.parse(instant), timeZone)).toBe(want);
  });

  it.each([
    { from: "2024-01-31", months: 1, want: "2024-02-29" },
    { from: "2023-01-31", months: 1, want: "2023-02-28" },
    { from: "2024-03-15", months: -3, want: "2023-12-15" },
    { from: "2024-02-29", months: 12, want: "2025-02-28" },
    { from: "2024-05-31", months: -14, want: "2023-03-31" },
  ])("adds $months months to $from", ({ from, months, want }) => {
    expect(isoDay(addMonths(day(from), months))).toBe(want);
  });

  it("names weekdays from Sunday", () => {
    expect(weekdayOf(day("2024-03-10"))).toBe(0);
    expect(weekdayOf(day("2024-03-16"))).toBe(6);
    expect(weekdayOf(day("1969-12-31"))).toBe(3);
  });

  it("converts between days and their parts", () => {
    expect(isoDay(civilDay(2024, 13, 1))).toBe("2025-01-01");
    expect(dateParts(day("2024-02-29"))).toEqual({ year: 2024, month: 2, day: 29 });
    expect(daysInMonth(2024, 2)).toBe(29);
    expect(daysInMonth(2023, 2)).toBe(28);
  });
});
