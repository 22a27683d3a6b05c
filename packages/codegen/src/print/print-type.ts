import type { PropertyNode, TypeNode } from "../emit/source-model.js";
import { printDoc } from "./print-doc.js";
import { printString } from "./print-string.js";
import { textWidth } from "./text-width.js";

/** The line width unions are broken at, as the repository's formatter uses. */
export const lineWidth = 100;
const step = "  ";

/**
 * Prints a type that starts at `column` of a line indented by `indent`. Object types always span
 * lines; a union that does not fit breaks before each member, and then the text starts with a line break.
 */
export function printType(node: TypeNode, indent: string, column: number): string {
  switch (node.kind) {
    case "reference":
      return node.name;
    case "string":
      return printString(node.value);
    case "null":
      return "null";
    case "union": {
      if (node.members.length === 0) return "never";
      const flat = node.members.map((member) => printType(member, indent, column)).join(" | ");
      // One more column for the `;` or `)` that follows.
      if (!flat.includes("\n") && column + textWidth(flat) < lineWidth) return flat;
      const inner = indent + step;
      return node.members
        .map((member) => `\n${inner}| ${printType(member, inner, inner.length + 2)}`)
        .join("");
    }
    case "array": {
      const simple = node.element.kind !== "union";
      if (simple) return `${printType(node.element, indent, column)}[]`;
      const element = printType(node.element, indent, column + 1);
      return element.startsWith("\n") ? `(${element}\n${indent})[]` : `(${element})[]`;
    }
    case "indexed":
      return `${printType(node.object, indent, column)}[${printType(node.index, indent, column)}]`;
    case "object":
      return printObjectType(node.members, indent);
  }
}

function printObjectType(members: readonly PropertyNode[], indent: string): string {
  if (members.length === 0) return "{}";
  const inner = indent + step;
  const lines = members.map((member) => {
    const doc = member.doc ? printDoc(member.doc, inner) : "";
    const head = `${inner}${printKey(member.name, member.quoted)}${member.optional ? "?" : ""}:`;
    const type = printType(member.type, inner, textWidth(head) + 1);
    return `${doc}${head}${type.startsWith("\n") ? "" : " "}${type};`;
  });
  return `{\n${lines.join("\n")}\n${indent}}`;
}

// Field codes are quoted; structural names (`value`, `id`) are written as they are.
function printKey(name: string, quoted: boolean): string {
  return quoted ? printString(name) : name;
}
