import type { DataPath } from '../../../model/dataPath';
import { formatDataPath } from '../../../model/dataPath';
import { isJsonObject, type JsonValue } from '../../../model/jsonValue';
import { defineRule, type ReportFinding } from '../../rule';
import {
  fieldsOfType,
  type KubernetesTarget,
  kindPresence,
  presenceOf,
  versionNeeded,
} from '../../support/versions/kubernetesTarget';
import { formatKubernetesVersion } from '../../../model/kubernetesVersion';

/** Fields the target Kubernetes version does not have yet (pod-level resources on 1.30 ...). */
export const schemaTargetVersionFieldRule = defineRule({
  id: 'schema/target-version-field',
  severity: 'error',
  title: 'Fields exist in the target Kubernetes version',
  why: 'Each Kubernetes release adds fields. An API server older than the field rejects the manifest as an unknown field (kubectl apply: strict decoding error), or silently drops it with older clients, so the pod runs without what you designed.',
  docsUrl: 'https://kubernetes.io/releases/version-skew-policy/',
  appliesTo: 'any',
  check(context, report) {
    const target = context.kubernetesTarget;
    if (!target || !context.apiVersion || !context.kind) return;
    const kind = `${context.apiVersion}/${context.kind}`;
    // A kind the target does not serve is schema/target-version-api's finding, not one per field.
    const serving = target.table.kinds[kind];
    if (serving && kindPresence(target, serving) !== 'present') return;
    const root = target.table.roots[kind];
    if (root) checkFields(target, root, context.object, [], report);
  },
});

function checkFields(
  target: KubernetesTarget,
  type: string,
  value: JsonValue | undefined,
  path: DataPath,
  report: ReportFinding,
): void {
  if (Array.isArray(value)) {
    value.forEach((item, index) => {
      checkFields(target, type, item, [...path, index], report);
    });
    return;
  }
  if (!isJsonObject(value)) return;
  const fields = fieldsOfType(target.table, type);
  for (const [name, child] of Object.entries(value)) {
    const availability = fields[name];
    if (!availability) continue;
    const fieldPath = [...path, name];
    if (availability.since !== undefined && presenceOf(target, availability) === 'absent') {
      const needed = versionNeeded(target.table, { ...availability, since: availability.since });
      report({
        path: fieldPath,
        message: `${formatDataPath(fieldPath)} ${needed}; the target is ${formatKubernetesVersion(target.minor)}.`,
      });
      continue;
    }
    if (availability.type) checkFields(target, availability.type, child, fieldPath, report);
  }
}
