import type { ExerciseStepCheck } from '../../catalog/exercises/exercise';
import { containerRoleStep, envAbsentStep, envSetStep, imageRepositoryStep, probeWorksStep } from './containerSteps';
import { podSecurityLevelStep, ruleSilentStep } from './findingSteps';
import { sharedTailedVolumeStep } from './sharedTailedVolumeStep';
import type { StepContext, StepOutcome } from './stepContext';
import { objectFileStep, sharedVolumeStep, volumeSourceStep } from './volumeSteps';
import { workloadKindStep } from './workloadKindStep';

/** Checks one step of an exercise's goal against the design. */
export function checkStep(check: ExerciseStepCheck, context: StepContext): StepOutcome {
  switch (check.kind) {
    case 'rule-silent':
      return ruleSilentStep(context, check.rule);
    case 'pod-security-level':
      return podSecurityLevelStep(context, check.level);
    case 'probe-works':
      return probeWorksStep(context, check.container, check.probe);
    case 'shared-tailed-volume':
      return sharedTailedVolumeStep(context);
    case 'shared-volume':
      return sharedVolumeStep(context, check.containers, check.source);
    case 'container-role':
      return containerRoleStep(context, check.container, check.role);
    case 'env-set':
      return envSetStep(context, check.container, check.name);
    case 'env-absent':
      return envAbsentStep(context, check.container, check.name);
    case 'secret-file':
      return objectFileStep(context, check.container, 'secret', check.secret, check.file);
    case 'config-map-file':
      return objectFileStep(context, check.container, 'configMap', check.configMap, check.file);
    case 'image-repository':
      return imageRepositoryStep(context, check.container, check.repository);
    case 'volume-source':
      return volumeSourceStep(context, check.container, check.mountPath, check.source);
    case 'workload-kind':
      return workloadKindStep(context, check.kinds, check.minReplicas);
  }
}
