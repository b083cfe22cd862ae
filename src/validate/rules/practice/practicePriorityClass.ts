import { field } from '../../../model/jsonValue';
import { defineRule } from '../../rule';

const SYSTEM_CLASSES = new Set(['system-node-critical', 'system-cluster-critical']);
const LONG_RUNNING_CONTROLLERS = new Set([
  'Deployment',
  'StatefulSet',
  'DaemonSet',
  'ReplicaSet',
  'ReplicationController',
]);

/** Priority classes: the system classes outside kube-system, and (as advice) none at all. */
export const practicePriorityClassRule = defineRule({
  id: 'practice/priority-class',
  severity: 'info',
  title: 'Give long-running workloads a priority class',
  why: 'When a cluster is full, the scheduler evicts lower-priority pods to make room for higher-priority ones. Without a priorityClassName every pod has the same priority, so an unimportant batch job can keep a critical service from being scheduled.',
  docsUrl: 'https://kubernetes.io/docs/concepts/scheduling-eviction/pod-priority-preemption/',
  appliesTo: 'workload',
  check(context, report) {
    const priorityClass = field(context.podSpec, 'priorityClassName');
    const path = [...context.podSpecPath, 'priorityClassName'];
    if (typeof priorityClass === 'string' && SYSTEM_CLASSES.has(priorityClass)) {
      const namespace = field(field(context.object, 'metadata'), 'namespace');
      if (namespace === 'kube-system') return;
      report({
        path,
        severity: 'warning',
        message: `${priorityClass} is reserved for components the cluster cannot work without; an application pod with it can evict almost anything else on a full node. Create your own PriorityClass.`,
      });
      return;
    }
    if (typeof priorityClass === 'string' && priorityClass !== '') return;
    const kind = context.workload?.kind;
    if (!kind || !LONG_RUNNING_CONTROLLERS.has(kind)) return;
    report({
      path,
      message:
        kind === 'DaemonSet'
          ? 'This DaemonSet has no priority class; on a full node its pod may not find room, so the node runs without it.'
          : `This ${kind} has no priority class, so it has the same priority as every other pod when the cluster is full.`,
    });
  },
});
