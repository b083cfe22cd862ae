import { field, type JsonObject } from '../../../../model/jsonValue';
import { defineRule } from '../../../rule';
import { decodedString, isAbsent, presentObject } from '../../../support/decoding/decodedValue';
import { containerEnv } from '../../../support/containers/containerEnv';

/** The sources of `valueFrom`; fileKeyRef exists with EnvFiles (beta, on by default since 1.35). */
const VALUE_SOURCES = ['fieldRef', 'resourceFieldRef', 'configMapKeyRef', 'secretKeyRef', 'fileKeyRef'] as const;

/**
 * `valueFrom` names exactly one source, and is not combined with a
 * non-empty `value`.
 */
export const apiEnvValueFromRule = defineRule({
  id: 'api/env-value-from',
  severity: 'error',
  title: 'valueFrom names exactly one source, without a value',
  why: 'An environment variable gets its value from one place: either the literal value, or one source under valueFrom (a field of the pod, a resource of the container, a ConfigMap key or a Secret key). Kubernetes will not guess which one you meant.',
  docsUrl: 'https://kubernetes.io/docs/tasks/inject-data-application/environment-variable-expose-pod-information/',
  appliesTo: 'workload',
  mirrors: ['core.validateEnvVarValueFrom'],
  check(context, report) {
    for (const env of containerEnv(context)) {
      const valueFrom = presentObject(field(env.entry, 'valueFrom'));
      if (!valueFrom) continue;
      const path = [...env.path, 'valueFrom'];
      const sources = VALUE_SOURCES.filter((source) => !isAbsent(field(valueFrom as JsonObject, source)));
      const value = decodedString(field(env.entry, 'value'));
      if (sources.length === 0) {
        report({
          path,
          errorType: 'Invalid',
          message: 'valueFrom is empty: set one of fieldRef, resourceFieldRef, configMapKeyRef or secretKeyRef.',
        });
      } else if (value) {
        report({
          path,
          errorType: 'Invalid',
          message: `This variable has both a value ("${value}") and valueFrom: keep only one of them.`,
        });
      } else if (sources.length > 1) {
        report({
          path,
          errorType: 'Invalid',
          message: `valueFrom sets ${sources.join(' and ')}: a variable can take its value from only one source.`,
        });
      }
    }
  },
});
