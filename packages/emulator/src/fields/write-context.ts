import type { NamedEntity, UserRef } from "../apps/app-state.js";
import type { FieldProperty } from "./field-property.js";

/** A validation message for part of one field's input; `suffix` follows the field's key. */
export type Issue = { suffix: string; message: string; bracket?: boolean };

/** A normalized value with the issues found in the input. */
export type Normalized = { value: unknown; issues: Issue[] };

/** A FILE field entry as records store and return it. */
export type FileValue = { contentType: string; fileKey: string; name: string; size: string };

/** What normalizing a written value may consult. */
export type WriteContext = {
  now: Date;
  timeZone: string;
  actor: UserRef;
  inSubtable: boolean;
  /** The user with the code; throws kintone's error when there is none. */
  user(code: string): UserRef;
  /** The organization with the code; throws when there is none. */
  organization(code: string): NamedEntity;
  /** The group with the code; throws when there is none. */
  group(code: string): NamedEntity;
  /** The stored file for a written fileKey (copying an uploaded file); throws when unknown. */
  attachFile(fileKey: string, current: readonly FileValue[]): FileValue;
  /** Normalizes one subtable cell. */
  normalizeCell(property: FieldProperty, raw: unknown, current: unknown): Normalized;
  /** The value a new subtable cell gets when the row leaves it out. */
  defaultCell(property: FieldProperty): unknown;
  /** A fresh subtable row id. */
  nextRowId(): string;
};
