/**
 * Reads the enum values of one Kubernetes minor from a published kubernetes-models release
 * (installed under an alias, `k8s-models-1.33`): its declarations spell each enum of the OpenAPI
 * as a union of string literals (`"operator"?: "Equal" | "Exists" | "Gt" | "Lt";`), which the
 * official client does not keep.
 *
 * Each type is one file (`v1/Toleration.d.ts`, `apps/v1/Deployment.d.ts`) whose first interface
 * lists its fields; a field whose type is another file's interface names it by an import
 * (`import { IIoK8sApiCoreV1Container } from "./Container.js"`). A kind's interface has
 * `"apiVersion": "apps/v1"; "kind": "Deployment";`. Types of other packages (ObjectMeta, in
 * @kubernetes-models/apimachinery) are left out: no enum there matters to a target version.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { ClientApi } from './readClientPackage';

export interface ModelsApi extends ClientApi {
  /** Model → field → its enum values (of its items, for a list), for fields that have an enum. */
  readonly values: ReadonlyMap<string, ReadonlyMap<string, ReadonlySet<string>>>;
}

const INTERFACE = /^export interface I\w+(?: extends \w+)? \{\n([\s\S]*?)^\}/m;
const FIELD = /^ {4}"([^"]+)"\??: ([^\n]*?);?$/gm;
const IMPORT = /^import \{ (\w+) \} from "([^"]+)";$/gm;
const STRING_UNION = /^(?:Array<)?((?:"[^"]*"(?: \| )?)+)>?$/;

export function readModelsPackage(packageDirectory: string): ModelsApi {
  const models = new Map<string, Map<string, string | null>>();
  const values = new Map<string, Map<string, Set<string>>>();
  const kinds = new Map<string, string>();
  for (const file of declarationFiles(packageDirectory)) {
    const text = readFileSync(path.join(packageDirectory, file), 'utf8');
    const body = INTERFACE.exec(text)?.[1];
    if (body === undefined) continue;
    const id = file.slice(0, -'.d.ts'.length);
    const imported = new Map<string, string>();
    for (const [, name, from] of text.matchAll(IMPORT))
      if (from!.startsWith('.'))
        imported.set(name!, path.posix.join(path.posix.dirname(id), from!.replace(/\.js$/, '')));
    const fields = new Map<string, string | null>();
    const enums = new Map<string, Set<string>>();
    let apiVersion: string | undefined;
    let kind: string | undefined;
    for (const [, name, type] of body.matchAll(FIELD)) {
      const union = STRING_UNION.exec(type!)?.[1];
      if (union) {
        const literals = new Set([...union.matchAll(/"([^"]*)"/g)].map((match) => match[1]!));
        if (name === 'apiVersion' && literals.size === 1) apiVersion = [...literals][0];
        else if (name === 'kind' && literals.size === 1) kind = [...literals][0];
        else enums.set(name!, literals);
      }
      const reference = /\b(IIoK8s\w+)\b/.exec(type!)?.[1];
      fields.set(name!, (reference && imported.get(reference)) || null);
    }
    models.set(id, fields);
    if (enums.size > 0) values.set(id, enums);
    if (apiVersion && kind && !kind.endsWith('List')) kinds.set(`${apiVersion}/${kind}`, id);
  }
  if (models.size < 300) throw new Error(`${packageDirectory}: only ${models.size} declarations found`);
  if (!kinds.has('v1/Pod')) throw new Error(`${packageDirectory}: no Pod kind found`);
  if (!values.get('v1/Toleration')?.has('operator'))
    throw new Error(`${packageDirectory}: no enum of Toleration.operator found (has the declaration format changed?)`);
  return { models, kinds, values };
}

/** The `.d.ts` files of the API's types, relative to the package (`v1/Pod.d.ts`), in a stable order. */
function declarationFiles(packageDirectory: string): string[] {
  const files: string[] = [];
  const walk = (relative: string): void => {
    for (const entry of readdirSync(path.join(packageDirectory, relative), { withFileTypes: true })) {
      const child = relative ? `${relative}/${entry.name}` : entry.name;
      if (entry.isDirectory()) {
        if (entry.name !== 'node_modules' && !entry.name.startsWith('_')) walk(child);
      } else if (entry.name.endsWith('.d.ts') && entry.name !== 'index.d.ts') files.push(child);
    }
  };
  walk('');
  return files.sort();
}
