/** A TypeScript type, as the printer knows them. */
export type TypeNode =
  | { kind: "reference"; name: string }
  | { kind: "string"; value: string }
  | { kind: "null" }
  | { kind: "union"; members: readonly TypeNode[] }
  | { kind: "array"; element: TypeNode }
  | { kind: "indexed"; object: TypeNode; index: TypeNode }
  | { kind: "object"; members: readonly PropertyNode[] };

/** A property of an object type; field codes are `quoted`, structural names (`value`) are not. */
export type PropertyNode = {
  name: string;
  quoted: boolean;
  optional: boolean;
  doc?: string;
  type: TypeNode;
};

/** A property of an object value; field codes are `quoted`, structural names are not. */
export type EntryNode = { key: string; quoted: boolean; value: ValueNode };

/** A runtime value: JSON-like literals and calls of a function declared in the same file. */
export type ValueNode =
  | { kind: "string"; value: string }
  | { kind: "number"; value: number }
  | { kind: "boolean"; value: boolean }
  | { kind: "array"; items: readonly ValueNode[] }
  | { kind: "object"; entries: readonly EntryNode[] }
  | { kind: "call"; callee: string; args: readonly ValueNode[] };

/** A top-level statement of a generated module. */
export type StatementNode =
  | { kind: "const"; doc: string; name: string; value: ValueNode }
  | { kind: "type"; doc: string; name: string; type: TypeNode }
  /** Fixed code written by hand in the emitter, with no data in it. */
  | { kind: "verbatim"; text: string };

/** A whole generated module: header comment lines, type-only imports and statements. */
export type SourceModel = {
  header: readonly string[];
  typeImports: { from: string; names: readonly string[] };
  statements: readonly StatementNode[];
};

/** One output file before printing: a TypeScript module or a JSON document. */
export type FileModel =
  | { path: string; kind: "typescript"; source: SourceModel }
  | { path: string; kind: "json"; value: unknown };

const nullType: TypeNode = { kind: "null" };

/** Shorthands for building type nodes. */
export const t = {
  ref: (name: string): TypeNode => ({ kind: "reference", name }),
  string: (value: string): TypeNode => ({ kind: "string", value }),
  null: nullType,
  union: (members: readonly TypeNode[]): TypeNode => ({ kind: "union", members }),
  array: (element: TypeNode): TypeNode => ({ kind: "array", element }),
  indexed: (object: TypeNode, index: string): TypeNode => ({
    kind: "indexed",
    object,
    index: { kind: "string", value: index },
  }),
  object: (members: readonly PropertyNode[]): TypeNode => ({ kind: "object", members }),
};
