import type { DataPath } from '../../../model/dataPath';
import { isJsonObject, type JsonObject } from '../../../model/jsonValue';
import { getAtPath } from '../../../model/valueAtPath';
import type { ObjectContext } from '../../objectContext';

/** The controller kinds that keep pods running (their pods must restart Always). */
export const LONG_RUNNING_KINDS = [
  'Deployment',
  'StatefulSet',
  'DaemonSet',
  'ReplicaSet',
  'ReplicationController',
] as const;

/** Where a controller keeps the spec that holds its pod template. */
export interface ControllerSpec {
  readonly kind: string;
  /** `spec`, or `spec.jobTemplate.spec` for a CronJob. */
  readonly specPath: DataPath;
  readonly spec: JsonObject;
  /** `spec.template` (`spec.jobTemplate.spec.template`). */
  readonly templatePath: DataPath;
}

/** The spec of a controller (not a Pod), or undefined for Pods and other kinds. */
export function controllerSpec(context: ObjectContext): ControllerSpec | undefined {
  const kind = context.workload?.kind;
  if (!kind || kind === 'Pod') return undefined;
  const specPath: DataPath = kind === 'CronJob' ? ['spec', 'jobTemplate', 'spec'] : ['spec'];
  const spec = getAtPath(context.object, specPath);
  return { kind, specPath, spec: isJsonObject(spec) ? spec : {}, templatePath: [...specPath, 'template'] };
}

export function isLongRunning(kind: string): boolean {
  return (LONG_RUNNING_KINDS as readonly string[]).includes(kind);
}
