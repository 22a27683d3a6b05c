/** Parses a query string in kintone's form (`fields[0]=a&fields[1]=b`, `app=1`) into nested values. */
export function parseQueryString(search: string): Record<string, unknown> {
  const result: Record<string, unknown> = {};
  for (const [key, value] of new URLSearchParams(search)) {
    const match = /^([^[\]]+)((?:\[[^[\]]*\])*)$/.exec(key);
    if (!match?.[1]) continue;
    const path = [
      match[1],
      ...[...(match[2] ?? "").matchAll(/\[([^[\]]*)\]/g)].map((m) => m[1] ?? ""),
    ];
    assign(result, path, value);
  }
  return result;
}

function assign(target: Record<string, unknown> | unknown[], path: string[], value: string): void {
  const [head = "", ...rest] = path;
  const slot = (container: Record<string, unknown> | unknown[], key: string): unknown =>
    Array.isArray(container) ? container[Number(key)] : container[key];
  const set = (
    container: Record<string, unknown> | unknown[],
    key: string,
    next: unknown,
  ): void => {
    if (Array.isArray(container)) {
      if (key === "") container.push(next);
      else container[Number(key)] = next;
    } else container[key] = next;
  };
  if (rest.length === 0) {
    set(target, head, value);
    return;
  }
  const nextKey = rest[0] ?? "";
  let child = slot(target, head);
  if (typeof child !== "object" || child === null) {
    child = /^\d*$/.test(nextKey) ? [] : {};
    set(target, head, child);
  }
  assign(child as Record<string, unknown> | unknown[], rest, value);
}
