import {
  type CivilDay,
  civilDay,
  civilDayOf,
  dateParts,
  dayMs,
  instantOfWallClock,
  startOfCivilDay,
} from "./calendar.js";

const numberPattern = /^-?[0-9]+(\.[0-9]+)?$/;
const datePattern = /^([0-9]{4})-([0-9]{2})-([0-9]{2})$/;
const dateTimePattern =
  /^([0-9]{4})-([0-9]{2})-([0-9]{2})T([0-9]{2}):([0-9]{2})(?::([0-9]{2})(?:\.([0-9]{1,3}))?)?(Z|[+-][0-9]{2}:?[0-9]{2})?$/;
const timePattern = /^([0-9]{2}):([0-9]{2})(?::([0-9]{2}))?$/;

/** A decimal number, or undefined when the text is not one. */
export function parseNumber(text: string): number | undefined {
  return numberPattern.test(text) ? Number(text) : undefined;
}

/** The number at the end of a record number ("12", "APP-12"), or undefined. */
export function parseSerial(text: string): number | undefined {
  // A character loop: this runs per record and comparison when sorting by record number.
  let start = text.length;
  while (start > 0 && isDigit(text.charCodeAt(start - 1))) start -= 1;
  return start === text.length ? undefined : Number(text.slice(start));
}

function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}

/** A "YYYY-MM-DD" date as a calendar day, or undefined when malformed or impossible. */
export function parseDate(text: string): CivilDay | undefined {
  const match = datePattern.exec(text);
  if (!match) return undefined;
  return validDay(Number(match[1]), Number(match[2]), Number(match[3]));
}

/**
 * The instants an ISO 8601 date-time names: one instant, or a whole calendar day for a bare date.
 * Date-times without an offset are wall-clock times in the time zone.
 */
export function parseDateTime(
  text: string,
  timeZone: string,
): { from: number; to: number } | undefined {
  const day = parseDate(text);
  if (day !== undefined) {
    return { from: startOfCivilDay(day, timeZone), to: startOfCivilDay(day + 1, timeZone) - 1 };
  }
  const match = dateTimePattern.exec(text);
  if (!match) return undefined;
  const [, year, month, date, hour, minute, second, millis, offset] = match;
  const calendarDay = validDay(Number(year), Number(month), Number(date));
  if (
    calendarDay === undefined ||
    Number(hour) > 23 ||
    Number(minute) > 59 ||
    Number(second ?? 0) > 59
  ) {
    return undefined;
  }
  const sinceMidnight =
    ((Number(hour) * 60 + Number(minute)) * 60 + Number(second ?? 0)) * 1000 +
    Number((millis ?? "").padEnd(3, "0"));
  const wallClock = calendarDay * dayMs + sinceMidnight;
  const instant =
    offset === undefined ? instantOfWallClock(wallClock, timeZone) : wallClock - offsetMs(offset);
  return { from: instant, to: instant };
}

/** A "HH:MM" or "HH:MM:SS" time as seconds since midnight, or undefined. */
export function parseTime(text: string): number | undefined {
  const match = timePattern.exec(text);
  if (!match) return undefined;
  const [hours, minutes, seconds] = [Number(match[1]), Number(match[2]), Number(match[3] ?? 0)];
  if (hours > 23 || minutes > 59 || seconds > 59) return undefined;
  return (hours * 60 + minutes) * 60 + seconds;
}

/** The calendar day a date-time text falls on in the time zone, for DATE fields. */
export function parseDayOrDateTime(text: string, timeZone: string): CivilDay | undefined {
  const day = parseDate(text);
  if (day !== undefined) return day;
  const instants = parseDateTime(text, timeZone);
  return instants === undefined ? undefined : civilDayOf(instants.from, timeZone);
}

function validDay(year: number, month: number, day: number): CivilDay | undefined {
  const result = civilDay(year, month, day);
  const parts = dateParts(result);
  return parts.year === year && parts.month === month && parts.day === day ? result : undefined;
}

function offsetMs(offset: string): number {
  if (offset === "Z") return 0;
  const digits = offset.replace(":", "");
  const sign = digits.startsWith("-") ? -1 : 1;
  return sign * (Number(digits.slice(1, 3)) * 60 + Number(digits.slice(3, 5))) * 60_000;
}
