/**
 * The bulkRequest parameters with each `api` of the form `/k/v1/<name>.json` rewritten to the guest
 * space's `/k/guest/<id>/v1/<name>.json`, as kintone expects inside a guest space's bulkRequest.
 */
export function guestBulkRequests(
  params: Record<string, unknown>,
  guestSpaceId: string,
): Record<string, unknown> {
  if (!Array.isArray(params.requests)) return params;
  const requests = params.requests.map((request: unknown) => {
    if (typeof request !== "object" || request === null) return request;
    const { api } = request as { api?: unknown };
    if (typeof api !== "string" || !api.startsWith("/k/v1/")) return request;
    return { ...request, api: `/k/guest/${guestSpaceId}/v1/${api.slice("/k/v1/".length)}` };
  });
  return { ...params, requests };
}
