/**
 * The Kubernetes 1.36 JSON Schema (draft-07) that `scripts/generate-kubernetes-schema.mjs`
 * writes at install time from the kubernetes-models package. Its root validates any document
 * (dispatching on `kind` and `apiVersion`, `kind: List` item by item, custom resources let
 * through); `definitions` are keyed by OpenAPI name (`io.k8s.api.core.v1.Pod`); the root kinds
 * say which definition checks a document of one known kind.
 */
import schemaJson from '../generated/kubernetes-schema.json';

/** A kind the schema defines: its one served apiVersion and its definition's name. */
export interface KubernetesRoot {
  readonly apiVersion: string;
  readonly definition: string;
}

export interface KubernetesJsonSchema {
  readonly $schema: string;
  readonly definitions: Readonly<Record<string, object>>;
  readonly 'x-pod-designer-roots': Readonly<Record<string, KubernetesRoot>>;
  readonly [keyword: string]: unknown;
}

export const kubernetesSchema: KubernetesJsonSchema = schemaJson;

/** The root kinds by `kind`: `kubernetesRoots.Deployment.definition === 'io.k8s.api.apps.v1.Deployment'`. */
export const kubernetesRoots: Readonly<Record<string, KubernetesRoot>> = kubernetesSchema['x-pod-designer-roots'];

/**
 * The root kind a document declares, when the schema defines that kind at that apiVersion.
 * @example kubernetesRootFor('apps/v1', 'Deployment') // { apiVersion: 'apps/v1', definition: 'io.k8s.api.apps.v1.Deployment' }
 * @example kubernetesRootFor('serving.knative.dev/v1', 'Service') // undefined
 */
export function kubernetesRootFor(apiVersion: unknown, kind: unknown): KubernetesRoot | undefined {
  if (typeof kind !== 'string' || !Object.hasOwn(kubernetesRoots, kind)) return undefined;
  const root = kubernetesRoots[kind];
  return root?.apiVersion === apiVersion ? root : undefined;
}

/**
 * The JSON pointer of a root's definition inside the schema, for validating one known kind.
 * @example definitionPointer(kubernetesRoots.Pod) // '#/definitions/io.k8s.api.core.v1.Pod'
 */
export function definitionPointer(root: KubernetesRoot): string {
  return `#/definitions/${root.definition}`;
}
