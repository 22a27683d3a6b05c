import { readFileSync } from "node:fs";
import { Ajv2020, type ValidateFunction } from "ajv/dist/2020.js";
import addFormats from "ajv-formats";
import { parse } from "yaml";

type Node = Record<string, unknown>;

const bundleUrl = new URL("../../../spec/bundled/openapi.with-guest.yaml", import.meta.url);

/** Checks response bodies against the response schemas of spec/bundled (guest paths included). */
export class SpecResponseValidator {
  readonly #bundle: Node;
  readonly #ajv: Ajv2020;
  readonly #compiled = new Map<string, ValidateFunction>();
  readonly #paths: { template: string; pattern: RegExp }[];

  constructor() {
    this.#bundle = parse(readFileSync(bundleUrl, "utf8")) as Node;
    this.#ajv = new Ajv2020({ strict: false, allErrors: true, discriminator: true });
    addFormats.default(this.#ajv);
    this.#ajv.addSchema({ $id: "bundle", components: this.#bundle.components }, "bundle");
    this.#paths = Object.keys(this.#bundle.paths as Node).map((template) => ({
      template,
      pattern: new RegExp(`^${template.replace(/[.]/g, "\\.").replace(/\{[^}]+\}/g, "[^/]+")}$`),
    }));
  }

  /** Throws unless the spec has the operation and the body fits its response for the status. */
  validate(
    method: string,
    pathname: string,
    status: number,
    contentType: string,
    body: unknown,
  ): void {
    const where = `${method} ${pathname} -> ${status}`;
    const template = this.#paths.find((path) => path.pattern.test(pathname))?.template;
    const operation = template
      ? ((this.#bundle.paths as Node)[template] as Node)[method.toLowerCase()]
      : undefined;
    if (!template || !operation) throw new Error(`The spec has no operation ${method} ${pathname}`);
    const responses = (operation as Node).responses as Node;
    const key = [String(status), `${String(status)[0]}XX`, "default"].find(
      (candidate) => candidate in responses,
    );
    if (!key) throw new Error(`The spec has no response for ${where}`);
    const response = this.#resolve(responses[key]) as Node;
    const content = (response.content ?? {}) as Node;
    if (!contentType.startsWith("application/json")) {
      const types = Object.keys(content);
      if (types.length === 0 || types.every((type) => type === "application/json")) {
        throw new Error(`The spec declares no ${contentType} body for ${where}`);
      }
      return;
    }
    const media = content["application/json"] as Node | undefined;
    if (!media?.schema) throw new Error(`The spec declares no JSON body for ${where}`);
    const pointer = `${template}|${method}|${key}`;
    let validate = this.#compiled.get(pointer);
    if (!validate) {
      validate = this.#ajv.compile(rewriteRefs(media.schema) as object);
      this.#compiled.set(pointer, validate);
    }
    if (!validate(body)) {
      const problems = (validate.errors ?? []).map(
        (error) => `${error.instancePath || "/"} ${error.message}`,
      );
      throw new Error(
        `Response of ${where} does not fit the spec:\n${problems.join("\n")}\n${JSON.stringify(body).slice(0, 2000)}`,
      );
    }
  }

  #resolve(node: unknown): unknown {
    const ref = (node as Node | undefined)?.$ref;
    if (typeof ref !== "string") return node;
    return this.#resolve(
      ref
        .replace(/^#\//, "")
        .split("/")
        .reduce<unknown>(
          (current, part) => (current as Node)[part.replaceAll("~1", "/").replaceAll("~0", "~")],
          this.#bundle,
        ),
    );
  }
}

// Local refs point at #/components/...; inside ajv they must point at the registered bundle.
function rewriteRefs(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(rewriteRefs);
  if (node === null || typeof node !== "object") return node;
  return Object.fromEntries(
    Object.entries(node).map(([key, value]) => [
      key,
      key === "$ref" && typeof value === "string" && value.startsWith("#/")
        ? `bundle${value}`
        : rewriteRefs(value),
    ]),
  );
}
