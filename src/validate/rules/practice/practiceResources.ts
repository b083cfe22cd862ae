import type { Severity } from '../../finding';
import { defineRule } from '../../rule';
import { podResourceValue, resourceValue, type ResourceKind } from '../../support/resources/requestedResources';
import { containersExceptEphemeral, describeContainer } from '../../support/containers/podContainers';
import { setFieldFix } from '../../support/fixes/fieldFixes';

interface Requirement {
  readonly kind: ResourceKind;
  readonly resource: 'cpu' | 'memory';
  readonly label: string;
  readonly severity: Severity;
}

const REQUIREMENTS: readonly Requirement[] = [
  { kind: 'requests', resource: 'cpu', label: 'CPU request', severity: 'warning' },
  { kind: 'requests', resource: 'memory', label: 'memory request', severity: 'warning' },
  { kind: 'limits', resource: 'memory', label: 'memory limit', severity: 'warning' },
  { kind: 'limits', resource: 'cpu', label: 'CPU limit', severity: 'info' },
];

/**
 * CPU and memory requests and limits of long-running containers (app containers and native
 * sidecars, in every workload kind), saying exactly which are missing. A request is not missing
 * when its limit is set (Kubernetes copies the limit), nor when the pod sets pod-level resources.
 */
export const practiceResourcesRule = defineRule({
  id: 'practice/resources',
  severity: 'warning',
  title: 'Containers set CPU and memory requests and a memory limit',
  why: `The scheduler places pods by their requests: without them nodes get overfilled and the container is the first to be starved of CPU or evicted. Without a memory limit one leak can use up the node's memory; a CPU limit is optional, as it only caps bursts (and can slow the app down).`,
  docsUrl: 'https://kubernetes.io/docs/concepts/configuration/manage-resources-containers/',
  appliesTo: 'workload',
  check(context, report) {
    for (const slot of containersExceptEphemeral(context)) {
      if (slot.role === 'init') continue;
      const missing = REQUIREMENTS.filter(
        ({ kind, resource }) =>
          resourceValue(slot.container, kind, resource) === undefined &&
          podResourceValue(context.podSpec, kind, resource) === undefined,
      );
      if (missing.length === 0) continue;
      const cPath = [...slot.path];
      const severity: Severity = missing.some((requirement) => requirement.severity === 'warning') ? 'warning' : 'info';
      // A missing memory limit next to a memory request has one safe fix: limit = request.
      const memoryRequest = resourceValue(slot.container, 'requests', 'memory');
      const fixMemoryLimit =
        memoryRequest !== undefined && missing.some((r) => r.kind === 'limits' && r.resource === 'memory');
      const labels = missing.map((requirement) => requirement.label);
      const list =
        labels.length === 1 ? labels[0]! : `${labels.slice(0, -1).join(', ')} or ${labels[labels.length - 1]!}`;
      report({
        path: [...cPath, 'resources'],
        severity,
        message:
          missing.length === REQUIREMENTS.length
            ? `The ${describeContainer(slot)} sets no CPU or memory requests or limits: the scheduler reserves nothing for it, and it is among the first to be starved or evicted.`
            : `The ${describeContainer(slot)} has no ${list}.${severity === 'info' ? ' Leaving out the CPU limit is a valid choice; set one if this container must not use spare CPU.' : ''}${
                fixMemoryLimit
                  ? ` A limit equal to the request (${String(memoryRequest)}) is memory the node guarantees; it is only right if the container never needs more (above it, it is OOM-killed), so use its measured peak if that is higher.`
                  : ''
              }`,
        ...(fixMemoryLimit
          ? {
              fix: setFieldFix(
                context,
                [...cPath, 'resources', 'limits', 'memory'],
                memoryRequest,
                `Set the memory limit to the request (${String(memoryRequest)}), if it never needs more`,
              ),
            }
          : {}),
      });
    }
  },
});
