import { readFile } from "node:fs/promises";
import path from "node:path";
import type { KintoneClient } from "@kintone-typed/client";
import { diffDefinitions, type FieldChange } from "./check/diff-definitions.js";
import { readGeneratorInfo } from "./generator-info.js";
import { type AppDefinitions, isObject } from "./load/app-definitions.js";
import { loadDefinitions } from "./load/load-definitions.js";
import { readSnapshot } from "./load/read-snapshot.js";
import { renderPackage } from "./render-package.js";
import { type WriteReport, writeFiles } from "./write/write-files.js";

/** Where field definitions come from: an app read through a client, or the package's own fields.json. */
export type DefinitionSource =
  | { client: KintoneClient; app: number | string; preview?: boolean }
  | { snapshot: true };

/** Options of {@link generatePackage}. */
export type GenerateOptions = {
  /** The package folder. */
  outDir: string;
  /** The package name (default: the name the package already has, else `kintone-app-<app ID>`). */
  name?: string;
  source: DefinitionSource;
};

/** What {@link generatePackage} did. */
export type GenerateResult = WriteReport & { definitions: AppDefinitions; name: string };

/** Generates a package for one app: load -> build -> emit -> print -> write (only changed files). */
export async function generatePackage(options: GenerateOptions): Promise<GenerateResult> {
  const definitions = await loadFrom(options.source, options.outDir);
  const name =
    options.name ?? (await currentName(options.outDir)) ?? `kintone-app-${definitions.appId}`;
  const files = renderPackage(definitions, name, readGeneratorInfo());
  return { ...(await writeFiles(options.outDir, files)), definitions, name };
}

/** Options of {@link checkPackage}. */
export type CheckOptions = {
  /** The generated package to compare with. */
  outDir: string;
  client: KintoneClient;
  app: number | string;
  preview?: boolean;
};

/** Compares an app's current field definitions with those a package was generated from; empty when equal. */
export async function checkPackage(options: CheckOptions): Promise<FieldChange[]> {
  const generated = await readSnapshot(options.outDir);
  const current = await loadFrom(options, options.outDir);
  return diffDefinitions(generated, current);
}

// A missing or unreadable package.json has no name to keep; generation rewrites it anyway.
async function currentName(outDir: string): Promise<string | undefined> {
  try {
    const json: unknown = JSON.parse(await readFile(path.join(outDir, "package.json"), "utf8"));
    return isObject(json) && typeof json.name === "string" ? json.name : undefined;
  } catch {
    return undefined;
  }
}

function loadFrom(source: DefinitionSource, outDir: string): Promise<AppDefinitions> {
  return "snapshot" in source
    ? readSnapshot(outDir)
    : loadDefinitions(source.client, {
        app: String(source.app),
        preview: source.preview ?? false,
      });
}
