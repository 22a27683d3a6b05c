import path from "node:path";
import { bundle, loadConfig } from "@redocly/openapi-core";
import type { OpenApiDocument } from "./openapi-document.js";

/** Resolves every `$ref` across the spec's files into one document, with components named after their files. */
export async function loadSpec(specDir: string): Promise<OpenApiDocument> {
  const config = await loadConfig({ configPath: path.join(specDir, "redocly.yaml") });
  const result = await bundle({
    ref: path.join(specDir, "openapi.yaml"),
    config,
    dereference: false,
    componentNamesStrategy: "basename",
  });
  const errors = result.problems.filter((problem) => problem.severity === "error");
  if (errors.length > 0) {
    const lines = errors.map((problem) => {
      const where = problem.location[0]?.pointer ?? "";
      return `  ${problem.message}${where ? ` (at ${where})` : ""}`;
    });
    throw new Error(`Cannot bundle ${path.join(specDir, "openapi.yaml")}:\n${lines.join("\n")}`);
  }
  return result.bundle.parsed as OpenApiDocument;
}
