import type { SourceModel, StatementNode } from "../emit/source-model.js";
import { printDoc } from "./print-doc.js";
import { printString } from "./print-string.js";
import { lineWidth, printType } from "./print-type.js";
import { printValue } from "./print-value.js";

// A line terminator would end a `//` comment early; such characters are shown as escapes instead.
const lineTerminator = /[\n\r\u2028\u2029]/g;

/** Prints a generated module: header, type-only imports, then statements separated by blank lines. */
export function printSource(source: SourceModel): string {
  const header = source.header.map(
    (line) =>
      `// ${line.replace(lineTerminator, (character) => printString(character).slice(1, -1))}`,
  );
  const parts = [header.join("\n")];
  if (source.typeImports.names.length > 0) parts.push(printImports(source.typeImports));
  parts.push(...source.statements.map(printStatement));
  return `${parts.join("\n\n")}\n`;
}

function printImports({ from, names }: SourceModel["typeImports"]): string {
  const flat = `import type { ${names.join(", ")} } from ${printString(from)};`;
  if (flat.length <= lineWidth) return flat;
  return `import type {\n${names.map((name) => `  ${name},`).join("\n")}\n} from ${printString(from)};`;
}

function printStatement(statement: StatementNode): string {
  switch (statement.kind) {
    case "const": {
      const head = `export const ${statement.name} = `;
      return `${printDoc(statement.doc, "")}${head}${printValue(statement.value, "", head.length)};`;
    }
    case "type": {
      const head = `export type ${statement.name} =`;
      const type = printType(statement.type, "", head.length + 1);
      return `${printDoc(statement.doc, "")}${head}${type.startsWith("\n") ? "" : " "}${type};`;
    }
    case "verbatim":
      return statement.text;
  }
}
