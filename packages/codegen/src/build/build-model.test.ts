import { describe, expect, it } from "vitest";
import type { AppDefinitions, FieldDefinition } from "../load/app-definitions.js";
import type { FieldModel } from "./app-model.js";
import { buildModel } from "./build-model.js";

const field = (code: string, type: string, settings: Record<string, unknown> = {}) => ({
  code,
  type,
  label: code,
  ...settings,
});

const app = (...fields: FieldDefinition[]): AppDefinitions => ({
  appId: "7",
  name: "App",
  revision: "3",
  preview: false,
  properties: Object.fromEntries(fields.map((definition) => [definition.code, definition])),
});

const options = (...names: string[]) =>
  Object.fromEntries(names.map((name, index) => [name, { label: name, index: String(index) }]));

const read = (type: string) => ({ read: type, write: undefined, requiredOnAdd: false });

describe("buildModel", () => {
  const cases: { name: string; given: FieldDefinition[]; want: FieldModel[] }[] = [
    {
      name: "sorts fields by code in UTF-16 order",
      given: [field("b", "NUMBER"), field("顧客", "NUMBER"), field("B", "NUMBER")],
      want: ["B", "b", "顧客"].map((code) => ({
        code,
        type: "NUMBER",
        label: code,
        required: false,
        value: {
          read: "NumberFieldValue",
          write: "NumberFieldValueForWrite",
          requiredOnAdd: false,
        },
      })),
    },
    {
      name: "makes required fields without a default value required on add",
      given: [
        field("a", "SINGLE_LINE_TEXT", { required: true, defaultValue: "" }),
        field("b", "SINGLE_LINE_TEXT", { required: true, defaultValue: "x" }),
        field("c", "USER_SELECT", { required: true, defaultValue: [] }),
        field("d", "DATE", { required: true, defaultValue: "", defaultNowValue: true }),
        field("e", "FILE", { required: true }),
      ],
      want: [
        {
          code: "a",
          type: "SINGLE_LINE_TEXT",
          label: "a",
          required: true,
          value: {
            read: "SingleLineTextFieldValue",
            write: "SingleLineTextFieldValueForWrite",
            requiredOnAdd: true,
          },
        },
        {
          code: "b",
          type: "SINGLE_LINE_TEXT",
          label: "b",
          required: true,
          value: {
            read: "SingleLineTextFieldValue",
            write: "SingleLineTextFieldValueForWrite",
            requiredOnAdd: false,
          },
        },
        {
          code: "c",
          type: "USER_SELECT",
          label: "c",
          required: true,
          value: {
            read: "UserSelectFieldValue",
            write: "UserSelectFieldValueForWrite",
            requiredOnAdd: true,
          },
        },
        {
          code: "d",
          type: "DATE",
          label: "d",
          required: true,
          value: { read: "DateFieldValue", write: "DateFieldValueForWrite", requiredOnAdd: false },
        },
        {
          code: "e",
          type: "FILE",
          label: "e",
          required: true,
          value: { read: "FileFieldValue", write: "FileFieldValueForWrite", requiredOnAdd: true },
        },
      ],
    },
    {
      name: "orders option names by index and narrows option values",
      given: [
        field("stage", "DROP_DOWN", {
          options: { z: { label: "z", index: "0" }, a: { label: "a", index: "1" } },
        }),
        field("tags", "CHECK_BOX", { options: options("x"), defaultValue: ["x"] }),
      ],
      want: [
        {
          code: "stage",
          type: "DROP_DOWN",
          label: "stage",
          required: false,
          options: ["z", "a"],
          value: {
            read: "DropDownFieldValue",
            write: "DropDownFieldValueForWrite",
            requiredOnAdd: false,
            optionShapes: { read: "oneOrNull", write: "oneOrBlank" },
          },
        },
        {
          code: "tags",
          type: "CHECK_BOX",
          label: "tags",
          required: false,
          options: ["x"],
          value: {
            read: "CheckBoxFieldValue",
            write: "CheckBoxFieldValueForWrite",
            requiredOnAdd: false,
            optionShapes: { read: "many", write: "many" },
          },
        },
      ],
    },
    {
      name: "keeps lookups writable and makes the fields they copy into read-only",
      given: [
        field("customer", "SINGLE_LINE_TEXT", {
          required: true,
          lookup: {
            relatedApp: { app: "2" },
            relatedKeyField: "code",
            fieldMappings: [{ field: "name", relatedField: "name" }],
          },
        }),
        field("name", "SINGLE_LINE_TEXT"),
      ],
      want: [
        {
          code: "customer",
          type: "SINGLE_LINE_TEXT",
          label: "customer",
          required: true,
          value: {
            read: "SingleLineTextFieldValue",
            write: "SingleLineTextFieldValueForWrite",
            requiredOnAdd: true,
          },
        },
        {
          code: "name",
          type: "SINGLE_LINE_TEXT",
          label: "name",
          required: false,
          value: read("SingleLineTextFieldValue"),
        },
      ],
    },
    {
      name: "makes calculated, auto-calculated text and system fields read-only",
      given: [
        field("calc", "CALC", { required: false, expression: "1" }),
        field("auto", "SINGLE_LINE_TEXT", { expression: "calc & calc" }),
        field("Record_number", "RECORD_NUMBER"),
        field("Created_by", "CREATOR"),
      ],
      want: [
        {
          code: "Created_by",
          type: "CREATOR",
          label: "Created_by",
          required: false,
          value: read("CreatorFieldValue"),
        },
        {
          code: "Record_number",
          type: "RECORD_NUMBER",
          label: "Record_number",
          required: false,
          value: read("RecordNumberFieldValue"),
        },
        {
          code: "auto",
          type: "SINGLE_LINE_TEXT",
          label: "auto",
          required: false,
          value: read("SingleLineTextFieldValue"),
        },
        {
          code: "calc",
          type: "CALC",
          label: "calc",
          required: false,
          value: read("CalcFieldValue"),
        },
      ],
    },
    {
      name: "gives status, assignee and categories a property only while turned on",
      given: [
        field("Status", "STATUS", { enabled: true }),
        field("Assignee", "STATUS_ASSIGNEE", { enabled: true }),
        field("Categories", "CATEGORY", { enabled: false }),
      ],
      want: [
        {
          code: "Assignee",
          type: "STATUS_ASSIGNEE",
          label: "Assignee",
          required: false,
          value: read("StatusAssigneeFieldValue"),
        },
        { code: "Categories", type: "CATEGORY", label: "Categories", required: false },
        {
          code: "Status",
          type: "STATUS",
          label: "Status",
          required: false,
          value: read("StatusFieldValue"),
        },
      ],
    },
    {
      name: "gives layout-only fields no record property",
      given: [
        field("group", "GROUP", { openGroup: true }),
        field("related", "REFERENCE_TABLE", { referenceTable: {} }),
      ],
      want: [
        { code: "group", type: "GROUP", label: "group", required: false },
        { code: "related", type: "REFERENCE_TABLE", label: "related", required: false },
      ],
    },
    {
      name: "builds tables with their own fields, lookups inside included",
      given: [
        field("lines", "SUBTABLE", {
          fields: {
            qty: field("qty", "NUMBER", { required: true }),
            item: field("item", "SINGLE_LINE_TEXT", {
              lookup: { fieldMappings: [{ field: "price", relatedField: "price" }] },
            }),
            price: field("price", "NUMBER"),
          },
        }),
      ],
      want: [
        {
          code: "lines",
          type: "SUBTABLE",
          label: "lines",
          required: false,
          fields: [
            {
              code: "item",
              type: "SINGLE_LINE_TEXT",
              label: "item",
              required: false,
              value: {
                read: "SingleLineTextFieldValue",
                write: "SingleLineTextFieldValueForWrite",
                requiredOnAdd: false,
              },
            },
            {
              code: "price",
              type: "NUMBER",
              label: "price",
              required: false,
              value: read("NumberFieldValue"),
            },
            {
              code: "qty",
              type: "NUMBER",
              label: "qty",
              required: true,
              value: {
                read: "NumberFieldValue",
                write: "NumberFieldValueForWrite",
                requiredOnAdd: true,
              },
            },
          ],
          value: {
            read: "SubtableFieldValue",
            write: "SubtableFieldValueForWrite",
            requiredOnAdd: false,
            rows: true,
          },
        },
      ],
    },
    {
      name: "keeps field codes that are Object.prototype names as fields",
      given: [field("__proto__", "NUMBER"), field("constructor", "NUMBER")],
      want: ["__proto__", "constructor"].map((code) => ({
        code,
        type: "NUMBER",
        label: code,
        required: false,
        value: {
          read: "NumberFieldValue",
          write: "NumberFieldValueForWrite",
          requiredOnAdd: false,
        },
      })),
    },
  ];

  it.each(cases)("$name", ({ given, want }) => {
    expect(buildModel(app(...given))).toEqual({
      appId: "7",
      name: "App",
      revision: "3",
      preview: false,
      fields: want,
    });
  });

  const failures: { name: string; given: Record<string, FieldDefinition>; message: string }[] = [
    {
      name: "an unknown field type, naming the field",
      given: { mystery: field("mystery", "HOLOGRAM") },
      message:
        'field "mystery" has type "HOLOGRAM", which this version of kintone-codegen does not know',
    },
    {
      name: "an unknown field type inside a table, naming table and field",
      given: { lines: field("lines", "SUBTABLE", { fields: { x: field("x", "HOLOGRAM") } }) },
      message: 'field "lines.x" has type "HOLOGRAM"',
    },
    {
      name: "a table inside a table",
      given: {
        outer: field("outer", "SUBTABLE", { fields: { inner: field("inner", "SUBTABLE") } }),
      },
      message: 'field "outer.inner" has type SUBTABLE, which a table cannot hold',
    },
    {
      name: "an option without an index",
      given: { stage: field("stage", "RADIO_BUTTON", { options: { a: { label: "a" } } }) },
      message: 'field "stage": option "a" needs a numeric "index"',
    },
    {
      name: "an option field without options",
      given: { stage: field("stage", "MULTI_SELECT") },
      message: 'field "stage" has no "options" object',
    },
    {
      name: "a key that differs from the field's code",
      given: { a: field("b", "NUMBER") },
      message: 'field "a" says its code is "b"',
    },
  ];

  it.each(failures)("rejects $name", ({ given, message }) => {
    expect(() => buildModel({ ...app(), properties: given })).toThrow(message);
  });
});
