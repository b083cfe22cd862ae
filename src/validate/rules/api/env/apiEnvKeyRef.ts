import { field } from '../../../../model/jsonValue';
import { defineRule } from '../../../rule';
import { configMapKeyProblems, dns1123SubdomainProblems } from '../../../support/nameFormats';
import { decodedString, presentObject } from '../../../support/decoding/decodedValue';
import { markerForMissing } from '../../../support/markerForMissing';
import { containerEnv } from '../../../support/containers/containerEnv';

const SELECTORS = [
  { key: 'configMapKeyRef', kind: 'ConfigMap' },
  { key: 'secretKeyRef', kind: 'Secret' },
] as const;

/**
 * ConfigMapKeyRef and secretKeyRef name an object (a DNS subdomain; the
 * server reports an empty name as Invalid, not Required) and a key made of letters, digits, "-",
 * "_" and ".".
 */
export const apiEnvKeyRefRule = defineRule({
  id: 'api/env-key-ref',
  severity: 'error',
  title: 'configMapKeyRef and secretKeyRef name an object and a key',
  why: "A variable taken from a ConfigMap or Secret is looked up by the object's name and one of its keys when the container starts; both must be valid names or Kubernetes cannot find them.",
  docsUrl:
    'https://kubernetes.io/docs/tasks/configure-pod-container/configure-pod-configmap/#define-container-environment-variables-using-configmap-data',
  appliesTo: 'workload',
  mirrors: ['core.validateConfigMapKeySelector', 'core.validateSecretKeySelector'],
  check(context, report) {
    for (const env of containerEnv(context)) {
      const valueFrom = presentObject(field(env.entry, 'valueFrom'));
      if (!valueFrom) continue;
      for (const { key, kind } of SELECTORS) {
        const selector = presentObject(field(valueFrom, key));
        if (!selector) continue;
        const selectorPath = [...env.path, 'valueFrom', key];
        const name = decodedString(field(selector, 'name'));
        if (name !== undefined) {
          const namePath = [...selectorPath, 'name'];
          const problems = dns1123SubdomainProblems(name);
          if (name === '') {
            report({
              path: namePath,
              markerPath: markerForMissing(context.object, namePath),
              errorType: 'Invalid',
              message: `${key} needs the name of the ${kind} to read from.`,
            });
          } else if (problems.length > 0) {
            report({
              path: namePath,
              errorType: 'Invalid',
              message: `${kind} name "${name}" ${problems.join(' and ')}.`,
            });
          }
        }
        const keyValue = decodedString(field(selector, 'key'));
        if (keyValue === undefined) continue;
        const keyPath = [...selectorPath, 'key'];
        if (keyValue === '') {
          report({
            path: keyPath,
            markerPath: markerForMissing(context.object, keyPath),
            errorType: 'Required',
            message: `${key} needs the key of the ${kind} entry to read.`,
          });
          continue;
        }
        const problems = configMapKeyProblems(keyValue);
        if (problems.length > 0) {
          report({
            path: keyPath,
            errorType: 'Invalid',
            message: `${kind} key "${keyValue}" ${problems.join(' and ')}.`,
          });
        }
      }
    }
  },
});
