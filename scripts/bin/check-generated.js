#!/usr/bin/env node
// Runs the TypeScript source through tsx so the tooling needs no build step.
import { register } from "tsx/esm/api";

register();
await import("../src/check-generated-cli.ts");
