import type { AppModel, FieldModel, OptionShape, ValueModel } from "../build/app-model.js";
import { compareCodes } from "../build/build-model.js";
import type { EntryNode, PropertyNode, SourceModel, TypeNode, ValueNode } from "./source-model.js";
import { t } from "./source-model.js";

/** Where the field value types come from. */
export const typesPackage = "@kintone-typed/types";

/** How a value's option names become a type, per option shape. */
const optionTypes = {
  one: (names) => t.union(names.map(t.string)),
  oneOrNull: (names) => t.union([...names.map(t.string), t.null]),
  oneOrBlank: (names) => t.union([...names.map(t.string), t.string(""), t.null]),
  many: (names) => t.array(t.union(names.map(t.string))),
} satisfies Record<OptionShape, (names: readonly string[]) => TypeNode>;

// Every record has these two besides its fields.
const recordIdentity: readonly { code: string; type: string; doc: string }[] = [
  { code: "$id", type: "IdFieldValue", doc: "The record ID." },
  { code: "$revision", type: "RevisionFieldValue", doc: "The revision of the record." },
];

const byCodeHelper = `// Field codes key null-prototype objects, so codes such as \`constructor\` or \`__proto__\` find only fields.
function byCode<const T extends object>(entries: T): Readonly<T> {
  const map: object = Object.create(null);
  return Object.freeze(Object.assign(map, entries));
}`;

type WriteMode = "add" | "update";

// Table rows as in the library's SubtableRow; written rows name an existing row by an IdInput.
const rowShapes = { read: "SubtableRow", writeId: "IdInput" } as const;

// Every object type has the members of TypeScript's Object interface, so an object literal that
// leaves out a field named like one of them does not type-check against an optional property.
const objectMembers: ReadonlySet<string> = new Set([
  "constructor",
  "hasOwnProperty",
  "isPrototypeOf",
  "propertyIsEnumerable",
  "toLocaleString",
  "toString",
  "valueOf",
]);

/** Builds the module `src/index.ts` of a generated package: `appId`, `revision`, `fields` and the record types. */
export function emitIndex(model: AppModel, generator: string): SourceModel {
  const imports = new Set<string>();
  const ref = (name: string): TypeNode => {
    imports.add(name);
    return t.ref(name);
  };
  // Narrowed values are object types of their own (cheaper for the compiler than intersections),
  // typed from the library's read shape, so they stay assignable to its read and write value types.
  const narrowed = (value: ValueModel, mode: "read" | WriteMode, narrow: TypeNode): TypeNode =>
    t.object([
      member("type", mode !== "read", t.indexed(ref(value.read), "type")),
      member("value", false, narrow),
    ]);
  const row = (mode: "read" | WriteMode, cells: readonly PropertyNode[]): TypeNode =>
    t.object([
      mode === "read"
        ? member("id", false, t.indexed(ref(rowShapes.read), "id"))
        : member("id", true, ref(rowShapes.writeId)),
      member("value", false, t.object(cells)),
    ]);

  const readType = (field: FieldModel, value: ValueModel): TypeNode => {
    if (value.rows) {
      const cells = (field.fields ?? []).flatMap((cell) =>
        cell.value ? [fieldMember(cell, false, readType(cell, cell.value))] : [],
      );
      return narrowed(value, "read", t.array(row("read", cells)));
    }
    if (value.optionShapes)
      return narrowed(value, "read", optionTypes[value.optionShapes.read](field.options ?? []));
    return ref(value.read);
  };

  const writeMembers = (fields: readonly FieldModel[], mode: WriteMode): PropertyNode[] =>
    fields.flatMap((field) => {
      const value = field.value;
      if (value?.write === undefined) return [];
      const optional = mode === "update" || !value.requiredOnAdd;
      const property = fieldMember(field, optional, writeType(field, value, value.write, mode));
      if (objectMembers.has(field.code))
        property.doc = [
          property.doc,
          `Every object seems to have ${field.code} to TypeScript: name this field in each write.`,
        ]
          .filter((part) => part !== undefined)
          .join("\n\n");
      return [property];
    });

  const writeType = (
    field: FieldModel,
    value: ValueModel,
    write: string,
    mode: WriteMode,
  ): TypeNode => {
    if (value.rows)
      return narrowed(value, mode, t.array(row(mode, writeMembers(field.fields ?? [], mode))));
    if (value.optionShapes)
      return narrowed(value, mode, optionTypes[value.optionShapes.write](field.options ?? []));
    return ref(write);
  };

  const saved = [
    ...recordIdentity.map((system) => ({
      name: system.code,
      quoted: true,
      optional: false,
      doc: system.doc,
      type: ref(system.type),
    })),
    ...model.fields.flatMap((field) =>
      field.value ? [fieldMember(field, false, readType(field, field.value))] : [],
    ),
  ].sort((a, b) => compareCodes(a.name, b.name));
  const forAdd = writeMembers(model.fields, "add");
  const forUpdate = writeMembers(model.fields, "update");

  const source = model.preview ? "pre-live field definitions" : "field definitions";
  return {
    header: [
      `Generated by kintone-codegen (${generator}) from the ${source} of app ${model.appId} ${JSON.stringify(model.name)}, revision ${model.revision}.`,
      "Do not edit: run kintone-codegen again to regenerate.",
    ],
    typeImports: { from: typesPackage, names: [...imports].sort(compareCodes) },
    statements: [
      {
        kind: "const",
        doc: `The ID of the app ${model.name}.`,
        name: "appId",
        value: { kind: "string", value: model.appId },
      },
      {
        kind: "const",
        doc: `The revision of the ${source} this package was generated from.`,
        name: "revision",
        value: { kind: "string", value: model.revision },
      },
      { kind: "verbatim", text: byCodeHelper },
      {
        kind: "const",
        doc: "Every field of the form by field code: its type, label, whether it is required, option names and table fields.",
        name: "fields",
        value: metadataMap(model.fields),
      },
      {
        kind: "type",
        doc: "A record as getRecord(s) returns it: every field that has a value, plus $id and $revision.",
        name: "SavedRecord",
        type: t.object(saved),
      },
      {
        kind: "type",
        doc: "A record for addRecord(s): the writable fields; required fields without a default value must be given.",
        name: "RecordForAdd",
        type: t.object(forAdd),
      },
      {
        kind: "type",
        doc: "Changes for updateRecord(s): the writable fields, all optional.",
        name: "RecordForUpdate",
        type: t.object(forUpdate),
      },
    ],
  };
}

function member(name: string, optional: boolean, type: TypeNode): PropertyNode {
  return { name, quoted: false, optional, type };
}

function fieldMember(field: FieldModel, optional: boolean, type: TypeNode): PropertyNode {
  const property: PropertyNode = { name: field.code, quoted: true, optional, type };
  if (field.label !== "") property.doc = field.label;
  return property;
}

function metadataMap(fields: readonly FieldModel[]): ValueNode {
  const entries: EntryNode[] = fields.map((field) => ({
    key: field.code,
    quoted: true,
    value: metadata(field),
  }));
  return { kind: "call", callee: "byCode", args: [{ kind: "object", entries }] };
}

function metadata(field: FieldModel): ValueNode {
  const entries: EntryNode[] = [
    { key: "code", quoted: false, value: { kind: "string", value: field.code } },
    { key: "type", quoted: false, value: { kind: "string", value: field.type } },
    { key: "label", quoted: false, value: { kind: "string", value: field.label } },
    { key: "required", quoted: false, value: { kind: "boolean", value: field.required } },
  ];
  if (field.options)
    entries.push({
      key: "options",
      quoted: false,
      value: {
        kind: "array",
        items: field.options.map((name): ValueNode => ({ kind: "string", value: name })),
      },
    });
  if (field.fields)
    entries.push({ key: "fields", quoted: false, value: metadataMap(field.fields) });
  return { kind: "object", entries };
}
