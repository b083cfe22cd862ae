/**
 * The Go packages of kubernetes/kubernetes whose validation the API-server rules reproduce, by the
 * short name a rule's `mirrors` entry starts with.
 */
export const KUBERNETES_VALIDATION_PACKAGES = {
  /** Pods, pod templates, ReplicationControllers, volumes, containers (validation.go). */
  core: 'pkg/apis/core/validation',
  /** Deployments, StatefulSets, DaemonSets, ReplicaSets. */
  apps: 'pkg/apis/apps/validation',
  /** Jobs and CronJobs. */
  batch: 'pkg/apis/batch/validation',
  /** The warnings the API server sends back with an accepted pod (warnings.go). */
  podWarnings: 'pkg/api/pod',
  /** Object metadata: names, generateName, namespace, annotations, finalizers (objectmeta.go). */
  objectMeta: 'staging/src/k8s.io/apimachinery/pkg/api/validation',
  /** Labels and label selectors. */
  metaV1: 'staging/src/k8s.io/apimachinery/pkg/apis/meta/v1/validation',
} as const;

/**
 * One Kubernetes validation function a rule reproduces: a package's short name and the function,
 * like `core.validateContainerPorts` (pkg/apis/core/validation) or `apps.ValidateDeploymentSpec`.
 */
export type KubernetesValidation = `${keyof typeof KUBERNETES_VALIDATION_PACKAGES}.${string}`;

/** The package path and function name of a `mirrors` entry. */
export function kubernetesValidationSource(validation: KubernetesValidation): {
  readonly packagePath: string;
  readonly functionName: string;
} {
  const dot = validation.indexOf('.');
  const packageName = validation.slice(0, dot) as keyof typeof KUBERNETES_VALIDATION_PACKAGES;
  return { packagePath: KUBERNETES_VALIDATION_PACKAGES[packageName], functionName: validation.slice(dot + 1) };
}
