/** A field definition as GET app/form/fields.json returns it; settings beyond type, code and label are read structurally. */
export type FieldDefinition = {
  readonly type: string;
  readonly code: string;
  readonly label: string;
  readonly [setting: string]: unknown;
};

/** Everything the pipeline generates from: the app, its field-definition revision and its fields. */
export type AppDefinitions = {
  /** The app ID, as kintone returns it (a decimal string). */
  appId: string;
  /** The app name. */
  name: string;
  /** The revision of the app settings the fields were read at. */
  revision: string;
  /** True when the fields are the app's pre-live (preview) settings. */
  preview: boolean;
  /** The fields keyed by field code. */
  properties: Readonly<Record<string, FieldDefinition>>;
};

/** True for an object with the string `type`, `code` and `label` every field definition has. */
export function isFieldDefinition(value: unknown): value is FieldDefinition {
  return (
    isObject(value) &&
    typeof value.type === "string" &&
    typeof value.code === "string" &&
    typeof value.label === "string"
  );
}

/** True for a plain JSON object (not null, not an array). */
export function isObject(value: unknown): value is Readonly<Record<string, unknown>> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
