import { field } from '../../../../model/jsonValue';
import { defineRule } from '../../../rule';
import { decodedString, isAbsent, presentObject } from '../../../support/decoding/decodedValue';
import { markerForMissing } from '../../../support/markerForMissing';
import { containerEnv } from '../../../support/containers/containerEnv';
import { checkDivisor } from '../../../support/resources/resourceDivisor';
import { isHugePagesResourceField, RESOURCE_FIELD_NAMES } from '../../../support/downwardApiFields';

/**
 * `resourceFieldRef.resource` is one of the container's requests or
 * limits (cpu, memory, ephemeral-storage, hugepages-*), and its divisor is a unit of that resource.
 */
export const apiEnvResourceFieldRefRule = defineRule({
  id: 'api/env-resource-field-ref',
  severity: 'error',
  title: 'resourceFieldRef reads a request or limit with a matching divisor',
  why: "resourceFieldRef copies one of the container's own requests or limits into a variable (so an app can size its memory, for example); the divisor is the unit the number is expressed in, and only whole units of that resource are allowed.",
  docsUrl:
    'https://kubernetes.io/docs/tasks/inject-data-application/environment-variable-expose-pod-information/#use-container-fields-as-values-for-environment-variables',
  appliesTo: 'workload',
  mirrors: ['core.validateContainerResourceFieldSelector', 'core.validateContainerResourceDivisor'],
  check(context, report) {
    for (const env of containerEnv(context)) {
      const ref = presentObject(field(field(env.entry, 'valueFrom'), 'resourceFieldRef'));
      if (!ref) continue;
      const refPath = [...env.path, 'valueFrom', 'resourceFieldRef'];
      const resource = decodedString(field(ref, 'resource'));
      if (resource === undefined) continue;
      const resourcePath = [...refPath, 'resource'];
      if (resource === '') {
        report({
          path: resourcePath,
          markerPath: markerForMissing(context.object, resourcePath),
          errorType: 'Required',
          message: 'resourceFieldRef needs a resource, such as limits.memory or requests.cpu.',
        });
      } else if (!RESOURCE_FIELD_NAMES.includes(resource) && !isHugePagesResourceField(resource)) {
        report({
          path: resourcePath,
          errorType: 'NotSupported',
          message: `Resource "${resource}" cannot be read: use one of ${RESOURCE_FIELD_NAMES.join(', ')} (or requests./limits.hugepages-<size>).`,
        });
      }
      const divisor = field(ref, 'divisor');
      if (isAbsent(divisor) || (typeof divisor !== 'string' && typeof divisor !== 'number')) continue;
      const verdict = checkDivisor(resource, divisor);
      if (typeof verdict === 'object') {
        report({
          path: [...refPath, 'divisor'],
          errorType: 'Invalid',
          message: `Divisor ${JSON.stringify(divisor)} is not supported for ${resource}: use ${verdict.allowed}.`,
        });
      }
    }
  },
});
