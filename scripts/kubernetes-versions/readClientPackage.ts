/**
 * Reads the API of one Kubernetes minor from a published @kubernetes/client-node package (installed
 * under an alias, `k8s-client-1.30`): its models and the kinds its API classes create.
 *
 * - Models: each generated model file (`dist/gen/model/v1Container.js` in 0.x,
 *   `dist/gen/models/V1Container.js` from 1.0) holds `X.attributeTypeMap = [ { "name", "baseName",
 *   "type" } … ]`, a JSON array: the field names as the API spells them (`baseName`) and their types
 *   (`V1Probe`, `Array<V1Container>`, `{ [key: string]: V1ResourceClaim; }`, `string` …).
 * - Kinds: each API class (`dist/gen/api/batchV1Api` in 0.x, `dist/gen/apis/BatchV1Api` from 1.0)
 *   has a `create[Namespaced]<Kind>` method whose `.d.ts` names the body's model and whose `.js`
 *   builds the request path (`/apis/batch/v1/namespaces/{namespace}/cronjobs`), which names the group
 *   and version. Methods that create a subresource (`createNamespacedPodBinding(name, …)`) are skipped.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

export interface ClientApi {
  /** Model name → field name → the model its value (or its items) is, or null for a scalar. */
  readonly models: ReadonlyMap<string, ReadonlyMap<string, string | null>>;
  /** `apiVersion/Kind` (`batch/v1/CronJob`, `v1/Pod`) → the model of that kind. */
  readonly kinds: ReadonlyMap<string, string>;
  /**
   * `Model.field` places the package does not describe: whether the field exists there, and what
   * is under it, is unknown (a cdk8s import leaves out `status`; the client describes everything).
   */
  readonly uncovered?: ReadonlySet<string>;
  /**
   * False when `kinds` are not the kinds the release serves (Pulumi keeps every API version ever
   * served): they then only lead to the fields. Every other reader lists the served kinds.
   */
  readonly describesKinds?: false;
}

const TYPE_MAP = /(\w+)\.attributeTypeMap = (\[[\s\S]*?\n\]);/;

export function readClientPackage(packageDirectory: string): ClientApi {
  const generated = path.join(packageDirectory, 'dist', 'gen');
  const modelDirectory = firstExisting(generated, ['models', 'model']);
  const apiDirectory = firstExisting(generated, ['apis', 'api']);
  const rawModels = new Map<string, { baseName: string; type: string }[]>();
  for (const file of readdirSync(modelDirectory)) {
    if (!file.endsWith('.js')) continue;
    const match = TYPE_MAP.exec(readFileSync(path.join(modelDirectory, file), 'utf8'));
    if (!match) continue;
    rawModels.set(match[1]!, JSON.parse(match[2]!) as { baseName: string; type: string }[]);
  }
  const models = new Map<string, Map<string, string | null>>();
  for (const [name, attributes] of rawModels) {
    const fields = new Map<string, string | null>();
    for (const { baseName, type } of attributes) {
      const element = elementType(type);
      fields.set(baseName, rawModels.has(element) ? element : null);
    }
    models.set(name, fields);
  }
  if (models.size < 300) throw new Error(`${packageDirectory}: only ${models.size} models found`);
  const kinds = new Map<string, string>();
  const published = publishedApiClasses(generated, apiDirectory);
  for (const file of readdirSync(apiDirectory)) {
    if (!file.endsWith('Api.js')) continue;
    // The generator leaves the files of APIs a later Kubernetes dropped; only exported classes count.
    if (!published.has(file[0]!.toUpperCase() + file.slice(1, -'.js'.length))) continue;
    const code = readFileSync(path.join(apiDirectory, file), 'utf8');
    const declarations = readFileSync(path.join(apiDirectory, file.replace(/\.js$/, '.d.ts')), 'utf8');
    for (const [, method, kind, parameters] of declarations.matchAll(/\b(create(?:Namespaced)?(\w+))\(([^)]*)\)/g)) {
      const body = /\bbody: (\w+)/.exec(parameters!)?.[1];
      if (!body || /(?:^|, )name: string/.test(parameters!) || !models.has(body)) continue;
      const start = code.search(new RegExp(`\\n\\s+(?:async )?${method}\\(`));
      if (start < 0) continue;
      const requestPath = /localVarPath = (?:this\.basePath \+ )?'([^']+)'/.exec(code.slice(start))?.[1];
      const apiVersion = requestPath && apiVersionOfPath(requestPath);
      if (apiVersion) kinds.set(`${apiVersion}/${kind}`, body);
    }
  }
  if (!kinds.has('v1/Pod')) throw new Error(`${packageDirectory}: no Pod kind found in ${apiDirectory}`);
  return { models, kinds };
}

/**
 * The API classes a package exports: `dist/gen/index.js` re-exports them (`ObjectBatchV1Api as
 * BatchV1Api`) from 1.0, `dist/gen/api/apis.d.ts` lists them in 0.x.
 */
function publishedApiClasses(generated: string, apiDirectory: string): Set<string> {
  const index = path.join(apiDirectory, 'apis.d.ts');
  const text = existsSync(index) ? readFileSync(index, 'utf8') : readFileSync(path.join(generated, 'index.js'), 'utf8');
  const names = new Set([...text.matchAll(/\b([A-Z]\w*Api)\b/g)].map((match) => match[1]!));
  if (names.size < 10) throw new Error(`${generated}: the list of exported API classes was not found`);
  return names;
}

/** The model a field's values are: `Array<V1Container>` and `{ [key: string]: V1X; }` are their items. */
function elementType(type: string): string {
  const array = /^Array<(.+)>$/.exec(type);
  if (array) return elementType(array[1]!);
  const map = /^\{ \[key: string\]: (.+?);? \}$/.exec(type);
  if (map) return elementType(map[1]!);
  return type;
}

/** `/api/v1/namespaces/{namespace}/pods` → `v1`; `/apis/batch/v1/cronjobs` → `batch/v1`. */
function apiVersionOfPath(requestPath: string): string | undefined {
  const core = /^\/api\/(v\w+)\//.exec(requestPath);
  if (core) return core[1];
  const grouped = /^\/apis\/([^/]+)\/(v\w+)\//.exec(requestPath);
  return grouped ? `${grouped[1]}/${grouped[2]}` : undefined;
}

function firstExisting(directory: string, names: readonly string[]): string {
  for (const name of names) if (existsSync(path.join(directory, name))) return path.join(directory, name);
  throw new Error(`${directory}: none of ${names.join(', ')}`);
}
