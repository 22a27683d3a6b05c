import { mkdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";

/** Writes the file only when its content differs, so timestamps and build caches stay put; returns whether it wrote. */
export async function writeIfChanged(file: string, content: string): Promise<boolean> {
  const current = await readFile(file, "utf8").catch(() => undefined);
  if (current === content) return false;
  await mkdir(path.dirname(file), { recursive: true });
  await writeFile(file, content);
  return true;
}
