import { field, type JsonObject } from '../model/jsonValue';
import { workloadKindOf } from '../model/workloads';

/** One line about the controller around the pod: "3 replicas", "schedule 0 * * * *" ... */
export function workloadSummary(workload: JsonObject): string | null {
  const kind = workloadKindOf(workload)?.kind;
  const spec = field(workload, 'spec');
  switch (kind) {
    case 'Deployment':
    case 'StatefulSet':
    case 'ReplicaSet':
    case 'ReplicationController': {
      const replicas = field(spec, 'replicas');
      const count = typeof replicas === 'number' ? replicas : 1;
      return `${count} replica${count === 1 ? '' : 's'}`;
    }
    case 'DaemonSet':
      return 'one pod per node';
    case 'Job': {
      const completions = field(spec, 'completions');
      const parallelism = field(spec, 'parallelism');
      const parts = [
        `${typeof completions === 'number' ? completions : 1} completion${completions === 1 || completions === undefined ? '' : 's'}`,
      ];
      if (typeof parallelism === 'number') parts.push(`parallelism ${parallelism}`);
      return parts.join(', ');
    }
    case 'CronJob': {
      const schedule = field(spec, 'schedule');
      return typeof schedule === 'string' ? `schedule ${schedule}` : 'no schedule';
    }
    default:
      return null;
  }
}
