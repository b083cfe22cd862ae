import { field } from '../../../../model/jsonValue';
import { defineRule } from '../../../rule';
import { decodedString, enumValueMeant } from '../../../support/decoding/decodedValue';
import { setFieldFix } from '../../../support/fixes/fieldFixes';

const PULL_POLICIES = ['Always', 'IfNotPresent', 'Never'] as const;

/** ImagePullPolicy is Always, IfNotPresent or Never (an empty one is defaulted). */
export const apiImagePullPolicyRule = defineRule({
  id: 'api/image-pull-policy',
  severity: 'error',
  title: 'imagePullPolicy is Always, IfNotPresent or Never',
  why: 'The pull policy tells the kubelet when to download the image again; Kubernetes only knows these three spellings (with capitals), so any other value is rejected.',
  docsUrl: 'https://kubernetes.io/docs/concepts/containers/images/#image-pull-policy',
  appliesTo: 'workload',
  mirrors: ['core.validatePullPolicy'],
  check(context, report) {
    for (const entry of context.containers) {
      const policy = decodedString(field(entry.container, 'imagePullPolicy'));
      if (policy === undefined || policy === '' || (PULL_POLICIES as readonly string[]).includes(policy)) continue;
      const path = [...entry.path, 'imagePullPolicy'];
      const meant = enumValueMeant(policy, PULL_POLICIES);
      report({
        path,
        errorType: 'NotSupported',
        message: `Image pull policy "${policy}" is not supported: use Always, IfNotPresent or Never${meant ? ` (spelled exactly "${meant}")` : ''}.`,
        ...(meant ? { fix: setFieldFix(context, path, meant, `Set imagePullPolicy to ${meant}`) } : {}),
      });
    }
  },
});
