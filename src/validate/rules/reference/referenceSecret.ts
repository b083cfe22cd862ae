import { defineRule } from '../../rule';
import { reportUndefinedReferences } from '../../support/references/reportUndefinedReferences';

/** Secrets the pod reads or pulls images with that the file does not define. */
export const referenceSecretRule = defineRule({
  id: 'reference/secret',
  severity: 'info',
  title: 'Secrets the pod uses, not defined in this file',
  why: 'A container that reads a Secret which does not exist does not start (CreateContainerConfigError, or a volume that cannot be mounted), and without its image pull secret a private image cannot be pulled. Objects that are not in this file are assumed to exist in the cluster; references marked optional: true are not listed, because the pod starts without them.',
  docsUrl: 'https://kubernetes.io/docs/concepts/configuration/secret/',
  appliesTo: 'workload',
  check(context, report) {
    reportUndefinedReferences('Secret', context, report);
  },
});
