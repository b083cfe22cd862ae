import { defineRule } from '../../rule';
import { reportUndefinedReferences } from '../../support/references/reportUndefinedReferences';

/** ConfigMaps the pod reads that the file does not define. */
export const referenceConfigMapRule = defineRule({
  id: 'reference/config-map',
  severity: 'info',
  title: 'ConfigMaps the pod reads, not defined in this file',
  why: 'A container that reads a ConfigMap which does not exist does not start: it waits in CreateContainerConfigError (or its volume cannot be mounted) until the ConfigMap is created. Objects that are not in this file are assumed to exist in the cluster; references marked optional: true are not listed, because the pod starts without them.',
  docsUrl: 'https://kubernetes.io/docs/concepts/configuration/configmap/',
  appliesTo: 'workload',
  check(context, report) {
    reportUndefinedReferences('ConfigMap', context, report);
  },
});
