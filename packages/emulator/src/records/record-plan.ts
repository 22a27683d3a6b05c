import type { AppSettings } from "../apps/app-state.js";
import type { FieldProperty } from "../fields/field-property.js";
import type { FieldType } from "../fields/field-type.js";
import { type FieldBehavior, fieldTypes } from "../fields/field-types.js";

/** A field as record writes visit it: its code, its settings and its type's behaviour. */
export type PlannedField = { code: string; property: FieldProperty; behavior: FieldBehavior };

/** The fields of an app's settings that each record write visits, grouped by what it does with them. */
export type RecordPlan = {
  /** Fields records hold a value for (enabled features only), in form order. */
  stored: PlannedField[];
  /** Fields checked once values are known: required ones that can be, and unique ones. */
  checked: PlannedField[];
  /** Fields that copy values from another app. */
  lookups: PlannedField[];
  /** Every field of the types whose values the emulator sets itself. */
  system: Record<SystemType, PlannedField[]>;
};

type SystemType = "RECORD_NUMBER" | "MODIFIER" | "UPDATED_TIME" | "STATUS" | "STATUS_ASSIGNEE";

const systemTypes: readonly SystemType[] = [
  "RECORD_NUMBER",
  "MODIFIER",
  "UPDATED_TIME",
  "STATUS",
  "STATUS_ASSIGNEE",
];

// Deploys replace an app's live settings with a new object and nothing changes them in place,
// so a plan worked out for one settings object stays right for as long as that object is used.
const plans = new WeakMap<AppSettings, RecordPlan>();

/** The record plan of live settings, worked out on first use. */
export function recordPlanOf(settings: AppSettings): RecordPlan {
  let plan = plans.get(settings);
  if (!plan) {
    plan = buildRecordPlan(settings);
    plans.set(settings, plan);
  }
  return plan;
}

function buildRecordPlan(settings: AppSettings): RecordPlan {
  const fields = Object.entries(settings.fields).map(
    ([code, property]): PlannedField => ({ code, property, behavior: fieldTypes[property.type] }),
  );
  const ofType = (type: FieldType) => fields.filter(({ property }) => property.type === type);
  return {
    stored: fields.filter(({ property, behavior }) => isStored(property, behavior, settings)),
    checked: fields.filter(
      ({ property, behavior }) =>
        (property.required && behavior.requiredSuffix) || (property.unique && behavior.uniqueable),
    ),
    lookups: fields.filter(({ property }) => property.lookup),
    system: Object.fromEntries(systemTypes.map((type) => [type, ofType(type)])) as Record<
      SystemType,
      PlannedField[]
    >,
  };
}

function isStored(
  property: FieldProperty,
  behavior: FieldBehavior,
  settings: AppSettings,
): boolean {
  if (behavior.storage !== "whenEnabled") return behavior.storage === "always";
  return property.type === "CATEGORY" ? property.enabled === true : settings.process.enable;
}
