/** Prints one aligned row of figures: a label and up to two values. */
export function printRow(label: string, first: string, second = ""): void {
  console.log(`${label.padEnd(44)} ${first.padStart(18)} ${second.padStart(16)}`.trimEnd());
}
