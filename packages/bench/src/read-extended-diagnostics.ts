/** The figures of `tsc --extendedDiagnostics` that the type-cost benchmark reports. */
export type TypeCheckDiagnostics = {
  checkSeconds: number;
  memoryKilobytes: number;
  types: number;
  instantiations: number;
};

/** Reads check time, memory, types and instantiations from the output of `tsc --extendedDiagnostics`. */
export function readExtendedDiagnostics(output: string): TypeCheckDiagnostics {
  const read = (label: string, unit: string): number => {
    const match = new RegExp(`^${label}:\\s+([0-9.]+)${unit}$`, "m").exec(output);
    if (!match?.[1]) throw new Error(`tsc --extendedDiagnostics printed no "${label}" line`);
    return Number(match[1]);
  };
  return {
    checkSeconds: read("Check time", "s"),
    memoryKilobytes: read("Memory used", "K"),
    types: read("Types", ""),
    instantiations: read("Instantiations", ""),
  };
}
