import { dayMs, startOfCivilDay } from "./calendar.js";
import {
  parseDateTime,
  parseDayOrDateTime,
  parseNumber,
  parseSerial,
  parseTime,
} from "./literals.js";
import { type Interval, orderedKind } from "./ordered-kind.js";
import { queryError } from "./query-error.js";
import { containsPattern, listKind, stringKind } from "./text-kinds.js";
import type { SortKey, ValueKindSpec } from "./value-kind-spec.js";

/** How a field's stored value is read and compared. */
export type ValueKind =
  | "text"
  | "number"
  | "serial"
  | "date"
  | "datetime"
  | "time"
  | "choice"
  | "choices"
  | "entity"
  | "entities"
  | "files"
  | "none";

/** The value-kind behaviour table. */
export const valueKinds: Readonly<Record<ValueKind, ValueKindSpec>> = {
  text: stringKind(readText),
  number: orderedKind(
    (raw) => (typeof raw === "string" ? parseNumber(raw) : undefined),
    (operand) => point(operand.type === "text" ? parseNumber(operand.text) : undefined),
  ),
  serial: orderedKind(
    (raw) => (typeof raw === "string" ? parseSerial(raw) : undefined),
    (operand) => point(operand.type === "text" ? parseSerial(operand.text) : undefined),
  ),
  date: orderedKind(readDay, (operand, timeZone) => {
    if (operand.type === "days") return operand;
    return point(operand.type === "text" ? parseDayOrDateTime(operand.text, timeZone) : undefined);
  }),
  datetime: orderedKind(readInstant, (operand, timeZone) => {
    if (operand.type === "instants") return operand;
    if (operand.type === "days") {
      return {
        from: startOfCivilDay(operand.from, timeZone),
        to: startOfCivilDay(operand.to + 1, timeZone) - 1,
      };
    }
    const instants = operand.type === "text" ? parseDateTime(operand.text, timeZone) : undefined;
    if (!instants) throw queryError("invalidQuery");
    return instants;
  }),
  time: orderedKind(
    (raw) => (typeof raw === "string" ? parseTime(raw) : undefined),
    (operand) => point(operand.type === "text" ? parseTime(operand.text) : undefined),
  ),
  choice: { ...stringKind(readText), sortKey: optionSortKey },
  choices: listKind((element) => (typeof element === "string" ? element : undefined)),
  entity: stringKind(codeOf),
  entities: listKind(codeOf),
  files: {
    ...listKind(nameOf),
    contains: (needle) => {
      const pattern = containsPattern(needle);
      return (raw) => {
        if (!Array.isArray(raw)) return false;
        for (const file of raw) if (pattern.test(nameOf(file) ?? "")) return true;
        return false;
      };
    },
  },
  none: {},
};

function point(value: number | undefined): Interval {
  if (value === undefined) throw queryError("invalidQuery");
  return { from: value, to: value };
}

// Whitespace-only text counts as empty, like kintone's `is empty`.
function readText(raw: unknown): string | undefined {
  return typeof raw === "string" && raw.trim() !== "" ? raw : undefined;
}

function codeOf(raw: unknown): string | undefined {
  if (typeof raw !== "object" || raw === null || !("code" in raw)) return undefined;
  return typeof raw.code === "string" && raw.code !== "" ? raw.code : undefined;
}

function nameOf(raw: unknown): string | undefined {
  if (typeof raw !== "object" || raw === null || !("name" in raw)) return undefined;
  return typeof raw.name === "string" ? raw.name : undefined;
}

function readInstant(raw: unknown): number | undefined {
  if (typeof raw !== "string" || raw === "") return undefined;
  const instant = Date.parse(raw);
  return Number.isNaN(instant) ? undefined : instant;
}

// DATE values parse to UTC midnight, so dividing by a day gives the calendar day.
function readDay(raw: unknown): number | undefined {
  const instant = readInstant(raw);
  return instant === undefined ? undefined : Math.floor(instant / dayMs);
}

// Drop-downs and radio buttons sort in the order their options are listed.
function optionSortKey(options: readonly string[] | undefined): SortKey {
  if (options === undefined) return readText;
  const order = new Map(options.map((option, index) => [option, index]));
  return (raw) => (typeof raw === "string" ? order.get(raw) : undefined);
}
