import { defineRule } from '../../rule';
import { reportUndefinedReferences } from '../../support/references/reportUndefinedReferences';

/** PersistentVolumeClaims the pod mounts that the file does not define. */
export const referencePersistentVolumeClaimRule = defineRule({
  id: 'reference/persistent-volume-claim',
  severity: 'info',
  title: 'PersistentVolumeClaims the pod mounts, not defined in this file',
  why: 'A pod whose PersistentVolumeClaim does not exist stays Pending: the scheduler waits until the claim exists and is bound to a volume. Objects that are not in this file are assumed to exist in the cluster.',
  docsUrl: 'https://kubernetes.io/docs/concepts/storage/persistent-volumes/#persistentvolumeclaims',
  appliesTo: 'workload',
  check(context, report) {
    reportUndefinedReferences('PersistentVolumeClaim', context, report);
  },
});
