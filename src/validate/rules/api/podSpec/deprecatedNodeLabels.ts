/** Node labels the API server warns about (pkg/api/node GetNodeLabelDeprecatedMessage). */
const DEPRECATED_NODE_LABELS: Readonly<Record<string, string>> = {
  'beta.kubernetes.io/arch': 'kubernetes.io/arch',
  'beta.kubernetes.io/os': 'kubernetes.io/os',
  'failure-domain.beta.kubernetes.io/region': 'topology.kubernetes.io/region',
  'failure-domain.beta.kubernetes.io/zone': 'topology.kubernetes.io/zone',
  'beta.kubernetes.io/instance-type': 'node.kubernetes.io/instance-type',
};

/**
 * The warning text for a deprecated node label key, or undefined.
 * @example deprecatedNodeLabelMessage('beta.kubernetes.io/os') → 'Node label beta.kubernetes.io/os is deprecated: use kubernetes.io/os instead.'
 */
export function deprecatedNodeLabelMessage(key: string): string | undefined {
  const replacement = Object.hasOwn(DEPRECATED_NODE_LABELS, key) ? DEPRECATED_NODE_LABELS[key] : undefined;
  return replacement ? `Node label ${key} is deprecated: use ${replacement} instead.` : undefined;
}
