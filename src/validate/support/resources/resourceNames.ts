import { isQualifiedName, qualifiedNameProblems } from '../nameFormats';

/**
 * How the API server classifies resource names (`pkg/apis/core/helper`): standard container
 * resources, hugepages, and extended resources (a domain-prefixed name like example.com/gpu).
 */

const STANDARD_CONTAINER_RESOURCES = new Set(['cpu', 'memory', 'ephemeral-storage']);
/** Resources counted in whole units (for containers: extended resources). */
const INTEGER_RESOURCES = new Set([
  'pods',
  'services',
  'replicationcontrollers',
  'resourcequotas',
  'secrets',
  'configmaps',
  'persistentvolumeclaims',
  'services.nodeports',
  'services.loadbalancers',
]);

export function isHugePagesResource(name: string): boolean {
  return name.startsWith('hugepages-');
}

/** Built into Kubernetes: unprefixed, or under kubernetes.io/. */
export function isNativeResource(name: string): boolean {
  return !name.includes('/') || name.includes('kubernetes.io/');
}

/** A domain-prefixed resource a device plugin or the cluster advertises (example.com/gpu). */
export function isExtendedResource(name: string): boolean {
  return !isNativeResource(name) && !name.startsWith('requests.') && isQualifiedName(`requests.${name}`);
}

/** Whether requests may be below limits (false for extended resources and hugepages: request must equal limit). */
export function isOvercommitAllowed(name: string): boolean {
  return isNativeResource(name) && !isHugePagesResource(name);
}

export function isIntegerResource(name: string): boolean {
  return INTEGER_RESOURCES.has(name) || isExtendedResource(name);
}

/**
 * Why `name` cannot be a key of a container's `resources.limits` / `requests`
 * (`validateContainerResourceName`); empty when it can.
 */
export function containerResourceNameProblems(name: string): string[] {
  const problems = qualifiedNameProblems(name);
  if (!name.includes('/')) {
    if (!STANDARD_CONTAINER_RESOURCES.has(name) && !isHugePagesResource(name)) {
      problems.push(
        'a container can only request cpu, memory, ephemeral-storage and hugepages-<size> by these plain names, and other resources by a domain-prefixed name like example.com/gpu',
      );
    }
  } else if (problems.length === 0 && !isNativeResource(name) && !isExtendedResource(name)) {
    problems.push('it does not follow the extended resource name standard (domain/name, like example.com/gpu)');
  }
  return problems;
}
