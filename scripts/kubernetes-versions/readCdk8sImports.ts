/**
 * Reads the API of one Kubernetes minor from a published cdk8s-plus package (installed under an
 * alias, `k8s-cdk8s-1.31`), for the minors the official client skips. Its `lib/imports/k8s.*` is
 * what `cdk8s import k8s@1.NN` generated from that Kubernetes release's OpenAPI:
 *
 * - `k8s.d.ts`: one interface per schema type; each field carries the schema field it stands for
 *   (`@schema io.k8s.api.core.v1.PodSpec#activeDeadlineSeconds`), which is the name as the API
 *   spells it, whatever the TypeScript property is called, and its type (`Container[]`,
 *   `{ [key: string]: Quantity; }`, `string` …).
 * - `k8s.js`: each kind's class (`KubePod`) with its `GVK = { apiVersion: 'v1', kind: 'Pod' }`;
 *   the class's props interface (`KubePodProps`) is the kind's model.
 *
 * The props interfaces leave out `apiVersion` and `kind` (the class sets them; every kind has
 * them, so they are added back) and `status` (the server writes it; uncovered: the package says
 * nothing about it). Where two API groups have a type of the same name (flowcontrol's and rbac's
 * `Subject`), the import emits one interface and points both at it: a field of one group whose
 * type belongs to another group (other than the core and meta types every group uses) is
 * uncovered too.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { ClientApi } from './readClientPackage';

const INTERFACE = /@schema ([\w.-]+)\n \*\/\nexport interface (\w+) \{\n([\s\S]*?)^\}/gm;
const FIELD = /@schema [\w.-]+#(\S+)\n {5}\*\/\n {4}readonly \w+\??: ([^;]*?(?:\{\n[^}]*\})?);\n/g;

export function readCdk8sImports(packageDirectory: string): ClientApi {
  const imports = path.join(packageDirectory, 'lib', 'imports');
  const declarations = readFileSync(path.join(imports, 'k8s.d.ts'), 'utf8');
  const rawModels = new Map<string, [string, string][]>();
  const schemaPackage = new Map<string, string>();
  for (const [, schema, name, body] of declarations.matchAll(INTERFACE)) {
    schemaPackage.set(name!, schema!.slice(0, schema!.lastIndexOf('.')));
    rawModels.set(
      name!,
      [...body!.matchAll(FIELD)].map(([, field, type]) => [field!, type!]),
    );
  }
  const models = new Map<string, Map<string, string | null>>();
  const uncovered = new Set<string>();
  for (const [name, fields] of rawModels) {
    const fieldModels = new Map<string, string | null>();
    for (const [field, type] of fields) {
      const element = elementType(type);
      const model = rawModels.has(element) ? element : null;
      fieldModels.set(field, model);
      if (model && crossesGroups(schemaPackage.get(name)!, schemaPackage.get(model)!))
        uncovered.add(`${name}.${field}`);
    }
    models.set(name, fieldModels);
  }
  if (models.size < 300) throw new Error(`${imports}: only ${models.size} interfaces found`);
  const kinds = new Map<string, string>();
  const code = readFileSync(path.join(imports, 'k8s.js'), 'utf8');
  for (const [, className, apiVersion, kind] of code.matchAll(
    /^(\w+)\.GVK = \{\n\s+apiVersion: '([^']+)',\n\s+kind: '([^']+)',\n\};/gm,
  )) {
    const props = `${className}Props`;
    // List kinds have props too; only kinds with a model of their own are kept, like the client's.
    const fields = models.get(props);
    if (!fields || kind!.endsWith('List')) continue;
    kinds.set(`${apiVersion}/${kind}`, props);
    fields.set('apiVersion', null);
    fields.set('kind', null);
    uncovered.add(`${props}.status`);
  }
  if (!kinds.has('v1/Pod')) throw new Error(`${imports}: no Pod kind found`);
  return { models, kinds, uncovered };
}

/** Packages every API group's types use: core/v1 (PodTemplateSpec …) and apimachinery (ObjectMeta …). */
const SHARED_PACKAGE = /^io\.k8s\.(api\.core\.v1|apimachinery)\b/;

function crossesGroups(ownerPackage: string, typePackage: string): boolean {
  return ownerPackage !== typePackage && !SHARED_PACKAGE.test(typePackage);
}

/** The interface a field's values are: `Container[]` and `{ [key: string]: Quantity; }` are their items. */
function elementType(type: string): string {
  const array = /^(.+)\[\]$/.exec(type);
  if (array) return elementType(array[1]!);
  const map = /^\{\s*\[key: string\]: (.+?);\s*\}$/.exec(type);
  if (map) return elementType(map[1]!);
  return type;
}
