import { formatDataPath } from '../../../model/dataPath';
import { formatKubernetesVersion } from '../../../model/kubernetesVersion';
import { defineRule } from '../../rule';
import { presenceOf, versionNeeded } from '../../support/versions/kubernetesTarget';
import { forEachVersionedField } from '../../support/versions/versionedFields';

/** Values of a fixed set that the target Kubernetes version does not accept yet (toleration operator Gt on 1.33 ...). */
export const schemaTargetVersionValueRule = defineRule({
  id: 'schema/target-version-value',
  severity: 'error',
  title: 'Values exist in the target Kubernetes version',
  why: 'Kubernetes releases add values to fields with a fixed set (a toleration operator, a pod failure action). An API server older than the value rejects the manifest as an unsupported value, though the field itself is old.',
  docsUrl: 'https://kubernetes.io/releases/version-skew-policy/',
  appliesTo: 'any',
  check(context, report) {
    const target = context.kubernetesTarget;
    if (!target) return;
    forEachVersionedField(context, target, ({ path, value, availability, present }) => {
      if (!present || !availability.values) return;
      const items = Array.isArray(value)
        ? value.map((item, index) => ({ item, path: [...path, index] }))
        : [{ item: value, path }];
      for (const { item, path: valuePath } of items) {
        if (typeof item !== 'string') continue;
        const introduction = Object.hasOwn(availability.values, item) ? availability.values[item] : undefined;
        if (!introduction || presenceOf(target, introduction) !== 'absent') continue;
        report({
          path: valuePath,
          message: `${formatDataPath(valuePath)}: "${item}" ${versionNeeded(target.table, introduction)}; the target is ${formatKubernetesVersion(target.minor)}.`,
        });
      }
    });
  },
});
