import { field } from '../../../model/jsonValue';
import { parseQuantity } from '../../../model/quantity';
import { defineRule } from '../../rule';
import { containersExceptEphemeral, describeContainer } from '../../support/containers/podContainers';
import { setFieldFix } from '../../support/fixes/fieldFixes';

/** Memory request lower than the memory limit (CPU may differ: unused CPU is simply shared). */
export const practiceMemoryRequestBelowLimitRule = defineRule({
  id: 'practice/memory-request-below-limit',
  severity: 'info',
  title: 'Memory request equals the memory limit',
  why: 'The node reserves only the requested memory; when it runs short, a container using more than its request is evicted first, even below its limit. Setting request = limit makes memory predictable (CPU differs: unused CPU is simply shared).',
  docsUrl: 'https://kubernetes.io/docs/concepts/workloads/pods/pod-qos/',
  appliesTo: 'workload',
  check(context, report) {
    for (const slot of containersExceptEphemeral(context)) {
      if (slot.role === 'init') continue;
      const resources = field(slot.container, 'resources');
      const request = field(field(resources, 'requests'), 'memory');
      const limit = field(field(resources, 'limits'), 'memory');
      const requested = parseQuantity(request);
      const limited = parseQuantity(limit);
      if (requested === null || limited === null || requested <= 0 || requested >= limited) continue;
      const path = [...slot.path, 'resources', 'requests', 'memory'];
      report({
        path,
        message: `The ${describeContainer(slot)} requests ${String(request)} of memory but may use up to ${String(limit)}; above ${String(request)} it can be evicted when the node runs short.`,
        fix: setFieldFix(context, path, limit!, `Request ${String(limit)} of memory (equal to the limit)`),
      });
    }
  },
});
