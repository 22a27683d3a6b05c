/** The position inside a records payload that kintone's error keys name (`records[3].title.value`, `ids[3]`), if any. */
export function failedRecordOffset(
  errors: Record<string, unknown> | undefined,
): number | undefined {
  const offsets = Object.keys(errors ?? {}).flatMap((key) => {
    const match = /^(?:records|ids|revisions)\[(\d+)\]/.exec(key);
    return match?.[1] === undefined ? [] : [Number(match[1])];
  });
  return offsets.length === 0 ? undefined : Math.min(...offsets);
}
