import { field } from '../../../../model/jsonValue';
import { parseQuantity } from '../../../../model/quantity';
import { defineRule } from '../../../rule';
import { qualifiedNameProblems } from '../../../support/nameFormats';
import { decodedString, isAbsent, presentObject } from '../../../support/decoding/decodedValue';

const STANDARD_CONTAINER_RESOURCES = new Set(['cpu', 'memory', 'ephemeral-storage']);
const STANDARD_RESOURCES = new Set([
  ...STANDARD_CONTAINER_RESOURCES,
  'requests.cpu',
  'requests.memory',
  'requests.ephemeral-storage',
  'requests.storage',
  'limits.cpu',
  'limits.memory',
  'limits.ephemeral-storage',
  'storage',
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
const INTEGER_RESOURCES = new Set([
  'pods',
  'resourcequotas',
  'services',
  'replicationcontrollers',
  'secrets',
  'configmaps',
  'persistentvolumeclaims',
  'services.nodeports',
  'services.loadbalancers',
]);

const isHugePages = (name: string) => name.startsWith('hugepages-');
const isNative = (name: string) => !name.includes('/') || name.includes('kubernetes.io/');
const isExtended = (name: string) =>
  !isNative(name) && !name.startsWith('requests.') && qualifiedNameProblems(`requests.${name}`).length === 0;

/** validateContainerResourceName: why `name` cannot be a container resource, or undefined. */
function resourceNameProblem(name: string): string | undefined {
  const problems = qualifiedNameProblems(name);
  if (problems.length > 0) return `Resource name "${name}" is not valid: ${problems.join('; ')}.`;
  if (!name.includes('/')) {
    if (!STANDARD_CONTAINER_RESOURCES.has(name) && !isHugePages(name)) {
      return `"${name}" is not a container resource: use cpu, memory, ephemeral-storage, hugepages-<size> or a domain-qualified extended resource${STANDARD_RESOURCES.has(name) ? '' : ' (like example.com/device)'}.`;
    }
    return undefined;
  }
  return isNative(name) || isExtended(name)
    ? undefined
    : `"${name}" does not follow the extended resource name standard (domain/name).`;
}

/** A quantity in thousandths, rounded up like Quantity.MilliValue(). */
const milli = (value: number) => Math.ceil(Math.round(value * 1e6) / 1e3);

/**
 * Spec.overhead is validated like container limits (resource names,
 * non-negative quantities, whole extended resources, hugepages sizes, hugepages need cpu or
 * memory). Fractional bytes get the server's warning, and overhead without runtimeClassName a
 * warning that the RuntimeClass admission plugin (enabled by default) rejects it.
 */
export const apiPodOverheadRule = defineRule({
  id: 'api/pod-overhead',
  severity: 'error',
  title: 'spec.overhead holds valid resource quantities',
  why: 'Pod overhead is the CPU and memory the runtime itself uses for a pod (for example a sandbox VM); it is normally filled in from the RuntimeClass, and is validated like container limits.',
  docsUrl: 'https://kubernetes.io/docs/concepts/scheduling-eviction/pod-overhead/',
  appliesTo: 'workload',
  mirrors: ['core.validateOverhead'],
  check(context, report) {
    const overhead = presentObject(field(context.podSpec, 'overhead'));
    if (!overhead) return;
    const overheadPath = [...context.podSpecPath, 'overhead'];
    let hasCpuOrMemory = false;
    let hasHugePages = false;
    for (const name of Object.keys(overhead)) {
      const path = [...overheadPath, name];
      const nameProblem = resourceNameProblem(name);
      if (nameProblem) report({ path, errorType: 'Invalid', message: nameProblem });
      if (name === 'cpu' || name === 'memory') hasCpuOrMemory = true;
      const raw = overhead[name];
      const value = typeof raw === 'string' || typeof raw === 'number' ? parseQuantity(raw) : null;
      if (value === null) continue;
      if (value < 0) {
        report({ path, errorType: 'Invalid', message: `Overhead ${name} ${String(raw)} must not be negative.` });
        continue;
      }
      const thousandths = milli(value);
      if ((INTEGER_RESOURCES.has(name) || isExtended(name)) && thousandths % 1000 !== 0) {
        report({ path, errorType: 'Invalid', message: `Overhead ${name} ${String(raw)} must be a whole number.` });
      }
      if ((name === 'memory' || name === 'ephemeral-storage') && thousandths % 1000 !== 0) {
        report({
          path,
          severity: 'warning',
          message: `Overhead ${name} ${String(raw)} is a fractional number of bytes; use a whole number of bytes.`,
        });
      }
      if (isHugePages(name)) {
        hasHugePages = true;
        const pageSize = parseQuantity(name.slice('hugepages-'.length));
        const bytes = Math.ceil(value);
        if (pageSize === null || pageSize <= 0 || !Number.isInteger(pageSize) || bytes % pageSize !== 0) {
          report({
            path,
            errorType: 'Invalid',
            message: `Overhead ${name} ${String(raw)} is not a whole number of ${name.slice('hugepages-'.length)} pages.`,
          });
        }
      }
    }
    if (hasHugePages && !hasCpuOrMemory) {
      report({
        path: overheadPath,
        errorType: 'Forbidden',
        message: 'Hugepages in the overhead require a cpu or memory overhead as well.',
      });
    }
    const runtimeClassName = decodedString(field(context.podSpec, 'runtimeClassName'));
    if (isAbsent(field(context.podSpec, 'runtimeClassName')) || runtimeClassName === '') {
      report({
        path: overheadPath,
        severity: 'warning',
        message:
          'overhead is set without a runtimeClassName: the RuntimeClass admission plugin (on by default) rejects such a Pod. Let the RuntimeClass fill in the overhead instead.',
      });
    }
  },
});
