import { access, readFile } from "node:fs/promises";
import path from "node:path";
import { pathToFileURL } from "node:url";
import type { AppConfig, CodegenConfig } from "../config.js";
import { isObject } from "../load/app-definitions.js";
import { CliUsageError } from "./cli-usage-error.js";

/** The config file names looked for in the working directory, in this order. */
export const configFileNames = ["kintone-codegen.config.json", "kintone-codegen.config.ts"];

/** A config file's content and where it is (relative `out` folders resolve against its folder). */
export type LoadedConfig = { file: string; config: CodegenConfig };

/** Finds the config file: the given path, else the first default name present in `cwd`; undefined when none. */
export async function findConfigFile(
  cwd: string,
  given: string | undefined,
): Promise<string | undefined> {
  if (given !== undefined) return path.resolve(cwd, given);
  for (const name of configFileNames) {
    const file = path.join(cwd, name);
    if (await exists(file)) return file;
  }
  return undefined;
}

/** Reads and checks a config file: JSON, or a TypeScript/JavaScript module whose default export is the config. */
export async function loadConfig(file: string): Promise<LoadedConfig> {
  const name = path.basename(file);
  const content = file.endsWith(".json") ? await readJson(file) : await importDefault(file);
  return { file, config: checkConfig(content, name) };
}

async function readJson(file: string): Promise<unknown> {
  const text = await readFile(file, "utf8").catch(() => {
    throw new CliUsageError(`config file ${file} not found`);
  });
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new CliUsageError(
      `${path.basename(file)} is not valid JSON (${error instanceof Error ? error.message : error})`,
    );
  }
}

async function importDefault(file: string): Promise<unknown> {
  try {
    const module: unknown = await import(pathToFileURL(file).href);
    return isObject(module) ? module.default : undefined;
  } catch (error) {
    const code = isObject(error) ? error.code : undefined;
    if (code === "ERR_UNKNOWN_FILE_EXTENSION")
      throw new CliUsageError(
        `${path.basename(file)}: this Node.js cannot import TypeScript; use Node.js 22.18 or later, or run with NODE_OPTIONS="--import tsx"`,
      );
    if (code === "ERR_MODULE_NOT_FOUND" && !(await exists(file)))
      throw new CliUsageError(`config file ${file} not found`);
    throw error;
  }
}

function exists(file: string): Promise<boolean> {
  return access(file).then(
    () => true,
    () => false,
  );
}

const appKeys: ReadonlySet<string> = new Set([
  "name",
  "app",
  "out",
  "apiTokenEnv",
  "guestSpaceId",
  "preview",
]);
const secretKeys: ReadonlySet<string> = new Set(["apiToken", "token", "password", "username"]);

/** Checks the shape of a config; errors name the file and the key. */
export function checkConfig(value: unknown, name: string): CodegenConfig {
  if (!isObject(value)) throw new CliUsageError(`${name}: expected an object with "apps"`);
  for (const key of Object.keys(value))
    if (key !== "baseUrl" && key !== "apps")
      throw new CliUsageError(`${name}: unknown key ${JSON.stringify(key)}`);
  const { baseUrl, apps } = value;
  if (baseUrl !== undefined && typeof baseUrl !== "string")
    throw new CliUsageError(`${name}: "baseUrl" must be a string`);
  if (!Array.isArray(apps) || apps.length === 0)
    throw new CliUsageError(`${name}: "apps" must be a non-empty array`);
  const config: CodegenConfig = {
    apps: apps.map((app, index) => checkApp(app, `${name}: apps[${index}]`)),
  };
  if (baseUrl !== undefined) config.baseUrl = baseUrl;
  return config;
}

function checkApp(value: unknown, where: string): AppConfig {
  if (!isObject(value)) throw new CliUsageError(`${where} must be an object`);
  for (const key of Object.keys(value)) {
    if (secretKeys.has(key))
      throw new CliUsageError(
        `${where}.${key}: keep credentials out of the config; name an environment variable in "apiTokenEnv"`,
      );
    if (!appKeys.has(key)) throw new CliUsageError(`${where}: unknown key ${JSON.stringify(key)}`);
  }
  const { name, app, out, apiTokenEnv, guestSpaceId, preview } = value;
  if (typeof name !== "string" || name === "")
    throw new CliUsageError(`${where}.name must be a non-empty string`);
  if (typeof app !== "string" && typeof app !== "number")
    throw new CliUsageError(`${where}.app must be an app ID`);
  if (typeof out !== "string" || out === "")
    throw new CliUsageError(`${where}.out must be a folder path`);
  const config: AppConfig = { name, app, out };
  if (apiTokenEnv !== undefined) {
    if (typeof apiTokenEnv !== "string")
      throw new CliUsageError(`${where}.apiTokenEnv must name an environment variable`);
    config.apiTokenEnv = apiTokenEnv;
  }
  if (guestSpaceId !== undefined) {
    if (typeof guestSpaceId !== "string" && typeof guestSpaceId !== "number")
      throw new CliUsageError(`${where}.guestSpaceId must be a guest space ID`);
    config.guestSpaceId = guestSpaceId;
  }
  if (preview !== undefined) {
    if (typeof preview !== "boolean")
      throw new CliUsageError(`${where}.preview must be true or false`);
    config.preview = preview;
  }
  return config;
}
