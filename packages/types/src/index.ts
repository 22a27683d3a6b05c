export type * from "./generated/index.gen.js";
