import { createRequire } from "node:module";
import { cpus, loadavg, platform, release, totalmem } from "node:os";

const require = createRequire(import.meta.url);

/** One line naming the machine, its load and the tool versions the figures were measured with. */
export function describeMachine(): string {
  const [cpu] = cpus();
  const versionOf = (name: string): string => {
    const manifest: unknown = require(`${name}/package.json`);
    return typeof manifest === "object" && manifest !== null && "version" in manifest
      ? String(manifest.version)
      : "unknown";
  };
  return [
    `Node ${process.versions.node}`,
    `${platform()} ${release()}`,
    `${cpus().length} x ${cpu?.model.trim() ?? "unknown CPU"}`,
    `${Math.round(totalmem() / 1024 ** 3)} GB RAM`,
    `load average ${loadavg()[0]?.toFixed(1)} (1 min)`,
    `TypeScript ${versionOf("typescript")}`,
    `esbuild ${versionOf("esbuild")}`,
  ].join(", ");
}
