import { type ImportDeclarationStructure, StructureKind } from "ts-morph";

/** Builds sorted type-only imports for the names a file uses but declares elsewhere. */
export function buildImports(
  used: Iterable<string>,
  declaredIn: ReadonlyMap<string, string>,
  self: string,
): ImportDeclarationStructure[] {
  const byFile = new Map<string, Set<string>>();
  for (const name of used) {
    const file = declaredIn.get(name);
    if (!file) throw new Error(`type ${name} is used but never declared`);
    if (file === self) continue;
    const names = byFile.get(file) ?? new Set<string>();
    names.add(name);
    byFile.set(file, names);
  }
  return [...byFile.keys()].sort().map((file) => ({
    kind: StructureKind.ImportDeclaration,
    isTypeOnly: true,
    moduleSpecifier: `./${file.replace(/\.ts$/, ".js")}`,
    namedImports: [...(byFile.get(file) ?? [])].sort(),
  }));
}
