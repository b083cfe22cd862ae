import type { JsonObject } from '../model/jsonValue';
import { type RevealStep, revealSteps } from '../graph/reveal/revealSteps';
import type { DesignerState } from './designerStore';
import { memoizeByObject } from './memoize';
import { selectCurrentWorkload } from './selectors';

const NO_STEPS: readonly RevealStep[] = [];
const stepsFor = memoizeByObject((workload: JsonObject): readonly RevealStep[] => revealSteps(workload));

/** The designed workload part by part, for the presenter's step-by-step reveal (memoised per workload). */
export function selectRevealSteps(state: DesignerState): readonly RevealStep[] {
  const workload = selectCurrentWorkload(state);
  return workload ? stepsFor(workload.object) : NO_STEPS;
}
