import { field } from '../../../model/jsonValue';
import type { ObjectContext } from '../../objectContext';
import { containersExceptEphemeral, type PodContainer } from '../containers/podContainers';

/**
 * True for pods that do a task and stop: Jobs, CronJobs, and bare Pods with restartPolicy Never or
 * OnFailure. Probe advice does not apply to them.
 */
export function podRunsToCompletion(context: ObjectContext): boolean {
  if (context.workload?.runsToCompletion) return true;
  const restartPolicy = field(context.podSpec, 'restartPolicy');
  return context.workload?.kind === 'Pod' && (restartPolicy === 'Never' || restartPolicy === 'OnFailure');
}

/**
 * The containers probe advice is about: app containers and native sidecars of a long-running pod
 * (not plain init containers, which run once to completion, and none of a Job's or a task pod's).
 */
export function probedContainers(context: ObjectContext): readonly PodContainer[] {
  if (podRunsToCompletion(context)) return [];
  return containersExceptEphemeral(context).filter((slot) => slot.role !== 'init');
}
