const localHosts = new Set(["localhost", "127.0.0.1", "[::1]"]);

/** Validates the base URL (https, or http only for localhost) and strips a trailing slash; defaults to the page's origin in a browser. */
export function resolveBaseUrl(baseUrl: string | undefined): string {
  const value = baseUrl ?? (typeof location === "undefined" ? undefined : location.origin);
  if (value === undefined)
    throw new Error(
      "createClient: baseUrl is required outside a browser (https://<subdomain>.cybozu.com)",
    );
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new Error(`createClient: baseUrl ${JSON.stringify(value)} is not a URL`);
  }
  if (url.protocol !== "https:" && !(url.protocol === "http:" && localHosts.has(url.hostname))) {
    throw new Error(
      `createClient: baseUrl must use https (http is allowed only for localhost), got ${url.origin}`,
    );
  }
  if (url.pathname !== "/" || url.search || url.hash) {
    throw new Error(
      `createClient: baseUrl must be an origin such as https://example.cybozu.com, got ${JSON.stringify(value)}`,
    );
  }
  return url.origin;
}
