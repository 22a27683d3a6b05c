import { type BundleName, readBundle } from "../src/read-bundle.js";

/** An operation of a bundle, with where it sits. */
export type BundledOperation = {
  path: string;
  method: string;
  operation: Record<string, any>;
};

const methods = ["get", "put", "post", "delete", "patch"] as const;

/** Parses one of the committed bundles under spec/bundled/, loosely typed for the spec tests. */
export function loadBundle(name: BundleName): Record<string, any> {
  return readBundle(name);
}

/** Lists every operation of a bundle in path order. */
export function listOperations(bundle: Record<string, any>): BundledOperation[] {
  return Object.entries(bundle.paths as Record<string, Record<string, any>>).flatMap(
    ([path, item]) =>
      methods
        .filter((method) => item[method])
        .map((method) => ({ path, method, operation: item[method] })),
  );
}

/** Finds `METHOD /path` in a bundle, or undefined. */
export function findOperation(
  bundle: Record<string, any>,
  method: string,
  path: string,
): Record<string, any> | undefined {
  return bundle.paths[path]?.[method.toLowerCase()];
}
