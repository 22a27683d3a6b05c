import { readFile } from "node:fs/promises";
import { parse } from "yaml";
import { httpMethods, type OpenApiDocument } from "./openapi-document.js";

// The main job until the emulator demo exists: prove the committed bundles load and count what they describe.
for (const name of ["openapi.yaml", "openapi.with-guest.yaml"]) {
  const url = new URL(`../../spec/bundled/${name}`, import.meta.url);
  const document = parse(await readFile(url, "utf8")) as OpenApiDocument;
  const operations = Object.values(document.paths).flatMap((item) =>
    httpMethods.filter((method) => item[method]),
  );
  const paths = Object.keys(document.paths).length;
  console.log(`spec/bundled/${name}: ${operations.length} operations on ${paths} paths`);
}
