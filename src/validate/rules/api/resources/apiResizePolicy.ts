import { field } from '../../../../model/jsonValue';
import { defineRule } from '../../../rule';
import { describeContainer, containersExceptEphemeral } from '../../../support/containers/podContainers';
import { decodedString, objectItems } from '../../../support/decoding/decodedValue';

const RESOURCES = ['cpu', 'memory'];
const POLICIES = ['NotRequired', 'RestartContainer'];

/**
 * ResizePolicy names cpu or memory once each, with NotRequired or
 * RestartContainer, and only NotRequired when the pod's restartPolicy is Never. The server prints
 * most of these at `resizePolicy` without the index.
 */
export const apiResizePolicyRule = defineRule({
  id: 'api/resize-policy',
  severity: 'error',
  title: 'Resize policies name cpu or memory once, with a known policy',
  why: "resizePolicy says whether changing a container's cpu or memory in place needs a restart; a pod that never restarts containers (restartPolicy: Never) can only accept NotRequired.",
  docsUrl: 'https://kubernetes.io/docs/tasks/configure-pod-container/resize-container-resources/',
  appliesTo: 'workload',
  mirrors: ['core.validateResizePolicy'],
  check(context, report) {
    const podRestartPolicy = decodedString(field(context.podSpec, 'restartPolicy')) || 'Always';
    for (const slot of containersExceptEphemeral(context)) {
      const listPath = [...slot.path, 'resizePolicy'];
      const seen = new Set<string>();
      for (const { index, item } of objectItems(field(slot.container, 'resizePolicy'))) {
        const resourceName = decodedString(field(item, 'resourceName'));
        const restartPolicy = decodedString(field(item, 'restartPolicy'));
        if (resourceName === undefined || restartPolicy === undefined) continue;
        const itemPath = [...listPath, index];
        if (seen.has(resourceName))
          report({
            path: itemPath,
            errorType: 'Duplicate',
            message: `The ${describeContainer(slot)} has two resize policies for ${resourceName || 'an unnamed resource'}.`,
          });
        seen.add(resourceName);
        if (resourceName === '')
          report({
            path: listPath,
            markerPath: itemPath,
            errorType: 'Required',
            message: 'A resize policy needs a resourceName: cpu or memory.',
          });
        else if (!RESOURCES.includes(resourceName))
          report({
            path: listPath,
            markerPath: [...itemPath, 'resourceName'],
            errorType: 'NotSupported',
            message: `Resize policies exist for cpu and memory only, not ${resourceName}.`,
          });
        if (restartPolicy === '')
          report({
            path: listPath,
            markerPath: itemPath,
            errorType: 'Required',
            message: 'A resize policy needs a restartPolicy: NotRequired or RestartContainer.',
          });
        else if (!POLICIES.includes(restartPolicy))
          report({
            path: listPath,
            markerPath: [...itemPath, 'restartPolicy'],
            errorType: 'NotSupported',
            message: `"${restartPolicy}" is not a resize restart policy; use NotRequired or RestartContainer.`,
          });
        if (podRestartPolicy === 'Never' && restartPolicy !== 'NotRequired') {
          report({
            path: listPath,
            markerPath: [...itemPath, 'restartPolicy'],
            errorType: 'Invalid',
            message: `The pod's restartPolicy is Never, so the resize policy for ${resourceName || 'this resource'} must be NotRequired.`,
          });
        }
      }
    }
  },
});
