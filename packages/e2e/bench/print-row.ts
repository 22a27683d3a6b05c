/** Prints one aligned row of figures: a label and up to two values. */
export function printRow(label: string, first: string, second = ""): void {
  console.log(`${label.padEnd(46)} ${first.padStart(20)} ${second.padStart(18)}`.trimEnd());
}
