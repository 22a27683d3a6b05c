import type { FieldType } from "./field-type.js";

/** One choice of a DROP_DOWN, RADIO_BUTTON, CHECK_BOX or MULTI_SELECT field. */
export type FieldOption = { label: string; index: string };

/** A lookup definition on a SINGLE_LINE_TEXT, NUMBER or LINK field. */
export type LookupSettings = {
  relatedApp: { app: string; code?: string };
  relatedKeyField: string;
  fieldMappings: { field: string; relatedField: string }[];
  lookupPickerFields?: string[];
  filterCond?: string;
  sort?: string;
};

/** A field definition as GET /k/v1/app/form/fields.json returns it (extra keys kept as given). */
export type FieldProperty = {
  type: FieldType;
  code: string;
  label?: string;
  noLabel?: boolean;
  required?: boolean;
  unique?: boolean;
  enabled?: boolean;
  maxLength?: string;
  minLength?: string;
  maxValue?: string;
  minValue?: string;
  displayScale?: string;
  defaultValue?: unknown;
  defaultNowValue?: boolean;
  options?: Record<string, FieldOption>;
  lookup?: LookupSettings;
  fields?: Record<string, FieldProperty>;
  readonly [extra: string]: unknown;
};
