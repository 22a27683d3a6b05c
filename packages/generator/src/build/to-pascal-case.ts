/** Turns an identifier such as `getRecords` or `bulk-request` into `GetRecords` / `BulkRequest`. */
export function toPascalCase(name: string): string {
  return name
    .split(/[^A-Za-z0-9]+/)
    .filter((part) => part !== "")
    .map((part) => part.charAt(0).toUpperCase() + part.slice(1))
    .join("");
}
