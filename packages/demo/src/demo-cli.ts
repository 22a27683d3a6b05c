import { runDemo } from "./run-demo.js";

// `pnpm demo` at the repository root builds the packages, then runs this.
await runDemo((line) => console.log(line));
