/** Serialises GET parameters the way kintone reads them (`fields[0]=a&fields[1]=b`); undefined when they cannot travel in a query string. */
export function toQueryString(params: Record<string, unknown>): string | undefined {
  const parts: string[] = [];
  for (const [name, value] of Object.entries(params)) {
    if (value === undefined) continue;
    if (Array.isArray(value)) {
      for (const [index, item] of value.entries()) {
        if (!isScalar(item)) return undefined;
        parts.push(
          `${encodeURIComponent(`${name}[${index}]`)}=${encodeURIComponent(String(item))}`,
        );
      }
    } else if (isScalar(value)) {
      parts.push(`${encodeURIComponent(name)}=${encodeURIComponent(String(value))}`);
    } else {
      return undefined;
    }
  }
  return parts.join("&");
}

function isScalar(value: unknown): value is string | number | boolean {
  return typeof value === "string" || typeof value === "number" || typeof value === "boolean";
}
