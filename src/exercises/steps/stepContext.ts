import type { Exercise } from '../../catalog/exercises/exercise';
import type { Manifest } from '../../model/manifest';
import type { FindingData } from '../../validate/finding';
import type { DesignedPod } from '../designedPod';

/** What a step check looks at: the design, its pod, and the validator's findings for it. */
export interface StepContext {
  readonly exercise: Exercise;
  readonly documents: Manifest;
  readonly pod: DesignedPod;
  /** The findings about the designed workload. */
  readonly podFindings: readonly FindingData[];
}

/** The outcome of one step check: met, or why not. */
export interface StepOutcome {
  readonly met: boolean;
  readonly detail?: string;
}

export const MET: StepOutcome = { met: true };

export function unmet(detail: string): StepOutcome {
  return { met: false, detail };
}
