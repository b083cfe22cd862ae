/**
 * Reads the fields of one Kubernetes minor from a published @pulumi/kubernetes release (installed
 * under an alias, `k8s-pulumi-1.35`), for a minor that neither the official client nor cdk8s-plus
 * publishes. Its `types/input.d.ts` is generated from that Kubernetes release's OpenAPI: one
 * namespace per group and version, one interface per type, one line per field:
 *
 *     export declare namespace core {
 *         namespace v1 {
 *             interface PodSpec {
 *                 containers: pulumi.Input<pulumi.Input<inputs.core.v1.Container>[]>;
 *
 * A kind's interface has `apiVersion?: pulumi.Input<"apps/v1">` and `kind?: pulumi.Input<"Deployment">`.
 * Pulumi keeps every API version Kubernetes ever served (extensions/v1beta1 …), so its kinds say
 * nothing about what a release serves: they only lead to the fields (ClientApi.describesKinds).
 * Field names are the API's, but for `x-kubernetes-*`, spelled `x_kubernetes_*`.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { ClientApi } from './readClientPackage';

const NAMESPACE = /^( *)(?:export declare )?namespace (\w+) \{$/;
const INTERFACE = /^ {8}interface (\w+) \{$/;
const FIELD = /^ {12}([\w$]+)\??: (.*)$/;

export function readPulumiTypes(packageDirectory: string): ClientApi {
  const lines = readFileSync(path.join(packageDirectory, 'types', 'input.d.ts'), 'utf8').split('\n');
  const rawModels = new Map<string, Map<string, string | null>>();
  const literals = new Map<string, { apiVersion?: string; kind?: string }>();
  const namespaces: string[] = [];
  let current: Map<string, string | null> | undefined;
  let currentName = '';
  for (const line of lines) {
    const namespace = NAMESPACE.exec(line);
    if (namespace) {
      namespaces.length = namespace[1]!.length / 4;
      namespaces.push(namespace[2]!);
      current = undefined;
      continue;
    }
    const declared = INTERFACE.exec(line);
    if (declared) {
      currentName = `${namespaces.join('.')}.${declared[1]}`;
      // Patch types (for server-side apply patches) are not the API's types.
      current = declared[1]!.endsWith('Patch') ? undefined : new Map();
      if (current) rawModels.set(currentName, current);
      continue;
    }
    if (/^ {8}\}$/.test(line)) {
      current = undefined;
      continue;
    }
    const field = current && FIELD.exec(line);
    if (!field || !current) continue;
    const name = field[1]!.startsWith('x_kubernetes_') ? field[1]!.replaceAll('_', '-') : field[1]!;
    const literal = /^pulumi\.Input<"([^"]+)">;$/.exec(field[2]!)?.[1];
    if (literal && (name === 'apiVersion' || name === 'kind'))
      literals.set(currentName, { ...literals.get(currentName), [name]: literal });
    current.set(name, /\binputs\.([\w.]+)/.exec(field[2]!)?.[1] ?? null);
  }
  const models = new Map<string, ReadonlyMap<string, string | null>>();
  for (const [name, fields] of rawModels)
    models.set(
      name,
      new Map([...fields].map(([field, model]) => [field, model && rawModels.has(model) ? model : null])),
    );
  if (models.size < 300) throw new Error(`${packageDirectory}: only ${models.size} interfaces found`);
  const kinds = new Map<string, string>();
  for (const [model, { apiVersion, kind }] of literals)
    if (apiVersion && kind && !kind.endsWith('List')) kinds.set(`${apiVersion}/${kind}`, model);
  if (kinds.get('v1/Pod') !== 'core.v1.Pod') throw new Error(`${packageDirectory}: no Pod kind found`);
  return { models, kinds, describesKinds: false };
}
