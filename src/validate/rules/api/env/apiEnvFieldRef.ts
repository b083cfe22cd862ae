import { field } from '../../../../model/jsonValue';
import { defineRule } from '../../../rule';
import { qualifiedNameProblems } from '../../../support/nameFormats';
import { decodedString, presentObject } from '../../../support/decoding/decodedValue';
import { markerForMissing } from '../../../support/markerForMissing';
import { containerEnv } from '../../../support/containers/containerEnv';
import { CONVERTIBLE_FIELD_PATHS } from '../../../support/downwardApiFields';

/** Field paths an environment variable may read. */
const FOR_ENV = [
  'metadata.name',
  'metadata.namespace',
  'metadata.uid',
  'spec.nodeName',
  'spec.serviceAccountName',
  'status.hostIP',
  'status.hostIPs',
  'status.podIP',
  'status.podIPs',
];
const FOR_ENV_SET = new Set([...FOR_ENV, 'spec.host']);

/** `metadata.labels['app']` → ['metadata.labels', 'app'] (fieldpath.SplitMaybeSubscriptedPath). */
function splitSubscript(fieldPath: string): [string, string] | undefined {
  if (!fieldPath.endsWith("']")) return undefined;
  const inner = fieldPath.slice(0, -2);
  const open = inner.indexOf("['");
  if (open <= 0) return undefined;
  return [inner.slice(0, open), inner.slice(open + 2)];
}

/**
 * `fieldRef.fieldPath` is set, is a path the downward API knows, and is
 * one environment variables may use; a subscripted label or annotation key is a qualified name.
 */
export const apiEnvFieldRefRule = defineRule({
  id: 'api/env-field-ref',
  severity: 'error',
  title: 'fieldRef reads a pod field that env vars support',
  why: 'The downward API copies a field of the pod into an environment variable when the container starts; only a fixed list of fields can be read this way (name, namespace, uid, node name, service account, pod and host IPs, one label or one annotation).',
  docsUrl: 'https://kubernetes.io/docs/concepts/workloads/pods/downward-api/#downwardapi-fieldRef',
  appliesTo: 'workload',
  mirrors: ['core.validateEnvVarValueFrom', 'core.validateObjectFieldSelector'],
  check(context, report) {
    for (const env of containerEnv(context)) {
      const fieldRef = presentObject(field(field(env.entry, 'valueFrom'), 'fieldRef'));
      if (!fieldRef) continue;
      const refPath = [...env.path, 'valueFrom', 'fieldRef'];
      const fieldPathPath = [...refPath, 'fieldPath'];
      const apiVersion = decodedString(field(fieldRef, 'apiVersion'));
      const fieldPath = decodedString(field(fieldRef, 'fieldPath'));
      if (apiVersion === undefined || fieldPath === undefined) continue;
      if (fieldPath === '') {
        report({
          path: fieldPathPath,
          markerPath: markerForMissing(context.object, fieldPathPath),
          errorType: 'Required',
          message: 'fieldRef needs a fieldPath, such as metadata.name or status.podIP.',
        });
        continue;
      }
      if (apiVersion !== '' && apiVersion !== 'v1') {
        report({
          path: fieldPathPath,
          markerPath: [...refPath, 'apiVersion'],
          errorType: 'Invalid',
          message: `fieldRef apiVersion "${apiVersion}" is not supported: pod fields are read with apiVersion v1 (or leave it out).`,
        });
        continue;
      }
      const subscripted = splitSubscript(fieldPath);
      if (subscripted) {
        const [base, key] = subscripted;
        if (base !== 'metadata.labels' && base !== 'metadata.annotations') {
          report({
            path: fieldPathPath,
            errorType: 'Invalid',
            message: `fieldPath "${fieldPath}" uses ['...'] on ${base}, which has no keys: only metadata.labels and metadata.annotations take a key.`,
          });
          continue;
        }
        const problems = qualifiedNameProblems(base === 'metadata.annotations' ? key.toLowerCase() : key);
        if (problems.length > 0) {
          report({
            path: refPath,
            markerPath: fieldPathPath,
            errorType: 'Invalid',
            message: `"${key}" in fieldPath is not a valid ${base === 'metadata.labels' ? 'label' : 'annotation'} key: ${problems.join('; ')}.`,
          });
        }
        continue;
      }
      if (!CONVERTIBLE_FIELD_PATHS.has(fieldPath)) {
        report({
          path: fieldPathPath,
          errorType: 'Invalid',
          message: `fieldPath "${fieldPath}" is not a field the downward API knows: use one of ${FOR_ENV.join(', ')}, metadata.labels['<key>'] or metadata.annotations['<key>'].`,
        });
      } else if (!FOR_ENV_SET.has(fieldPath)) {
        const hint =
          fieldPath === 'metadata.labels' || fieldPath === 'metadata.annotations'
            ? ` Read one key with ${fieldPath}['<key>'], or mount all of them with a downwardAPI volume.`
            : '';
        report({
          path: fieldPathPath,
          errorType: 'NotSupported',
          message: `fieldPath "${fieldPath}" cannot be used in an environment variable.${hint}`,
        });
      }
    }
  },
});
