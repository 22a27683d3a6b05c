import { readFile } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import { Project } from "ts-morph";
import { describe, expect, it } from "vitest";
import { buildOutput } from "./generate.js";

const fixture = fileURLToPath(new URL("./__fixtures__/fixture-spec.yaml", import.meta.url));
const realBundle = fileURLToPath(new URL("../../../spec/bundled/openapi.yaml", import.meta.url));
const clientSource = (name: string) =>
  readFile(new URL(`../../client/src/${name}`, import.meta.url), "utf8");

describe("buildOutput", () => {
  it("is byte-identical across runs", async () => {
    const [first, second] = [await buildOutput(realBundle), await buildOutput(realBundle)];
    expect(second).toEqual(first);
  });

  it("matches the snapshot of the fixture spec, file by file", async () => {
    const output = await buildOutput(fixture);
    for (const file of [...output.types, ...output.client]) {
      await expect(file.text).toMatchFileSnapshot(`./__fixtures__/expected/${file.path}`);
    }
  });

  it("emits output that type-checks under strict settings", async () => {
    const output = await buildOutput(fixture);
    const project = new Project({
      useInMemoryFileSystem: true,
      compilerOptions: {
        strict: true,
        noUncheckedIndexedAccess: true,
        noEmit: true,
        paths: { "@kintone-typed/types": ["/types/index.gen.ts"] },
      },
    });
    for (const file of output.types) project.createSourceFile(`/types/${file.path}`, file.text);
    for (const file of output.client)
      project.createSourceFile(`/client/generated/${file.path}`, file.text);
    project.createSourceFile("/client/call-options.ts", await clientSource("call-options.ts"));
    project.createSourceFile("/client/route.ts", await clientSource("route.ts"));
    const diagnostics = project
      .getPreEmitDiagnostics()
      .map((d) => project.formatDiagnosticsWithColorAndContext([d]));
    expect(diagnostics).toEqual([]);
  });
});
