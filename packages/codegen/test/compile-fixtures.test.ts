import { execFileSync } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import ts from "typescript";
import { describe, expect, it } from "vitest";

const expectedDir = fileURLToPath(new URL("./__fixtures__/expected/", import.meta.url));
const indexFiles = readdirSync(expectedDir).map((name) =>
  path.join(expectedDir, name, "src/index.ts"),
);

describe("the generated fixture packages", () => {
  it("compile under strict with the strictest optional-property and index settings", () => {
    const program = ts.createProgram(indexFiles, {
      strict: true,
      exactOptionalPropertyTypes: true,
      noUncheckedIndexedAccess: true,
      noImplicitOverride: true,
      noPropertyAccessFromIndexSignature: true,
      verbatimModuleSyntax: true,
      isolatedModules: true,
      module: ts.ModuleKind.NodeNext,
      moduleResolution: ts.ModuleResolutionKind.NodeNext,
      target: ts.ScriptTarget.ES2022,
      lib: ["lib.es2023.d.ts", "lib.dom.d.ts"],
      types: [],
      noEmit: true,
    });
    const diagnostics = ts.getPreEmitDiagnostics(program).map((diagnostic) => {
      const where = diagnostic.file?.fileName ?? "";
      return `${path.relative(expectedDir, where)}: ${ts.flattenDiagnosticMessageText(diagnostic.messageText, "\n")}`;
    });
    expect(diagnostics).toEqual([]);
  });

  it.each(indexFiles.map((file) => path.relative(expectedDir, file)))(
    "%s is already formatted as the repository's formatter would (keys stay quoted)",
    (file) => {
      const text = readFileSync(path.join(expectedDir, file), "utf8");
      const formatted = execFileSync(
        "biome",
        ["format", "--quote-properties=preserve", "--stdin-file-path=generated.ts"],
        { input: text, encoding: "utf8" },
      );
      expect(formatted).toBe(text);
    },
  );
});
