import { describe, expect, it } from 'vitest';
import { formatDataPath } from '../../../../model/dataPath';
import { findingsOf } from '../../../../testing/findingsOf';
import { apiNodeAffinityRule } from './apiNodeAffinity';

const pod = (nodeAffinity: string) =>
  `apiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec:\n  affinity:\n    nodeAffinity:\n${nodeAffinity}\n  containers: [{name: a, image: nginx}]\n`;
const summary = (yaml: string) =>
  findingsOf(yaml, apiNodeAffinityRule).map(
    (f) => `${f.errorType ?? f.severity} ${formatDataPath(f.path).replace('spec.affinity.nodeAffinity.', '')}`,
  );

describe('api/node-affinity', () => {
  it('reports an empty term list', () => {
    expect(summary(pod('      requiredDuringSchedulingIgnoredDuringExecution: {nodeSelectorTerms: []}'))).toEqual([
      'Required requiredDuringSchedulingIgnoredDuringExecution.nodeSelectorTerms',
    ]);
  });

  it('reports operators, values, keys, matchFields and weights', () => {
    const yaml = pod(`      requiredDuringSchedulingIgnoredDuringExecution:
        nodeSelectorTerms:
        - matchExpressions:
          - {key: disktype, operator: In}
          - {key: gpu, operator: Exists, values: ["true"]}
          - {key: cores, operator: Gt, values: ["2", "4"]}
          - {key: zone, operator: Equals, values: [a]}
          - {key: "bad key", operator: In, values: ["not valid!"]}
          matchFields:
          - {key: metadata.namespace, operator: In, values: [a]}
          - {key: metadata.name, operator: Exists}
      preferredDuringSchedulingIgnoredDuringExecution:
      - weight: 0
        preference: {matchExpressions: [{key: beta.kubernetes.io/arch, operator: In, values: ["any value!"]}]}`);
    expect(summary(yaml)).toEqual([
      'Required requiredDuringSchedulingIgnoredDuringExecution.nodeSelectorTerms[0].matchExpressions[0].values',
      'Forbidden requiredDuringSchedulingIgnoredDuringExecution.nodeSelectorTerms[0].matchExpressions[1].values',
      'Required requiredDuringSchedulingIgnoredDuringExecution.nodeSelectorTerms[0].matchExpressions[2].values',
      'Invalid requiredDuringSchedulingIgnoredDuringExecution.nodeSelectorTerms[0].matchExpressions[3].operator',
      'Invalid requiredDuringSchedulingIgnoredDuringExecution.nodeSelectorTerms[0].matchExpressions[4].key',
      'Invalid requiredDuringSchedulingIgnoredDuringExecution.nodeSelectorTerms[0].matchExpressions[4].values[0]',
      'Invalid requiredDuringSchedulingIgnoredDuringExecution.nodeSelectorTerms[0].matchFields[0].key',
      'Invalid requiredDuringSchedulingIgnoredDuringExecution.nodeSelectorTerms[0].matchFields[1].operator',
      'Invalid preferredDuringSchedulingIgnoredDuringExecution[0].weight',
      'warning preferredDuringSchedulingIgnoredDuringExecution[0].preference.matchExpressions[0].key',
    ]);
  });

  it('accepts well-formed required and preferred terms', () => {
    const yaml = pod(`      requiredDuringSchedulingIgnoredDuringExecution:
        nodeSelectorTerms:
        - matchExpressions: [{key: topology.kubernetes.io/zone, operator: In, values: [antarctica-east1]}]
        - matchFields: [{key: metadata.name, operator: NotIn, values: [node-1]}]
      preferredDuringSchedulingIgnoredDuringExecution:
      - weight: 100
        preference: {matchExpressions: [{key: disktype, operator: Exists}]}`);
    expect(summary(yaml)).toEqual([]);
  });
});
