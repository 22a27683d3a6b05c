import { execFileSync } from "node:child_process";
import { mkdir, rm, writeFile } from "node:fs/promises";
import { createRequire } from "node:module";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { fileURLToPath } from "node:url";
import { readGeneratorInfo } from "../src/generator-info.js";
import type { AppDefinitions, FieldDefinition } from "../src/load/app-definitions.js";
import { renderPackage } from "../src/render-package.js";
import { writeFiles } from "../src/write/write-files.js";

// Prints how long kintone-codegen takes for a 500-field app (from a snapshot, no network) and what
// its types cost tsc in a consumer that calls the client with them. Numbers only, no assertions.

const fieldCount = 500;
const options = (count: number) =>
  Object.fromEntries(
    Array.from({ length: count }, (_, index) => [
      `選択肢${index}`,
      { label: `選択肢${index}`, index: String(index) },
    ]),
  );

// A mix close to real apps: mostly text and numbers, option fields, dates, users, lookups and tables.
const makers: ((code: string) => FieldDefinition)[] = [
  (code) => ({
    type: "SINGLE_LINE_TEXT",
    code,
    label: `文字列 ${code}`,
    required: false,
    defaultValue: "",
  }),
  (code) => ({ type: "NUMBER", code, label: `数値 ${code}`, required: true, defaultValue: "" }),
  (code) => ({
    type: "DROP_DOWN",
    code,
    label: code,
    required: false,
    defaultValue: "",
    options: options(8),
  }),
  (code) => ({
    type: "CHECK_BOX",
    code,
    label: code,
    required: false,
    defaultValue: [],
    options: options(5),
  }),
  (code) => ({
    type: "DATE",
    code,
    label: code,
    required: false,
    defaultValue: "",
    defaultNowValue: false,
  }),
  (code) => ({
    type: "USER_SELECT",
    code,
    label: code,
    required: false,
    defaultValue: [],
    entities: [],
  }),
  (code) => ({ type: "MULTI_LINE_TEXT", code, label: code, required: false, defaultValue: "" }),
  (code) => ({
    type: "CALC",
    code,
    label: code,
    required: false,
    expression: "1",
    format: "NUMBER",
  }),
  (code) => ({
    type: "SUBTABLE",
    code,
    label: code,
    fields: Object.fromEntries(
      ["品目", "数量", "単位"].map((name, index) => {
        const inner = `${code}_${name}`;
        const make = makers[index] ?? makers[0];
        return [inner, make ? make(inner) : { type: "NUMBER", code: inner, label: inner }];
      }),
    ),
  }),
];

function syntheticApp(count: number): AppDefinitions {
  const properties: Record<string, FieldDefinition> = {};
  for (let index = 0; index < count; index++) {
    const code = `field_${String(index).padStart(3, "0")}`;
    const make = makers[index % makers.length];
    if (make) properties[code] = make(code);
  }
  return { appId: "1", name: "Bench", revision: "1", preview: false, properties };
}

const definitions = syntheticApp(fieldCount);
const info = readGeneratorInfo();
const times: number[] = [];
let files = renderPackage(definitions, "bench-app", info);
for (let run = 0; run < 20; run++) {
  const start = performance.now();
  files = renderPackage(definitions, "bench-app", info);
  times.push(performance.now() - start);
}
times.sort((a, b) => a - b);
const median = times[Math.floor(times.length / 2)] ?? 0;
const lines = files.find((file) => file.path === "src/index.ts")?.text.split("\n").length ?? 0;
console.log(
  `generate ${fieldCount} fields (build + emit + print, from a snapshot): median ${median.toFixed(1)} ms, ` +
    `slowest ${(times.at(-1) ?? 0).toFixed(1)} ms over ${times.length} runs (target < 1000 ms); src/index.ts has ${lines} lines`,
);

// The consumer project lives under node_modules/.cache so it resolves the workspace packages.
const work = fileURLToPath(new URL("../node_modules/.cache/codegen-bench/", import.meta.url));
await rm(work, { recursive: true, force: true });
await mkdir(work, { recursive: true });
const writeStart = performance.now();
await writeFiles(path.join(work, "app"), files);
console.log(`write the package: ${(performance.now() - writeStart).toFixed(1)} ms`);

// RecordForAdd needs every required field without a default value: here the NUMBER fields.
const requiredCells = Object.values(definitions.properties)
  .filter((field) => field.required === true && field.type === "NUMBER")
  .map((field) => `${field.code}: { value: "1" }`)
  .join(", ");
const client = `import { createClient } from "@kintone-typed/client";
const client = createClient({ baseUrl: "https://example.cybozu.com", auth: { type: "apiToken", token: "t" } });
`;
const consumers = {
  "no app types (baseline)": `${client}
const { records } = await client.record.getRecords({ app: 1, query: "limit 10" });
export const first = records[0]?.["field_000"]?.value;
await client.record.addRecord({ app: 1, record: { field_001: { value: "1" } } });
await client.record.updateRecord({ app: 1, id: 1, record: { field_002: { value: "選択肢1" } } });
`,
  "the 500-field app's types": `${client}
import type * as App from "./app/dist/index.js";
const { records } = await client.record.getRecords<App.SavedRecord>({ app: 1, query: "limit 10" });
export const first = records[0]?.field_000.value;
const picked = await client.record.getRecords<App.SavedRecord, "field_000" | "field_002">({ app: 1, fields: ["field_000", "field_002"] });
export const option = picked.records[0]?.field_002.value;
await client.record.addRecord<App.RecordForAdd>({ app: 1, record: { ${requiredCells}, field_000: { value: "x" } } });
await client.record.updateRecord<App.RecordForUpdate>({ app: 1, id: 1, record: { field_002: { value: "選択肢1" } } });
`,
};

const tsc = createRequire(import.meta.url).resolve("typescript/bin/tsc");
const compilerOptions = {
  strict: true,
  module: "NodeNext",
  moduleResolution: "NodeNext",
  target: "ES2022",
  lib: ["ES2023", "DOM"],
  types: [],
  skipLibCheck: true,
};

// The best of three runs, since other work on the machine only ever makes tsc slower.
async function measure(project: Record<string, unknown>): Promise<Record<string, string>> {
  await writeFile(path.join(work, "tsconfig.json"), JSON.stringify(project));
  const runs = [0, 1, 2].map(() => {
    const output = execFileSync(process.execPath, [tsc, "-p", work, "--extendedDiagnostics"], {
      encoding: "utf8",
    });
    return Object.fromEntries(
      [...output.matchAll(/^([A-Za-z ]+):\s+(\S+)/gm)].map((match) => [match[1], match[2] ?? ""]),
    );
  });
  return runs.reduce((best, run) =>
    Number.parseFloat(run["Check time"] ?? "") < Number.parseFloat(best["Check time"] ?? "")
      ? run
      : best,
  );
}

await writeFile(path.join(work, "package.json"), JSON.stringify({ type: "module" }));
const own = await measure({
  compilerOptions: { ...compilerOptions, declaration: true, outDir: "app/dist" },
  files: ["app/src/index.ts"],
});
console.log(
  `tsc, the generated src/index.ts itself (once per build; emits app/dist): check time ${own["Check time"]}, ` +
    `instantiations ${own.Instantiations}, types ${own.Types}`,
);
for (const [name, source] of Object.entries(consumers)) {
  await writeFile(path.join(work, "consumer.ts"), source);
  const run = await measure({
    compilerOptions: { ...compilerOptions, noEmit: true },
    files: ["consumer.ts"],
  });
  console.log(
    `tsc, a consumer calling the client with ${name}: check time ${run["Check time"]}, ` +
      `instantiations ${run.Instantiations}, types ${run.Types}, memory ${run["Memory used"]}`,
  );
}
