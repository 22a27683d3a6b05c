import { dateTimeValue, dateValue, localParts, timeValue, toMinuteUtc } from "./date-values.js";
import type { FieldProperty } from "./field-property.js";
import type { FieldType } from "./field-type.js";
import { numberValue } from "./number-value.js";
import { subtableValue } from "./subtable-value.js";
import { textValue } from "./text-value.js";
import {
  codeList,
  ok,
  optionIssues,
  rejected,
  stringList,
  wrongTypeMessage,
} from "./value-shapes.js";
import type { FileValue, Normalized, WriteContext } from "./write-context.js";

/** How a write request treats a field: written, written only when adding, or ignored. */
export type WriteMode = "value" | "addOnly" | "ignored";

/** Whether records hold a value for the field: always, never, or while its feature is enabled. */
export type Storage = "always" | "never" | "whenEnabled";

/** Everything that depends on a field's type when records are written and read. */
export type FieldBehavior = {
  write: WriteMode;
  storage: Storage;
  /** Key suffix of the "Required." message, or null when the field cannot be required. */
  requiredSuffix: string | null;
  /** True when the field may forbid duplicate values. */
  uniqueable: boolean;
  /** The settings GET app/form/fields.json reports for the type, with kintone's defaults. */
  attributes: Readonly<Record<string, unknown>>;
  /** The value a record holds when nothing was written. */
  empty(): unknown;
  /** Checks and normalizes a written value; `current` is the value before an update. */
  normalize(raw: unknown, property: FieldProperty, ctx: WriteContext, current: unknown): Normalized;
  /** The value an added record gets when the request leaves the field out. */
  defaultValue(property: FieldProperty, ctx: WriteContext): unknown;
};

const none = (): Normalized => ok(undefined);

const labelled = { noLabel: false };
const toggled = { enabled: false };
const textAttributes = {
  required: false,
  defaultValue: "",
  unique: false,
  minLength: "",
  maxLength: "",
};
const numberDisplay = { displayScale: "", unit: "", unitPosition: "BEFORE" };

const system = (
  empty: () => unknown,
  attributes: Record<string, unknown>,
  storage: Storage = "always",
): FieldBehavior => ({
  write: "ignored",
  storage,
  requiredSuffix: null,
  uniqueable: false,
  attributes,
  empty,
  normalize: none,
  defaultValue: empty,
});

const text = (uniqueable: boolean, attributes: Record<string, unknown>): FieldBehavior => ({
  write: "value",
  storage: "always",
  requiredSuffix: ".value",
  uniqueable,
  attributes: { ...labelled, ...attributes },
  empty: () => "",
  normalize: (raw, property) => textValue(raw, property),
  defaultValue: (property) =>
    typeof property.defaultValue === "string" ? property.defaultValue : "",
});

// kintone keeps a radio button set (its default is the first option) and lets a drop-down be null.
const singleChoice = (
  empty: null | "",
  firstOptionByDefault: boolean,
  attributes: Record<string, unknown>,
): FieldBehavior => ({
  write: "value",
  storage: "always",
  requiredSuffix: ".value",
  uniqueable: false,
  attributes: { ...labelled, defaultValue: "", options: {}, ...attributes },
  empty: () => empty,
  normalize(raw, property) {
    if (raw === null || raw === undefined || raw === "") return ok(empty);
    if (typeof raw !== "string") return rejected(empty, wrongTypeMessage);
    return { value: raw, issues: optionIssues([raw], property.options, false) };
  },
  defaultValue(property) {
    if (typeof property.defaultValue === "string" && property.defaultValue !== "")
      return property.defaultValue;
    const first = Object.entries(property.options ?? {}).sort(
      ([, a], [, b]) => Number(a.index) - Number(b.index),
    )[0];
    return firstOptionByDefault && first ? first[0] : empty;
  },
});

const multiChoice = (attributes: Record<string, unknown>): FieldBehavior => ({
  write: "value",
  storage: "always",
  requiredSuffix: ".values",
  uniqueable: false,
  attributes: { ...labelled, required: false, defaultValue: [], options: {}, ...attributes },
  empty: () => [],
  normalize(raw, property) {
    const values = stringList(raw);
    if (!values) return rejected([], wrongTypeMessage, ".values");
    return { value: values, issues: optionIssues(values, property.options, true) };
  },
  defaultValue: (property) => (Array.isArray(property.defaultValue) ? property.defaultValue : []),
});

const entities = (
  resolve: (ctx: WriteContext, code: string) => { code: string; name: string },
  defaultEntity: (
    ctx: WriteContext,
    entry: { code: string; type: string },
  ) => { code: string; name: string } | undefined,
): FieldBehavior => ({
  write: "value",
  storage: "always",
  requiredSuffix: ".values.value",
  uniqueable: false,
  attributes: { ...labelled, required: false, defaultValue: [], entities: [] },
  empty: () => [],
  normalize(raw, _property, ctx) {
    const codes = codeList(raw);
    if (!codes) return rejected([], wrongTypeMessage, ".values.value");
    return ok(codes.map((code) => resolve(ctx, code)));
  },
  defaultValue(property, ctx) {
    const entries = Array.isArray(property.defaultValue) ? property.defaultValue : [];
    return entries.flatMap(
      (entry: { code: string; type: string }) => defaultEntity(ctx, entry) ?? [],
    );
  },
});

const who = (): FieldBehavior => ({
  write: "addOnly",
  storage: "always",
  requiredSuffix: null,
  uniqueable: false,
  attributes: labelled,
  empty: () => ({ code: "", name: "" }),
  normalize(raw, _property, ctx) {
    const code =
      typeof raw === "object" && raw !== null ? (raw as { code?: unknown }).code : undefined;
    if (typeof code !== "string") return rejected({ code: "", name: "" }, wrongTypeMessage);
    return ok(ctx.user(code));
  },
  defaultValue: (_property, ctx) => ctx.actor,
});

const when = (): FieldBehavior => ({
  write: "addOnly",
  storage: "always",
  requiredSuffix: null,
  uniqueable: false,
  attributes: labelled,
  empty: () => "",
  normalize: (raw) => dateTimeValue(raw),
  defaultValue: (_property, ctx) => toMinuteUtc(ctx.now),
});

/** The key suffix of a field's "Required." message, or null when it cannot be required. */
export function requiredSuffixOf(property: FieldProperty): string | null {
  return fieldTypes[property.type].requiredSuffix;
}

/** The one place where behavior depends on a field's type. */
export const fieldTypes = {
  __ID__: system(() => "", {}),
  __REVISION__: system(() => "1", {}),
  RECORD_NUMBER: system(() => "", labelled),
  CREATOR: who(),
  CREATED_TIME: when(),
  MODIFIER: who(),
  UPDATED_TIME: when(),
  SINGLE_LINE_TEXT: text(true, { ...textAttributes, expression: "", hideExpression: false }),
  MULTI_LINE_TEXT: text(false, { required: false, defaultValue: "" }),
  RICH_TEXT: text(false, { required: false, defaultValue: "" }),
  LINK: text(true, { ...textAttributes, protocol: "WEB" }),
  NUMBER: {
    write: "value",
    storage: "always",
    requiredSuffix: ".value",
    uniqueable: true,
    attributes: {
      ...labelled,
      required: false,
      defaultValue: "",
      unique: false,
      minValue: "",
      maxValue: "",
      digit: false,
      ...numberDisplay,
    },
    empty: () => "",
    normalize: (raw, property, ctx) => numberValue(raw, property, ctx.inSubtable),
    defaultValue: (property) =>
      typeof property.defaultValue === "string" ? property.defaultValue : "",
  },
  // chosen: formulas are not evaluated; CALC fields hold an empty value.
  CALC: system(() => "", {
    ...labelled,
    required: false,
    expression: "",
    hideExpression: false,
    format: "NUMBER",
    ...numberDisplay,
  }),
  CHECK_BOX: multiChoice({ align: "HORIZONTAL" }),
  MULTI_SELECT: multiChoice({}),
  RADIO_BUTTON: singleChoice("", true, { required: true, align: "HORIZONTAL" }),
  DROP_DOWN: singleChoice(null, false, { required: false }),
  USER_SELECT: entities(
    (ctx, code) => ctx.user(code),
    (ctx, entry) =>
      entry.type === "FUNCTION" && entry.code === "LOGINUSER()"
        ? ctx.actor
        : entry.type === "USER"
          ? ctx.user(entry.code)
          : undefined,
  ),
  ORGANIZATION_SELECT: entities(
    (ctx, code) => ctx.organization(code),
    (ctx, entry) => (entry.type === "ORGANIZATION" ? ctx.organization(entry.code) : undefined),
  ),
  GROUP_SELECT: entities(
    (ctx, code) => ctx.group(code),
    (ctx, entry) => (entry.type === "GROUP" ? ctx.group(entry.code) : undefined),
  ),
  DATE: {
    write: "value",
    storage: "always",
    requiredSuffix: ".value",
    attributes: {
      ...labelled,
      required: false,
      defaultValue: "",
      defaultNowValue: false,
      unique: false,
    },
    uniqueable: true,
    empty: () => null,
    normalize: (raw) => dateValue(raw),
    defaultValue: (property, ctx) =>
      property.defaultNowValue
        ? localParts(ctx.now, ctx.timeZone).date
        : dateValue(property.defaultValue).value,
  },
  TIME: {
    write: "value",
    storage: "always",
    requiredSuffix: ".value",
    attributes: { ...labelled, required: false, defaultValue: "", defaultNowValue: false },
    uniqueable: false,
    empty: () => null,
    normalize: (raw) => timeValue(raw),
    defaultValue: (property, ctx) =>
      property.defaultNowValue
        ? localParts(ctx.now, ctx.timeZone).time
        : timeValue(property.defaultValue).value,
  },
  DATETIME: {
    write: "value",
    storage: "always",
    requiredSuffix: ".value",
    attributes: {
      ...labelled,
      required: false,
      defaultValue: "",
      defaultNowValue: false,
      unique: false,
    },
    uniqueable: true,
    empty: () => "",
    normalize: (raw) => dateTimeValue(raw),
    defaultValue: (property, ctx) =>
      property.defaultNowValue ? toMinuteUtc(ctx.now) : dateTimeValue(property.defaultValue).value,
  },
  FILE: {
    write: "value",
    storage: "always",
    requiredSuffix: ".values",
    uniqueable: false,
    attributes: { ...labelled, required: false, thumbnailSize: "150" },
    empty: () => [],
    normalize(raw, _property, ctx, current) {
      if (raw === null || raw === undefined) return ok([]);
      if (!Array.isArray(raw)) return rejected([], wrongTypeMessage, ".values");
      const kept = (current as FileValue[] | undefined) ?? [];
      return ok(
        raw.map((item: { fileKey?: unknown }) => ctx.attachFile(String(item?.fileKey ?? ""), kept)),
      );
    },
    defaultValue: () => [],
  },
  SUBTABLE: {
    write: "value",
    storage: "always",
    requiredSuffix: null,
    uniqueable: false,
    attributes: { ...labelled, fields: {} },
    empty: () => [],
    normalize: (raw, property, ctx, current) =>
      subtableValue(raw, property, ctx, current, requiredSuffixOf),
    defaultValue: () => [],
  },
  CATEGORY: system(() => [], toggled, "whenEnabled"),
  STATUS: system(() => "", toggled, "whenEnabled"),
  STATUS_ASSIGNEE: system(() => [], toggled, "whenEnabled"),
  REFERENCE_TABLE: system(() => undefined, labelled, "never"),
  GROUP: system(() => undefined, { ...labelled, openGroup: false }, "never"),
} satisfies Record<FieldType, FieldBehavior>;
