import { field } from '../../../../model/jsonValue';
import { defineRule } from '../../../rule';
import { labelMapReports } from '../../../support/labels/labelMapReports';
import { decodedObject } from '../../../support/decoding/decodedValue';
import { deprecatedNodeLabelMessage } from '../../../support/labels/deprecatedNodeLabels';

/**
 * NodeSelector keys and values follow the label syntax (reported at
 * `spec.nodeSelector`, without the key). Deprecated node labels get the server's warning.
 */
export const apiNodeSelectorRule = defineRule({
  id: 'api/node-selector',
  severity: 'error',
  title: 'nodeSelector uses the label syntax',
  why: 'A nodeSelector is matched against the labels of nodes, so its keys and values must be valid labels; the pod only runs on nodes that carry all of them.',
  docsUrl: 'https://kubernetes.io/docs/concepts/scheduling-eviction/assign-pod-node/#nodeselector',
  appliesTo: 'workload',
  mirrors: ['core.ValidatePodSpec', 'metaV1.ValidateLabels'],
  check(context, report) {
    const selector = decodedObject(field(context.podSpec, 'nodeSelector'));
    if (!selector) return;
    const path = [...context.podSpecPath, 'nodeSelector'];
    for (const finding of labelMapReports(selector, path, 'Node selector')) report(finding);
    for (const key of Object.keys(selector)) {
      const deprecated = deprecatedNodeLabelMessage(key);
      if (deprecated) report({ path: [...path, key], severity: 'warning', message: deprecated });
    }
  },
});
