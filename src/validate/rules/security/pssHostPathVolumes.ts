import { field } from '../../../model/jsonValue';
import { defineRule } from '../../rule';
import { BASELINE_CONSEQUENCE, baselineControl, PSS_BASELINE_DOCS_URL } from '../../support/podSecurity/pssControls';

/** Baseline "HostPath Volumes": no hostPath volumes. */
export const pssHostPathVolumesRule = defineRule({
  id: 'pss/host-path-volumes',
  severity: 'warning',
  title: 'No hostPath volumes (Baseline)',
  why: `A hostPath volume gives the pod a directory of the node's own file system; depending on the path it can read secrets of other pods or change the node. ${BASELINE_CONSEQUENCE}`,
  docsUrl: PSS_BASELINE_DOCS_URL,
  appliesTo: 'workload',
  check(context, report) {
    for (const { index, name, volume } of context.volumes) {
      const hostPath = field(volume, 'hostPath');
      if (hostPath === undefined || hostPath === null) continue;
      const path = field(hostPath, 'path');
      report({
        path: [...context.podSpecPath, 'volumes', index, 'hostPath'],
        message: `Volume "${name}" mounts ${typeof path === 'string' && path !== '' ? path : 'a directory'} of the node's file system; use an emptyDir, a ConfigMap or a PersistentVolumeClaim unless the pod really manages the node.`,
        securityControl: baselineControl('HostPath Volumes'),
      });
    }
  },
});
