import type { Figure } from "./figure.js";

const columns = ["benchmark", "subject", "metric", "value", "target", "result"] as const;

/** Renders the figures as one Markdown table (ready to paste into a note), value column right-aligned. */
export function printTable(figures: readonly Figure[]): string {
  const rows = figures.map((figure) => [
    figure.benchmark,
    figure.subject,
    figure.metric,
    figure.value,
    figure.target?.text ?? "",
    figure.target ? (figure.target.met ? "PASS" : "MISS") : "",
  ]);
  const widths = columns.map((column, index) =>
    Math.max(column.length, ...rows.map((row) => row[index]?.length ?? 0)),
  );
  const line = (cells: readonly string[]) =>
    `| ${cells
      .map((cell, index) =>
        columns[index] === "value"
          ? cell.padStart(widths[index] ?? 0)
          : cell.padEnd(widths[index] ?? 0),
      )
      .join(" | ")} |`;
  const rule = `|${widths
    .map((width, index) => `${"-".repeat(width + 1)}${columns[index] === "value" ? ":" : "-"}`)
    .join("|")}|`;
  return [line(columns), rule, ...rows.map(line)].join("\n");
}
