import { describe, expect, it } from 'vitest';
import { formatDataPath } from '../../../../model/dataPath';
import { findingsOf } from '../../../../testing/findingsOf';
import { apiPodAffinityRule } from './apiPodAffinity';

const pod = (affinity: string) =>
  `apiVersion: v1\nkind: Pod\nmetadata: {name: p, labels: {app: web, version: v1}}\nspec:\n  affinity:\n${affinity}\n  containers: [{name: a, image: nginx}]\n`;
const summary = (yaml: string) =>
  findingsOf(yaml, apiPodAffinityRule).map(
    (f) => `${f.errorType ?? f.severity} ${formatDataPath(f.path).replace('spec.affinity.', '')}`,
  );

describe('api/pod-affinity', () => {
  it('reports topologyKey, selectors, namespaces (at .namespace), label keys and weights', () => {
    const yaml = pod(`    podAntiAffinity:
      requiredDuringSchedulingIgnoredDuringExecution:
      - labelSelector: {matchExpressions: [{key: app, operator: In}]}
        namespaces: [Team.A]
        topologyKey: ""
      - labelSelector: {matchLabels: {app: web}}
        matchLabelKeys: [app, version]
        mismatchLabelKeys: [version]
        topologyKey: kubernetes.io/hostname
    podAffinity:
      preferredDuringSchedulingIgnoredDuringExecution:
      - weight: 101
        podAffinityTerm:
          mismatchLabelKeys: [tenant]
          topologyKey: topology.kubernetes.io/zone`);
    expect(summary(yaml)).toEqual([
      'Invalid podAffinity.preferredDuringSchedulingIgnoredDuringExecution[0].weight',
      'Forbidden podAffinity.preferredDuringSchedulingIgnoredDuringExecution[0].podAffinityTerm.mismatchLabelKeys',
      'Required podAntiAffinity.requiredDuringSchedulingIgnoredDuringExecution[0].labelSelector.matchExpressions[0].values',
      'Invalid podAntiAffinity.requiredDuringSchedulingIgnoredDuringExecution[0].namespace',
      'Required podAntiAffinity.requiredDuringSchedulingIgnoredDuringExecution[0].topologyKey',
      'Invalid podAntiAffinity.requiredDuringSchedulingIgnoredDuringExecution[1][0]',
      'Invalid podAntiAffinity.requiredDuringSchedulingIgnoredDuringExecution[1].matchLabelKeys[1]',
      'warning podAffinity.preferredDuringSchedulingIgnoredDuringExecution[0].podAffinityTerm.labelSelector',
    ]);
  });

  it('accepts well-formed terms, and matchLabelKeys the pod does not carry a label for', () => {
    const yaml = pod(`    podAntiAffinity:
      requiredDuringSchedulingIgnoredDuringExecution:
      - labelSelector: {matchLabels: {app: web}}
        matchLabelKeys: [pod-template-hash]
        namespaceSelector: {}
        topologyKey: kubernetes.io/hostname
      preferredDuringSchedulingIgnoredDuringExecution:
      - weight: 50
        podAffinityTerm:
          labelSelector: {matchLabels: {tier: db}}
          namespaces: [data]
          topologyKey: topology.kubernetes.io/zone`);
    expect(summary(yaml)).toEqual([]);
  });
});
