/** An API path without its `/k/v1` or `/k/guest/{id}/v1` prefix, and the guest space it names. */
export type ApiPath = { path: string; guestSpaceId: string | null };

/** Splits a request path into kintone's API path and guest space, or undefined for other paths. */
export function resolveApiPath(pathname: string): ApiPath | undefined {
  const plain = /^\/k\/v1(\/.+)$/.exec(pathname);
  if (plain?.[1]) return { path: plain[1], guestSpaceId: null };
  const guest = /^\/k\/guest\/([1-9]\d*)\/v1(\/.+)$/.exec(pathname);
  if (guest?.[1] && guest[2]) return { path: guest[2], guestSpaceId: guest[1] };
  return undefined;
}
