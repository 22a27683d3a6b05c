import { ok, rejected, wrongTypeMessage } from "./value-shapes.js";
import type { Normalized } from "./write-context.js";

const datePattern = /^(\d{4})-(\d{2})-(\d{2})$/;
const timePattern = /^(\d{2}):(\d{2})(:\d{2}(\.\d+)?)?$/;

/** A DATE value "YYYY-MM-DD", or null when empty. */
export function dateValue(raw: unknown): Normalized {
  if (raw === null || raw === undefined || raw === "") return ok(null);
  if (typeof raw !== "string") return rejected(null, wrongTypeMessage);
  const match = datePattern.exec(raw);
  if (!match || !isCalendarDate(Number(match[1]), Number(match[2]), Number(match[3]))) {
    return rejected(null, "Enter a date in the YYYY-MM-DD format.");
  }
  return ok(raw);
}

/** A TIME value "HH:MM" (seconds dropped), or null when empty. */
export function timeValue(raw: unknown): Normalized {
  if (raw === null || raw === undefined || raw === "") return ok(null);
  if (typeof raw !== "string") return rejected(null, wrongTypeMessage);
  const match = timePattern.exec(raw);
  if (!match || Number(match[1]) > 23 || Number(match[2]) > 59) {
    return rejected(null, "Enter a time in the HH:MM format.");
  }
  return ok(`${match[1]}:${match[2]}`);
}

/** A DATETIME value in UTC to the minute ("2024-01-02T03:04:00Z"), or "" when empty. */
export function dateTimeValue(raw: unknown): Normalized {
  if (raw === null || raw === undefined || raw === "") return ok("");
  if (typeof raw !== "string" || !/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/.test(raw)) {
    return rejected("", "Enter a date and time in ISO 8601 format.");
  }
  const time = new Date(raw);
  if (Number.isNaN(time.getTime()))
    return rejected("", "Enter a date and time in ISO 8601 format.");
  return ok(toMinuteUtc(time));
}

// Every record a request writes is stamped with the same instant: format it once.
let lastMinute = { time: Number.NaN, text: "" };

/** The instant as kintone writes DATETIME values: UTC, seconds set to zero. */
export function toMinuteUtc(time: Date): string {
  if (time.getTime() !== lastMinute.time) {
    lastMinute = { time: time.getTime(), text: `${time.toISOString().slice(0, 16)}:00Z` };
  }
  return lastMinute.text;
}

// Arithmetic, not a Date round trip: DATE values are validated for every record written.
function isCalendarDate(year: number, month: number, day: number): boolean {
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  const days = month === 2 ? (leap ? 29 : 28) : [4, 6, 9, 11].includes(month) ? 30 : 31;
  return month >= 1 && month <= 12 && day >= 1 && day <= days;
}

/** The calendar date and clock time of an instant in a time zone. */
export function localParts(time: Date, timeZone: string): { date: string; time: string } {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat("en-CA", {
      timeZone,
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
      hour: "2-digit",
      minute: "2-digit",
      hourCycle: "h23",
    })
      .formatToParts(time)
      .map((part) => [part.type, part.value]),
  );
  return {
    date: `${parts.year}-${parts.month}-${parts.day}`,
    time: `${parts.hour}:${parts.minute}`,
  };
}
