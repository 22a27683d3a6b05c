#!/usr/bin/env node
// A committed entry so pnpm links the bin on install, before the first build creates dist/.
await import("../dist/cli/main.js");
