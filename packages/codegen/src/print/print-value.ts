import type { ValueNode } from "../emit/source-model.js";
import { printString } from "./print-string.js";
import { lineWidth } from "./print-type.js";
import { textWidth } from "./text-width.js";

const step = "  ";

/**
 * Prints a value that starts at `column` of a line indented by `indent`: on one line when it fits
 * (with one column for the `,` or `;` after it), else one entry per line.
 */
export function printValue(node: ValueNode, indent: string, column: number): string {
  const flat = printFlat(node);
  if (column + textWidth(flat) < lineWidth) return flat;
  const inner = indent + step;
  switch (node.kind) {
    case "string":
    case "number":
    case "boolean":
      return flat;
    case "array":
      return `[\n${node.items.map((item) => `${inner}${printValue(item, inner, inner.length)},`).join("\n")}\n${indent}]`;
    case "object":
      return `{\n${node.entries
        .map((entry) => {
          const head = `${inner}${printEntryKey(entry.key, entry.quoted)}: `;
          return `${head}${printValue(entry.value, inner, textWidth(head))},`;
        })
        .join("\n")}\n${indent}}`;
    case "call": {
      const head = `${node.callee}(`;
      return `${head}${node.args.map((arg) => printValue(arg, indent, column + head.length)).join(", ")})`;
    }
  }
}

function printFlat(node: ValueNode): string {
  switch (node.kind) {
    case "string":
      return printString(node.value);
    case "number":
    case "boolean":
      return String(node.value);
    case "array":
      return `[${node.items.map(printFlat).join(", ")}]`;
    case "object":
      return node.entries.length === 0
        ? "{}"
        : `{ ${node.entries.map((entry) => `${printEntryKey(entry.key, entry.quoted)}: ${printFlat(entry.value)}`).join(", ")} }`;
    case "call":
      return `${node.callee}(${node.args.map(printFlat).join(", ")})`;
  }
}

// A literal `"__proto__": x` would set the object's prototype; the computed form defines a property.
function printEntryKey(key: string, quoted: boolean): string {
  if (key === "__proto__") return `[${printString(key)}]`;
  return quoted ? printString(key) : key;
}
