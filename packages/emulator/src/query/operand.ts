import type { CivilDay } from "./calendar.js";

/** A resolved right-hand value: literal text, a span of calendar days or instants, or an entity code. */
export type Operand =
  | { type: "text"; text: string }
  | { type: "days"; from: CivilDay; to: CivilDay }
  | { type: "instants"; from: number; to: number }
  | { type: "code"; code: string }
  | { type: "ignored" };

/** True for the empty text operand `""`, which asks for an empty field. */
export function isEmptyText(operand: Operand): boolean {
  return operand.type === "text" && operand.text === "";
}
