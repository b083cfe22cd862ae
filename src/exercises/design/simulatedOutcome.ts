import type { ImageFacts } from '../../catalog/exercises/exercise';
import type { JsonObject } from '../../model/jsonValue';
import { describePodStatus } from '../../simulate/describePodStatus';
import type { ContainerFault } from '../../simulate/lifecycleTypes';
import { simulatePod } from '../../simulate/simulatePod';
import { containerFaults } from './containerFaults';

/** Whether the pod would run as meant in the lifecycle simulation, and what it shows at the end. */
export interface SimulatedOutcome {
  readonly works: boolean;
  /** The pod's state at the end of the simulation: "Pod: Running · Ready · receives Service traffic". */
  readonly finalStatus: string;
  /** Why containers misbehave: "tailer: its command … is one string". */
  readonly reasons: readonly string[];
}

/**
 * Plays the pod in the lifecycle simulation with the faults the design and the image facts imply.
 * A long-running pod (restartPolicy Always) works when it ends Running and Ready with no
 * container restarted; a run-to-completion pod works when it Succeeds.
 */
export function simulatedOutcome(podSpec: JsonObject, images: readonly ImageFacts[]): SimulatedOutcome {
  const faults = containerFaults(podSpec, images);
  const faultByName: Record<string, ContainerFault> = {};
  for (const [name, entry] of faults) faultByName[name] = entry.fault;
  const timeline = simulatePod(podSpec, { faults: faultByName });
  const last = timeline.pod[timeline.pod.length - 1];
  const restarted = timeline.containers.some((container) =>
    container.segments.some((segment) => segment.restartCount > 0),
  );
  const works =
    last !== undefined &&
    (timeline.restartPolicy === 'Always'
      ? last.phase === 'Running' && last.ready && !restarted
      : last.phase === 'Succeeded');
  return {
    works,
    finalStatus: last ? describePodStatus(last) : 'Pod: Pending',
    reasons: [...faults].map(([name, entry]) => `${name}: ${entry.reason}`),
  };
}
