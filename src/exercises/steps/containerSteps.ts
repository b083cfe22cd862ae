import type { ContainerRole, ProbeKind } from '../../model/containers';
import { findContainerSlot } from '../../model/containers';
import { parseImageReference } from '../../model/imageReference';
import { field, isJsonArray, isJsonObject } from '../../model/jsonValue';
import { imageFactsOf } from '../design/imageFacts';
import { probeProblem } from '../design/probeProblem';
import { MET, type StepContext, type StepOutcome, unmet } from './stepContext';

const ROLE_WORDS: Record<ContainerRole, string> = {
  app: 'an app container',
  init: 'an init container',
  sidecar: 'a native sidecar (an init container with restartPolicy: Always)',
};

function slotOf(context: StepContext, name: string) {
  return findContainerSlot(context.pod.podSpec, name);
}

/** The container has the probe, and it asks for what the image answers. */
export function probeWorksStep(context: StepContext, name: string, probe: ProbeKind): StepOutcome {
  const slot = slotOf(context, name);
  if (!slot) return unmet(`There is no container named ${name}.`);
  const problem = probeProblem(slot.container, probe, imageFactsOf(slot.container, context.exercise.images ?? []));
  return problem ? unmet(`${name}: ${problem}.`) : MET;
}

/** The container exists with this role. */
export function containerRoleStep(context: StepContext, name: string, role: ContainerRole): StepOutcome {
  const slot = slotOf(context, name);
  if (!slot) return unmet(`There is no container named ${name}.`);
  return slot.role === role ? MET : unmet(`${name} is ${ROLE_WORDS[slot.role]}; it should be ${ROLE_WORDS[role]}.`);
}

function setsEnv(context: StepContext, name: string, variable: string): boolean | null {
  const slot = slotOf(context, name);
  if (!slot) return null;
  const env = field(slot.container, 'env');
  return isJsonArray(env) && env.some((entry) => isJsonObject(entry) && field(entry, 'name') === variable);
}

/** The container's environment sets the variable. */
export function envSetStep(context: StepContext, name: string, variable: string): StepOutcome {
  const sets = setsEnv(context, name, variable);
  if (sets === null) return unmet(`There is no container named ${name}.`);
  return sets ? MET : unmet(`${name} has no environment variable ${variable}.`);
}

/** The container's environment no longer sets the variable (the container must still exist). */
export function envAbsentStep(context: StepContext, name: string, variable: string): StepOutcome {
  const sets = setsEnv(context, name, variable);
  if (sets === null) return unmet(`There is no container named ${name}.`);
  return sets ? unmet(`${name} still sets the environment variable ${variable}.`) : MET;
}

/** The container still runs an image of this repository. */
export function imageRepositoryStep(context: StepContext, name: string, repository: string): StepOutcome {
  const slot = slotOf(context, name);
  if (!slot) return unmet(`There is no container named ${name}.`);
  const image = field(slot.container, 'image');
  const actual = typeof image === 'string' ? parseImageReference(image.trim()).repository : '';
  return actual === repository ? MET : unmet(`${name} should still run ${repository}, not ${actual || 'no image'}.`);
}
