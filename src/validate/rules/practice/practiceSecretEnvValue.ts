import type { DataPath } from '../../../model/dataPath';
import { field, isJsonArray, isJsonObject, type JsonObject } from '../../../model/jsonValue';
import type { Manifest } from '../../../model/manifest';
import { uniqueName } from '../../../model/uniqueName';
import { getAtPath, setAtPath, withKey } from '../../../model/valueAtPath';
import { appendDocument, getObject, listObjects, updateObject } from '../../../model/workloads';
import type { FindingFix } from '../../finding';
import type { ObjectContext } from '../../objectContext';
import { defineRule } from '../../rule';
import { secretLikeValue } from '../../support/secretLikeValue';
import {
  containersExceptEphemeral,
  describeContainer,
  type PodContainer,
} from '../../support/containers/podContainers';

/** A Secret key for an env var name (keys allow letters, digits, "-", "_" and "."). */
function secretKeyFor(envName: string): string {
  const key = envName.replace(/[^-._a-zA-Z0-9]/g, '_').replace(/^\.+/, '');
  return key === '' ? 'value' : key;
}

/**
 * Moves the literal value into a Secret of the manifest (created beside the workload, or the one
 * an earlier fix created) and points the env var at it with secretKeyRef.
 */
function moveToSecretFix(
  context: ObjectContext,
  envPath: DataPath,
  envName: string,
  value: string,
  secretName: string,
): FindingFix {
  const namespace = field(field(context.object, 'metadata'), 'namespace');
  return {
    label: `Move the value into Secret "${secretName}"`,
    apply(manifest: Manifest): Manifest {
      const workload = getObject(manifest, context.ref);
      const entry = workload ? getAtPath(workload, envPath) : undefined;
      if (!isJsonObject(entry) || field(entry, 'name') !== envName || field(entry, 'value') !== value) return manifest;

      const existing = listObjects(manifest).find(
        ({ object }) =>
          field(object, 'kind') === 'Secret' &&
          field(field(object, 'metadata'), 'name') === secretName &&
          field(field(object, 'metadata'), 'namespace') === namespace,
      );
      const stringData = existing ? field(existing.object, 'stringData') : undefined;
      const data = existing ? field(existing.object, 'data') : undefined;
      const taken = [
        ...Object.keys(isJsonObject(stringData) ? stringData : {}),
        ...Object.keys(isJsonObject(data) ? data : {}),
      ];
      const baseKey = secretKeyFor(envName);
      const key =
        isJsonObject(stringData) && field(stringData, baseKey) === value ? baseKey : uniqueName(baseKey, taken);

      const reference: JsonObject = { name: envName, valueFrom: { secretKeyRef: { name: secretName, key } } };
      let next = updateObject(manifest, context.ref, (object) => setAtPath(object, envPath, reference) as JsonObject);
      if (existing) {
        next = updateObject(
          next,
          existing.ref,
          (secret) => setAtPath(secret, ['stringData', key], value) as JsonObject,
        );
      } else {
        const metadata: JsonObject =
          typeof namespace === 'string' ? { name: secretName, namespace } : { name: secretName };
        next = appendDocument(next, {
          apiVersion: 'v1',
          kind: 'Secret',
          metadata,
          type: 'Opaque',
          stringData: withKey({}, key, value),
        });
      }
      return next;
    },
  };
}

function secretNameFor(context: ObjectContext): string {
  const name = field(field(context.object, 'metadata'), 'name');
  return `${typeof name === 'string' && name !== '' ? name : 'app'}-secrets`;
}

/** Passwords, tokens and keys written as literal env values. */
export const practiceSecretEnvValueRule = defineRule({
  id: 'practice/secret-env-value',
  severity: 'warning',
  title: 'Secrets come from a Secret, not a literal env value',
  why: 'A literal env value is part of the pod spec: anyone who may read the pod or its Deployment (kubectl get -o yaml, dashboards, CI logs, git) reads the secret. A Secret has its own access rules and can be rotated without editing the workload; reference it with valueFrom.secretKeyRef.',
  docsUrl: 'https://kubernetes.io/docs/concepts/configuration/secret/',
  appliesTo: 'workload',
  check(context, report) {
    for (const slot of containersExceptEphemeral(context)) checkContainer(context, slot, report);
  },
});

function checkContainer(
  context: ObjectContext,
  slot: PodContainer,
  report: Parameters<typeof practiceSecretEnvValueRule.check>[1],
): void {
  const env = field(slot.container, 'env');
  if (!isJsonArray(env)) return;
  env.forEach((entry, index) => {
    const name = field(entry, 'name');
    const value = field(entry, 'value');
    if (typeof name !== 'string' || typeof value !== 'string') return;
    const reason = secretLikeValue(name, value);
    if (!reason) return;
    const envPath = [...slot.path, 'env', index];
    report({
      path: [...envPath, 'value'],
      message: `The env var ${name} of the ${describeContainer(slot)} is a literal value and ${reason}; anyone who can read this workload can read it.`,
      fix: moveToSecretFix(context, envPath, name, value, secretNameFor(context)),
    });
  });
}
