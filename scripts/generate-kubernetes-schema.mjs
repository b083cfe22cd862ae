#!/usr/bin/env node
// @ts-check
/**
 * Generates src/generated/kubernetes-schema.json, the JSON Schema (draft-07) of the Kubernetes
 * objects Pod Designer edits, from the npm package kubernetes-models (generated from the
 * Kubernetes 1.36 API) and its @kubernetes-models/apimachinery and @kubernetes-models/base
 * dependencies. Runs as the package's `postinstall`; reads nothing outside the project.
 *
 * Where the facts come from
 * - Each definition's `.d.ts` file (an `export interface` with TSDoc comments): property names,
 *   descriptions, which properties are required (no `?`), string-literal unions (enums), arrays
 *   (`Array<X>`), maps (`{ [key: string]: X }`) and references (imported `IIoK8s...` names).
 *   The `.d.ts` files are parsed by a small parser of the generator's regular format; any shape
 *   it does not know stops the script with a message naming the file and line.
 * - The versions: package.json pins kubernetes-models and its @kubernetes-models/* packages to
 *   exact versions, and the generator stops when another version is installed (an upstream change
 *   of the .d.ts format must be a deliberate upgrade, not a surprise at `npm install`).
 * - Each definition's `_schemas/*.js` (ajv standalone validators): whether a `number` property is
 *   an integer (int32/int64) or a floating-point number, whether a string is base64 (`byte`), and
 *   the required list, which is checked against the `.d.ts`.
 *
 * Shape of the output
 * - `definitions`, keyed by the OpenAPI definition name (`io.k8s.api.core.v1.Probe`,
 *   `io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta` ...): only those reachable from the root
 *   kinds (KUBERNETES_ROOTS in kubernetes-schema/buildKubernetesSchema.mjs). An object definition has `type`, `description`, `properties` (each with
 *   a `description`), `required` and `additionalProperties: false` (the API server's strict
 *   decoding rejects unknown fields); a map is `additionalProperties: <value schema>`.
 * - `null` is accepted wherever the API server accepts it as "unset": every optional property
 *   (`type: ["string", "null"]`; an enum lists `null` too), and every non-root definition
 *   (`type: ["object", "null"]`), because an optional property that references one is a bare
 *   `$ref`. Where null is not acceptable (a required property, an array item) the `$ref` has a
 *   sibling `type` without "null" (ajv 8 and monaco-yaml both apply keywords beside `$ref`).
 * - Quantity: a number, or a string matching the Kubernetes quantity pattern. IntOrString: an
 *   integer or a string. Time and MicroTime: strings. FieldsV1: any object.
 * - Root kinds require `apiVersion` and `kind`, each an `enum` of its one value.
 * - The document root is a dispatcher for a file that may hold any kind: an object that must
 *   have `apiVersion` and `kind`, with one `if`/`then` per root kind in `allOf`, selected by
 *   `kind` and an apiVersion of a built-in API group (so `apiVersion: v1` on a Deployment is
 *   reported, while a custom resource that shares a kind name, whose group has a dot, is not);
 *   `kind: List` (v1) dispatches each of its `items` the same way (`$ref: "#"`); any other kind
 *   (a custom resource) is accepted unchecked.
 * - `x-pod-designer-roots`: { [kind]: { apiVersion, definition } }, e.g.
 *   `"Deployment": { "apiVersion": "apps/v1", "definition": "io.k8s.api.apps.v1.Deployment" }`,
 *   to validate one known kind directly against `#/definitions/<definition>`.
 * - `x-pod-designer-source`: the package versions the schema was generated from.
 *
 * Usage: node scripts/generate-kubernetes-schema.mjs   (no arguments; deterministic output)
 *
 * The parts, in scripts/kubernetes-schema/ (plain ES modules type-checked by tsc through JSDoc, so
 * that `npm ci` runs them with nothing but Node): kubernetesPackages (finding the packages and
 * checking their versions), declarationTokens and declarationParser (the .d.ts files),
 * ajvValidators (the _schemas files), definitionLoader (following references from the roots),
 * schemaEmitter (one definition's schema) and buildKubernetesSchema (the roots and the dispatcher).
 * scripts/kubernetes-schema/buildKubernetesSchema.test.ts runs them on a small fixture package.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildKubernetesSchema } from './kubernetes-schema/buildKubernetesSchema.mjs';
import { GeneratorError } from './kubernetes-schema/generatorError.mjs';
import { findKubernetesPackages, relativePath } from './kubernetes-schema/kubernetesPackages.mjs';

const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const outputFile = path.join(projectRoot, 'src', 'generated', 'kubernetes-schema.json');

function main() {
  const started = performance.now();
  const packages = findKubernetesPackages(projectRoot);
  const schema = buildKubernetesSchema(packages);
  mkdirSync(path.dirname(outputFile), { recursive: true });
  const text = `${JSON.stringify(schema)}\n`;
  writeFileSync(outputFile, text);
  const milliseconds = Math.round(performance.now() - started);
  console.log(
    `kubernetes schema: ${Object.keys(schema.definitions).length} definitions, ${text.length} bytes -> ` +
      `${relativePath(packages, outputFile)} (${milliseconds} ms)`,
  );
}

try {
  main();
} catch (error) {
  if (error instanceof GeneratorError) {
    console.error(
      `generate-kubernetes-schema: ${error.message}\n` +
        'Pod Designer generates its Kubernetes schema from the kubernetes-models package when it is installed ' +
        '(scripts/generate-kubernetes-schema.mjs). If you upgraded kubernetes-models, its generated files may have ' +
        'changed shape: adapt scripts/kubernetes-schema/ or go back to the pinned version with npm ci.',
    );
    process.exit(1);
  }
  throw error;
}
