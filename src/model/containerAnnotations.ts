/**
 * Pod annotations whose value is a container's name: the container `kubectl logs` and
 * `kubectl exec` pick when none is given (and the older spelling for logs). A rename must follow
 * them, and one naming no container is a mistake.
 */
export const CONTAINER_NAME_ANNOTATIONS: readonly string[] = [
  'kubectl.kubernetes.io/default-container',
  'kubectl.kubernetes.io/default-logs-container',
];
