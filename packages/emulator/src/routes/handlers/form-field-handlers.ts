import { changePreview } from "../../apps/preview-settings.js";
import { withSystemFields } from "../../apps/system-fields.js";
import { kintoneError, validationError } from "../../errors/error-catalog.js";
import { completeProperty } from "../../fields/complete-property.js";
import type { FieldProperty } from "../../fields/field-property.js";
import { isFieldType } from "../../fields/field-type.js";
import { fieldTypes } from "../../fields/field-types.js";
import { appFor } from "../app-for.js";
import { stringArray } from "../params.js";
import type { RequestContext } from "../route.js";
import { settingsFor } from "../settings-for.js";

/** GET (preview/)app/form/fields.json: the field definitions, system fields included. */
export function getFormFields(preview: boolean): (ctx: RequestContext) => unknown {
  return (ctx) => {
    const { settings } = settingsFor(ctx, preview);
    return {
      properties: withSystemFields(settings.fields, settings.process.enable),
      revision: String(settings.revision),
    };
  };
}

function properties(ctx: RequestContext): Record<string, Record<string, unknown>> {
  const value = ctx.params.properties;
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    throw validationError({ properties: ["Required field."] });
  }
  return value as Record<string, Record<string, unknown>>;
}

/** POST preview/app/form/fields.json: adds fields to the preview settings. */
export function addFormFields(ctx: RequestContext): unknown {
  const app = appFor(ctx, "manage");
  const added = properties(ctx);
  return changePreview(ctx, app, (settings) => {
    for (const [code, property] of Object.entries(added)) {
      if (settings.fields[code]) {
        throw validationError({
          [`properties.${code}.code`]: ["The field code is already in use."],
        });
      }
      if (
        !isFieldType(property.type) ||
        (fieldTypes[property.type].write === "ignored" && property.type !== "CALC")
      ) {
        throw validationError({ [`properties.${code}.type`]: ["must be one of the enum value"] });
      }
      settings.fields[code] = completeProperty(code, property as FieldProperty);
    }
    return settings;
  });
}

/** PUT preview/app/form/fields.json: changes existing fields of the preview settings. */
export function updateFormFields(ctx: RequestContext): unknown {
  const app = appFor(ctx, "manage");
  const changed = properties(ctx);
  return changePreview(ctx, app, (settings) => {
    for (const [code, property] of Object.entries(changed)) {
      const existing = Object.values(
        withSystemFields(settings.fields, settings.process.enable),
      ).find((field) => field.code === code);
      if (!existing) throw kintoneError("fieldNotFound", code);
      settings.fields[code] = completeProperty(code, {
        ...existing,
        ...property,
        type: existing.type,
      } as FieldProperty);
    }
    return settings;
  });
}

/** DELETE preview/app/form/fields.json: removes fields from the preview settings. */
export function deleteFormFields(ctx: RequestContext): unknown {
  const app = appFor(ctx, "manage");
  const codes = stringArray(ctx.params, "fields") ?? [];
  if (codes.length === 0) throw validationError({ fields: ["Required field."] });
  return changePreview(ctx, app, (settings) => {
    for (const code of codes) {
      if (!settings.fields[code]) throw kintoneError("fieldNotFound", code);
      delete settings.fields[code];
    }
    return settings;
  });
}
