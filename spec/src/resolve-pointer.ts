import { isJsonObject } from "./json-object.js";

/** The node a local JSON pointer (`#/paths/...`) names in the document, following `$ref`s on the way; undefined when absent. */
export function resolvePointer(document: unknown, pointer: string): unknown {
  let node = document;
  for (const part of pointer.replace(/^#\/?/, "").split("/")) {
    if (part === "") continue;
    node = followRef(document, node);
    const key = part.replaceAll("~1", "/").replaceAll("~0", "~");
    if (Array.isArray(node)) node = node[Number(key)];
    else if (isJsonObject(node)) node = node[key];
    else return undefined;
  }
  return followRef(document, node);
}

function followRef(document: unknown, node: unknown): unknown {
  if (!isJsonObject(node) || typeof node.$ref !== "string" || !node.$ref.startsWith("#/"))
    return node;
  return resolvePointer(document, node.$ref);
}
