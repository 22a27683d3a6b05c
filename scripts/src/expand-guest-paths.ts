import {
  httpMethods,
  type OpenApiDocument,
  type Operation,
  type PathItem,
} from "./openapi-document.js";

const livePrefix = "/k/v1/";
const guestPrefix = "/k/guest/{guestSpaceId}/v1/";

/** The path parameter every derived guest-space path item declares. */
export const guestSpaceIdParameter = {
  name: "guestSpaceId",
  in: "path",
  required: true,
  description: "The ID of the guest space the app or resource belongs to.",
  schema: { type: "integer", minimum: 1 },
  example: 3,
} as const;

/** Maps a `/k/v1/...` path to its guest-space form. */
export function toGuestPath(livePath: string): string {
  if (!livePath.startsWith(livePrefix)) {
    throw new Error(`Only ${livePrefix}... paths have a guest-space form, got ${livePath}`);
  }
  return guestPrefix + livePath.slice(livePrefix.length);
}

/** The operationId a guest copy of an operation gets, so ids stay unique in the expanded document. */
export function toGuestOperationId(operationId: string): string {
  return `${operationId}InGuestSpace`;
}

/**
 * Returns a copy of the document with a `/k/guest/{guestSpaceId}/v1/...` path item for every
 * `/k/v1/...` path that has operations marked `x-kintone-guest: true`; only those operations are copied.
 */
export function expandGuestPaths(document: OpenApiDocument): OpenApiDocument {
  const paths: Record<string, PathItem> = { ...document.paths };
  for (const [livePath, item] of Object.entries(document.paths)) {
    const guestItem = buildGuestPathItem(item);
    if (!guestItem) continue;
    const guestPath = toGuestPath(livePath);
    if (paths[guestPath]) {
      throw new Error(
        `The spec already has ${guestPath}; mark ${livePath} with x-kintone-guest instead of writing it twice`,
      );
    }
    paths[guestPath] = guestItem;
  }
  const parameters = { ...document.components?.parameters, GuestSpaceId: guestSpaceIdParameter };
  return { ...document, paths, components: { ...document.components, parameters } };
}

function buildGuestPathItem(item: PathItem): PathItem | undefined {
  const operations = httpMethods.flatMap((method) => {
    const operation = item[method];
    return operation?.["x-kintone-guest"] === true
      ? [[method, toGuestOperation(operation)] as const]
      : [];
  });
  if (operations.length === 0) return undefined;
  const shared = Object.fromEntries(Object.entries(item).filter(([key]) => !isMethod(key)));
  const parameters = [{ $ref: "#/components/parameters/GuestSpaceId" }, ...(item.parameters ?? [])];
  return { ...shared, parameters, ...Object.fromEntries(operations) };
}

function toGuestOperation(operation: Operation): Operation {
  const { operationId } = operation;
  if (!operationId) throw new Error("An operation marked x-kintone-guest has no operationId");
  return {
    ...operation,
    operationId: toGuestOperationId(operationId),
    "x-kintone-guest-of": operationId,
  };
}

function isMethod(key: string): boolean {
  return (httpMethods as readonly string[]).includes(key);
}
