import type { KintoneClient } from "@kintone-typed/client";
import type { AppDefinitions, FieldDefinition } from "./app-definitions.js";

/** Which app to read, and whether to read its pre-live (preview) fields. */
export type LoadTarget = { app: string; preview: boolean };

/** Reads the app's name and its field definitions (live or preview) through the client. */
export async function loadDefinitions(
  client: KintoneClient,
  target: LoadTarget,
): Promise<AppDefinitions> {
  // Sequential on purpose: an unknown app fails on the first call with kintone's own error.
  const app = await client.app.getApp({ id: target.app });
  const form = await client.app.getFormFields({ app: target.app }, { preview: target.preview });
  // fromEntries defines own properties, so a field code such as `__proto__` stays a field.
  const properties = Object.fromEntries(
    Object.entries(form.properties).map(([code, property]): [string, FieldDefinition] => [
      code,
      { ...property },
    ]),
  );
  return {
    appId: app.appId,
    name: app.name,
    revision: form.revision,
    preview: target.preview,
    properties,
  };
}
