import { field } from '../../../../model/jsonValue';
import { defineRule } from '../../../rule';
import { decodedString, enumValueMeant, presentObject } from '../../../support/decoding/decodedValue';
import { markerForMissing } from '../../../support/markerForMissing';
import { setFieldFix } from '../../../support/fixes/fieldFixes';

const OS_NAMES = ['linux', 'windows'] as const;

/** Spec.os, when set, names linux or windows (an unknown name is reported at `spec.os`). */
export const apiPodOsRule = defineRule({
  id: 'api/pod-os',
  severity: 'error',
  title: 'spec.os.name is linux or windows',
  why: "spec.os tells Kubernetes which operating system the pod's containers need, so it can check the fields that only make sense on that system; only linux and windows exist.",
  docsUrl: 'https://kubernetes.io/docs/concepts/workloads/pods/#pod-os',
  appliesTo: 'workload',
  mirrors: ['core.validateOS'],
  check(context, report) {
    const os = presentObject(field(context.podSpec, 'os'));
    if (!os) return;
    const name = decodedString(field(os, 'name'));
    const osPath = [...context.podSpecPath, 'os'];
    const namePath = [...osPath, 'name'];
    if (name === undefined) return;
    if (name === '') {
      report({
        path: namePath,
        markerPath: markerForMissing(context.object, namePath),
        errorType: 'Required',
        message: 'spec.os needs a name: linux or windows.',
      });
    } else if (!(OS_NAMES as readonly string[]).includes(name)) {
      const meant = enumValueMeant(name, OS_NAMES);
      report({
        path: osPath,
        markerPath: namePath,
        errorType: 'NotSupported',
        message: `Operating system "${name}" is not supported: use linux or windows${meant ? ` (lowercase: "${meant}")` : ''}.`,
        ...(meant ? { fix: setFieldFix(context, namePath, meant, `Set os.name to ${meant}`) } : {}),
      });
    }
  },
});
