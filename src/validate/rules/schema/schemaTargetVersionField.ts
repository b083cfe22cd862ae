import { formatDataPath } from '../../../model/dataPath';
import { formatKubernetesVersion } from '../../../model/kubernetesVersion';
import { defineRule } from '../../rule';
import { versionNeeded } from '../../support/versions/kubernetesTarget';
import { forEachVersionedField } from '../../support/versions/versionedFields';

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
    if (!target) return;
    forEachVersionedField(context, target, ({ path, availability, present }) => {
      if (present || availability.since === undefined) return;
      const needed = versionNeeded(target.table, { ...availability, since: availability.since });
      report({
        path,
        message: `${formatDataPath(path)} ${needed}; the target is ${formatKubernetesVersion(target.minor)}.`,
      });
    });
  },
});
