import type { DataPath } from '../../../model/dataPath';
import { field, isJsonObject, type JsonObject } from '../../../model/jsonValue';
import { getAtPath } from '../../../model/valueAtPath';
import { WORKLOAD_KIND_NAMES } from '../../../model/workloadKinds';
import type { ObjectContext } from '../../objectContext';

/** A metadata block the API server validates: the object's own, or its pod template's. */
export interface MetadataScope {
  readonly metadata: JsonObject;
  /** `['metadata']` or `['spec', 'template', 'metadata']` ... */
  readonly path: DataPath;
  readonly isTemplate: boolean;
}

/**
 * The object's metadata (for anything with a kind) and, for a controller, its pod template's
 * metadata, whose labels and annotations the server validates the same way.
 */
export function metadataScopes(context: ObjectContext): MetadataScope[] {
  const scopes: MetadataScope[] = [];
  if (context.kind === undefined) return scopes;
  const own = field(context.object, 'metadata');
  if (isJsonObject(own)) scopes.push({ metadata: own, path: ['metadata'], isTemplate: false });
  if (context.workload && context.podMetadataPath.length > 1) {
    const template = getAtPath(context.object, context.podMetadataPath);
    if (isJsonObject(template)) scopes.push({ metadata: template, path: context.podMetadataPath, isTemplate: true });
  }
  return scopes;
}

/** Kinds whose names the API server checks as DNS subdomains (all namespaced). */
export const SUBDOMAIN_NAMED_KINDS: ReadonlySet<string> = new Set([
  ...WORKLOAD_KIND_NAMES,
  'ConfigMap',
  'Secret',
  'PersistentVolumeClaim',
  'ServiceAccount',
  'PodDisruptionBudget',
  'HorizontalPodAutoscaler',
  'NetworkPolicy',
  'Ingress',
  'LimitRange',
  'ResourceQuota',
  'Endpoints',
  'PodTemplate',
]);

/** Namespaced kinds whose metadata rules Pod Designer knows exactly. */
export function isKnownNamespacedKind(kind: string | undefined): boolean {
  return kind !== undefined && (SUBDOMAIN_NAMED_KINDS.has(kind) || kind === 'Service');
}
