import type { ArgumentNode } from "./ast.js";
import {
  addMonths,
  type CivilDay,
  civilDay,
  dateParts,
  daysInMonth,
  weekdayOf,
} from "./calendar.js";
import type { Operand } from "./operand.js";
import { queryError } from "./query-error.js";

/** What functions evaluate against: today in the app's time zone, the instant now, the caller. */
export type FunctionEnvironment = {
  today: CivilDay;
  now: number;
  loginUser: { code: string; primaryOrganization: string | null };
};

/** A function of the kintone query language. */
export type FunctionName =
  | "LOGINUSER"
  | "PRIMARY_ORGANIZATION"
  | "NOW"
  | "TODAY"
  | "YESTERDAY"
  | "TOMORROW"
  | "FROM_TODAY"
  | "THIS_WEEK"
  | "LAST_WEEK"
  | "NEXT_WEEK"
  | "THIS_MONTH"
  | "LAST_MONTH"
  | "NEXT_MONTH"
  | "THIS_YEAR"
  | "LAST_YEAR"
  | "NEXT_YEAR";

type QueryFunction = (args: readonly ArgumentNode[], env: FunctionEnvironment) => Operand;

const minuteMs = 60_000;
const weekdays = ["SUNDAY", "MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY", "SATURDAY"];

/** What each function evaluates to. */
export const queryFunctions = {
  LOGINUSER: (args, env) => noArguments(args, { type: "code", code: env.loginUser.code }),
  // kintone ignores the condition when the caller has no primary organization.
  PRIMARY_ORGANIZATION: (args, env) => {
    const code = env.loginUser.primaryOrganization;
    return noArguments(args, code === null ? { type: "ignored" } : { type: "code", code });
  },
  // DATETIME values are kept to the minute, so NOW() is the current minute.
  NOW: (args, env) => {
    const from = Math.floor(env.now / minuteMs) * minuteMs;
    return noArguments(args, { type: "instants", from, to: from + minuteMs - 1 });
  },
  TODAY: (args, env) => noArguments(args, single(env.today)),
  YESTERDAY: (args, env) => noArguments(args, single(env.today - 1)),
  TOMORROW: (args, env) => noArguments(args, single(env.today + 1)),
  FROM_TODAY: (args, env) => {
    const [amount, unit, ...rest] = args;
    if (amount?.type !== "number" || !/^-?[0-9]+$/.test(amount.text) || rest.length > 0) {
      throw queryError("invalidQuery");
    }
    const count = Number(amount.text);
    switch (wordOf(unit)) {
      case "DAYS":
        return single(env.today + count);
      case "WEEKS":
        return single(env.today + 7 * count);
      case "MONTHS":
        return single(addMonths(env.today, count));
      case "YEARS":
        return single(addMonths(env.today, 12 * count));
      default:
        throw queryError("invalidQuery");
    }
  },
  THIS_WEEK: (args, env) => week(env.today, args),
  LAST_WEEK: (args, env) => week(env.today - 7, args),
  NEXT_WEEK: (args, env) => week(env.today + 7, args),
  THIS_MONTH: (args, env) => month(env.today, 0, args),
  LAST_MONTH: (args, env) => month(env.today, -1, args),
  NEXT_MONTH: (args, env) => month(env.today, 1, args),
  THIS_YEAR: (args, env) => noArguments(args, year(env.today, 0)),
  LAST_YEAR: (args, env) => noArguments(args, year(env.today, -1)),
  NEXT_YEAR: (args, env) => noArguments(args, year(env.today, 1)),
} satisfies Record<FunctionName, QueryFunction>;

/** True when the name is a query function (names are matched exactly, in capitals). */
export function isFunctionName(name: string): name is FunctionName {
  return Object.hasOwn(queryFunctions, name);
}

function noArguments(args: readonly ArgumentNode[], result: Operand): Operand {
  if (args.length > 0) throw queryError("invalidQuery");
  return result;
}

function single(day: CivilDay): Operand {
  return { type: "days", from: day, to: day };
}

function wordOf(arg: ArgumentNode | undefined): string | undefined {
  return arg?.type === "word" ? arg.name : undefined;
}

// Weeks run Sunday to Saturday; a weekday argument picks one day of the week.
function week(day: CivilDay, args: readonly ArgumentNode[]): Operand {
  const sunday = day - weekdayOf(day);
  const [weekday, ...rest] = args;
  if (weekday === undefined) return { type: "days", from: sunday, to: sunday + 6 };
  const index = weekdays.indexOf(wordOf(weekday) ?? "");
  if (index < 0 || rest.length > 0) throw queryError("invalidQuery");
  return single(sunday + index);
}

// A day of month past the month's end means the first of the following month (kintone's docs).
function month(today: CivilDay, shift: number, args: readonly ArgumentNode[]): Operand {
  const parts = dateParts(today);
  const first = civilDay(parts.year, parts.month + shift, 1);
  const { year: y, month: m } = dateParts(first);
  const last = first + daysInMonth(y, m) - 1;
  const [which, ...rest] = args;
  if (rest.length > 0) throw queryError("invalidQuery");
  if (which === undefined) return { type: "days", from: first, to: last };
  if (wordOf(which) === "LAST") return single(last);
  if (which.type !== "number" || !/^[0-9]+$/.test(which.text)) throw queryError("invalidQuery");
  const dayOfMonth = Number(which.text);
  if (dayOfMonth < 1 || dayOfMonth > 31) throw queryError("invalidQuery");
  return single(dayOfMonth > last - first + 1 ? last + 1 : first + dayOfMonth - 1);
}

function year(today: CivilDay, shift: number): Operand {
  const target = dateParts(today).year + shift;
  return { type: "days", from: civilDay(target, 1, 1), to: civilDay(target, 12, 31) };
}
