import { ok, rejected, wrongTypeMessage } from "./value-shapes.js";
import type { Normalized } from "./write-context.js";

const datePattern = /^(\d{4})-(\d{2})-(\d{2})$/;
const timePattern = /^(\d{2}):(\d{2})(:\d{2}(\.\d+)?)?$/;

/** A DATE value "YYYY-MM-DD", or null when empty. */
export function dateValue(raw: unknown): Normalized {
  if (raw === null || raw === undefined || raw === "") return ok(null);
  if (typeof raw !== "string") return rejected(null, wrongTypeMessage);
  const match = datePattern.exec(raw);
  const date = new Date(`${raw}T00:00:00Z`);
  if (!match || Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== raw) {
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

/** The instant as kintone writes DATETIME values: UTC, seconds set to zero. */
export function toMinuteUtc(time: Date): string {
  return `${time.toISOString().slice(0, 16)}:00Z`;
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
