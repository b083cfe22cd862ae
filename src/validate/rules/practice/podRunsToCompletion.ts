import { field } from '../../../model/jsonValue';
import type { ObjectContext } from '../../objectContext';

/**
 * True for pods that do a task and stop: Jobs, CronJobs, and bare Pods with restartPolicy Never or
 * OnFailure. Probe advice does not apply to them.
 */
export function podRunsToCompletion(context: ObjectContext): boolean {
  if (context.workload?.runsToCompletion) return true;
  const restartPolicy = field(context.podSpec, 'restartPolicy');
  return context.workload?.kind === 'Pod' && (restartPolicy === 'Never' || restartPolicy === 'OnFailure');
}
