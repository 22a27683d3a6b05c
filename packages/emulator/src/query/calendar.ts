/** Milliseconds in a day. */
export const dayMs = 86_400_000;

/** A calendar date as whole days since 1970-01-01. */
export type CivilDay = number;

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  const cached = formatters.get(timeZone);
  if (cached) return cached;
  const formatter = new Intl.DateTimeFormat("en-US", {
    timeZone,
    year: "numeric",
    month: "numeric",
    day: "numeric",
    hour: "numeric",
    minute: "numeric",
    second: "numeric",
    hourCycle: "h23",
  });
  formatters.set(timeZone, formatter);
  return formatter;
}

/** How far the zone's wall clock is ahead of UTC at an instant, in milliseconds. */
export function zoneOffsetMs(instant: number, timeZone: string): number {
  const parts: Record<string, number> = {};
  for (const part of formatterFor(timeZone).formatToParts(instant))
    parts[part.type] = Number(part.value);
  const wallClock = Date.UTC(
    parts.year ?? 1970,
    (parts.month ?? 1) - 1,
    parts.day ?? 1,
    parts.hour ?? 0,
    parts.minute ?? 0,
    parts.second ?? 0,
  );
  return wallClock - (instant - (((instant % 1000) + 1000) % 1000));
}

/** The calendar day an instant falls on in a time zone. */
export function civilDayOf(instant: number, timeZone: string): CivilDay {
  return Math.floor((instant + zoneOffsetMs(instant, timeZone)) / dayMs);
}

/** The instant a wall-clock reading (written as if it were UTC) happens at in a time zone. */
export function instantOfWallClock(wallClock: number, timeZone: string): number {
  const guess = wallClock - zoneOffsetMs(wallClock, timeZone);
  return wallClock - zoneOffsetMs(guess, timeZone);
}

/** The instant a calendar day starts in a time zone. */
export function startOfCivilDay(day: CivilDay, timeZone: string): number {
  return instantOfWallClock(day * dayMs, timeZone);
}

/** The calendar day of a year, month (1-12) and day of month; out-of-range parts roll over. */
export function civilDay(year: number, month: number, day: number): CivilDay {
  return Math.floor(Date.UTC(year, month - 1, day) / dayMs);
}

/** The year, month (1-12) and day of month of a calendar day. */
export function dateParts(day: CivilDay): { year: number; month: number; day: number } {
  const date = new Date(day * dayMs);
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
}

/** The number of days in a month (1-12). */
export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** The weekday of a calendar day, 0 for Sunday to 6 for Saturday. */
export function weekdayOf(day: CivilDay): number {
  return (((day + 4) % 7) + 7) % 7;
}

/** The day `months` months later, clamped to the end of a shorter month (Jan 31 + 1 month = Feb 28). */
export function addMonths(day: CivilDay, months: number): CivilDay {
  const parts = dateParts(day);
  const monthIndex = parts.month - 1 + months;
  const year = parts.year + Math.floor(monthIndex / 12);
  const month = (((monthIndex % 12) + 12) % 12) + 1;
  return civilDay(year, month, Math.min(parts.day, daysInMonth(year, month)));
}
