import {
  type AppDefinitions,
  type FieldDefinition,
  isFieldDefinition,
  isObject,
} from "../load/app-definitions.js";
import type { AppModel, FieldModel, ValueModel } from "./app-model.js";
import { type FieldKind, fieldKinds, isFieldType } from "./field-kinds.js";

/** Turns field definitions into the model of a package: every field, sorted by code, typed through the field-kind table. */
export function buildModel(definitions: AppDefinitions): AppModel {
  const copied = lookupTargets(Object.values(definitions.properties));
  return {
    appId: definitions.appId,
    name: definitions.name,
    revision: definitions.revision,
    preview: definitions.preview,
    fields: buildFields(definitions.properties, { copied, table: undefined }),
  };
}

type Scope = {
  /** Codes of the fields lookups copy into (kintone rejects writes to them). */
  copied: ReadonlySet<string>;
  /** The code of the enclosing table, for fields of a table. */
  table: string | undefined;
};

/** Orders strings by UTF-16 code units, the same everywhere (unlike localeCompare). */
export function compareCodes(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function buildFields(
  properties: Readonly<Record<string, FieldDefinition>>,
  scope: Scope,
): FieldModel[] {
  return Object.keys(properties)
    .sort(compareCodes)
    .map((code) => buildField(code, properties[code], scope));
}

function buildField(code: string, field: FieldDefinition | undefined, scope: Scope): FieldModel {
  const where = JSON.stringify(scope.table === undefined ? code : `${scope.table}.${code}`);
  if (field === undefined) throw new Error(`field ${where} has no definition`);
  if (field.code !== code)
    throw new Error(`field ${where} says its code is ${JSON.stringify(field.code)}`);
  if (!isFieldType(field.type))
    throw new Error(
      `field ${where} has type ${JSON.stringify(field.type)}, which this version of kintone-codegen does not know`,
    );
  const kind: FieldKind = fieldKinds[field.type];
  if (scope.table !== undefined && !kind.inTable)
    throw new Error(`field ${where} has type ${field.type}, which a table cannot hold`);
  const required = field.required === true;
  const model: FieldModel = { code, type: field.type, label: field.label, required };
  if (kind.value?.optionShapes) model.options = optionNames(field, where);
  if (kind.value?.rows)
    model.fields = buildFields(tableFields(field, where), { ...scope, table: code });
  if (kind.value && kind.present(field)) {
    const write =
      kind.value.write !== null && !kind.computed(field) && !scope.copied.has(code)
        ? kind.value.write
        : undefined;
    const value: ValueModel = {
      read: kind.value.read,
      write,
      requiredOnAdd: write !== undefined && required && !kind.hasDefault(field),
    };
    if (kind.value.optionShapes) value.optionShapes = kind.value.optionShapes;
    if (kind.value.rows) value.rows = kind.value.rows;
    model.value = value;
  }
  return model;
}

// Option names in form order (by `index`), ties broken by name so the order never depends on the input.
function optionNames(field: FieldDefinition, where: string): string[] {
  const options = field.options;
  if (!isObject(options)) throw new Error(`field ${where} has no "options" object`);
  const entries = Object.entries(options).map(([name, option]) => {
    const index = isObject(option) ? Number(option.index) : Number.NaN;
    if (Number.isNaN(index))
      throw new Error(`field ${where}: option ${JSON.stringify(name)} needs a numeric "index"`);
    return { name, index };
  });
  return entries
    .sort((a, b) => a.index - b.index || compareCodes(a.name, b.name))
    .map((option) => option.name);
}

function tableFields(field: FieldDefinition, where: string): Record<string, FieldDefinition> {
  const fields = field.fields;
  if (!isObject(fields)) throw new Error(`field ${where} has no "fields" object`);
  return Object.fromEntries(
    Object.entries(fields).map(([code, inner]): [string, FieldDefinition] => {
      if (isFieldDefinition(inner)) return [code, inner];
      throw new Error(
        `field ${where}: fields[${JSON.stringify(code)}] needs string "type", "code" and "label"`,
      );
    }),
  );
}

// Lookups anywhere in the app, tables included, name the fields they copy into.
function lookupTargets(fields: readonly FieldDefinition[]): Set<string> {
  const targets = new Set<string>();
  for (const field of fields) {
    if (isObject(field.fields))
      for (const target of lookupTargets(Object.values(field.fields).filter(isFieldDefinition)))
        targets.add(target);
    const lookup = field.lookup;
    if (!isObject(lookup) || !Array.isArray(lookup.fieldMappings)) continue;
    for (const mapping of lookup.fieldMappings)
      if (isObject(mapping) && typeof mapping.field === "string") targets.add(mapping.field);
  }
  return targets;
}
