import { field, isJsonObject } from '../../../../model/jsonValue';
import { defineRule } from '../../../rule';
import { removeFieldFix } from '../../../support/fixes/fieldFixes';
import { containersExceptEphemeral } from '../../../support/containers/podContainers';
import { decodedString, isAbsent, objectItems } from '../../../support/decoding/decodedValue';

/** Container fields an ephemeral container may not set (everything beyond running a debug process). */
const FORBIDDEN_FIELDS = [
  'ports',
  'resources',
  'livenessProbe',
  'readinessProbe',
  'startupProbe',
  'lifecycle',
  'resizePolicy',
  'restartPolicy',
  'restartPolicyRules',
];

/** Whether Go sees the field as set: any non-null value, except an empty `resources` (a struct, not a pointer). */
function isNonZero(key: string, value: unknown): boolean {
  if (value === undefined || value === null) return false;
  return key !== 'resources' || !isJsonObject(value) || Object.keys(value).length > 0;
}

/**
 * Ephemeral containers cannot be part of a new pod or a pod template (they
 * are added to a running pod, by `kubectl debug`), and they may not have ports, resources, probes,
 * lifecycle hooks or restart settings, nor subPath mounts.
 */
export const apiEphemeralContainersRule = defineRule({
  id: 'api/ephemeral-containers',
  severity: 'error',
  title: 'Ephemeral containers are added to running pods, not designed',
  why: 'Ephemeral containers are temporary debugging containers that kubectl debug adds to a pod that is already running; a new pod or a pod template cannot contain them.',
  docsUrl: 'https://kubernetes.io/docs/concepts/workloads/pods/ephemeral-containers/',
  appliesTo: 'workload',
  mirrors: ['core.ValidatePodCreate', 'core.ValidatePodTemplateSpec'],
  check(context, report) {
    const podSpec = context.podSpec;
    const listPath = [...context.podSpecPath, 'ephemeralContainers'];
    const list = field(podSpec, 'ephemeralContainers');
    if (!Array.isArray(list) || list.length === 0) return;
    report({
      path: listPath,
      errorType: 'Forbidden',
      message:
        context.kind === 'Pod'
          ? 'ephemeralContainers cannot be set when a pod is created; add them to the running pod with kubectl debug.'
          : 'A pod template cannot contain ephemeral containers.',
      fix: removeFieldFix(context, listPath, 'Remove ephemeralContainers'),
    });
    const otherNames = new Set(containersExceptEphemeral(context).map((slot) => slot.name));
    for (const { index, item } of objectItems(field(podSpec, 'ephemeralContainers'))) {
      const path = [...listPath, index];
      for (const key of FORBIDDEN_FIELDS) {
        if (isNonZero(key, field(item, key))) {
          report({
            path: [...path, key],
            errorType: 'Forbidden',
            message: `An ephemeral container cannot set ${key}.`,
          });
        }
      }
      for (const mount of objectItems(field(item, 'volumeMounts'))) {
        for (const key of ['subPath', 'subPathExpr'] as const) {
          if (decodedString(field(mount.item, key))) {
            report({
              path: [...path, 'volumeMounts', mount.index, key],
              errorType: 'Forbidden',
              message: `An ephemeral container cannot mount with ${key}.`,
            });
          }
        }
      }
      const target = decodedString(field(item, 'targetContainerName'));
      if (target && !isAbsent(field(item, 'targetContainerName')) && !otherNames.has(target)) {
        report({
          path: [...path, 'targetContainerName'],
          errorType: 'NotFound',
          message: `There is no container named "${target}" to target.`,
        });
      }
    }
  },
});
