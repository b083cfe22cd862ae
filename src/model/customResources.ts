/**
 * Whether an apiVersion belongs to a custom resource: its group has a dot and is not one of
 * Kubernetes' own (`*.k8s.io`). Built-in groups without a dot (`apps`, `batch`, `policy` …) and
 * the core group (`v1`) are Kubernetes' own.
 * @example isCustomResourceApiVersion('cert-manager.io/v1') // true
 * @example isCustomResourceApiVersion('networking.k8s.io/v1') // false
 */
export function isCustomResourceApiVersion(apiVersion: unknown): boolean {
  if (typeof apiVersion !== 'string' || !apiVersion.includes('/')) return false;
  const group = apiVersion.slice(0, apiVersion.indexOf('/'));
  return group.includes('.') && !group.endsWith('.k8s.io') && group !== 'k8s.io';
}
