import { describe, expect, it } from 'vitest';
import { getAtPath } from '../../../model/valueAtPath';
import { findingKeys, findingsOf } from '../../../testing/findingsOf';
import { manifestFromYaml } from '../../../testing/manifestFromYaml';
import { validateManifest } from '../../validateManifest';
import { practiceTopologySpreadRule } from './practiceTopologySpread';

const deployment = (replicas: number, extra = ''): string => `
apiVersion: apps/v1
kind: Deployment
metadata: {name: web}
spec:
  replicas: ${replicas}
  selector: {matchLabels: {app: web}}
  template:
    metadata: {labels: {app: web, tier: front}}
    spec:
      ${extra}
      containers: [{name: web, image: nginx:1.27}]
`;

describe('practice/topology-spread', () => {
  it('suggests spreading several replicas, with a constraint that never blocks scheduling', () => {
    const yaml = deployment(3);
    expect(findingKeys(yaml, practiceTopologySpreadRule)).toEqual([
      'practice/topology-spread @ spec.template.spec.topologySpreadConstraints',
    ]);
    const manifest = manifestFromYaml(yaml);
    const fixed = validateManifest(manifest, [practiceTopologySpreadRule])[0]!.fix!.apply(manifest);
    expect(getAtPath(fixed[0]!, ['spec', 'template', 'spec', 'topologySpreadConstraints'])).toEqual([
      {
        maxSkew: 1,
        topologyKey: 'kubernetes.io/hostname',
        whenUnsatisfiable: 'ScheduleAnyway',
        labelSelector: { matchLabels: { app: 'web', tier: 'front' } },
      },
    ]);
    expect(validateManifest(fixed, [practiceTopologySpreadRule])).toEqual([]);
  });

  it('warns about constraints that select nothing or other pods', () => {
    const yaml = deployment(
      3,
      `topologySpreadConstraints:
      - {maxSkew: 1, topologyKey: topology.kubernetes.io/zone, whenUnsatisfiable: DoNotSchedule}
      - {maxSkew: 1, topologyKey: kubernetes.io/hostname, whenUnsatisfiable: ScheduleAnyway, labelSelector: {matchLabels: {app: api}}}
      - {maxSkew: 1, topologyKey: kubernetes.io/os, whenUnsatisfiable: ScheduleAnyway, labelSelector: {matchExpressions: [{key: tier, operator: In, values: [front]}]}}`,
    );
    expect(findingKeys(yaml, practiceTopologySpreadRule)).toEqual([
      'practice/topology-spread @ spec.template.spec.topologySpreadConstraints[0]',
      'practice/topology-spread @ spec.template.spec.topologySpreadConstraints[1].labelSelector',
    ]);
    expect(findingsOf(yaml, practiceTopologySpreadRule).map((f) => f.severity)).toEqual(['warning', 'warning']);
  });

  it('accepts one replica, pod anti-affinity, and Jobs', () => {
    const antiAffinity = deployment(
      3,
      `affinity: {podAntiAffinity: {preferredDuringSchedulingIgnoredDuringExecution: [{weight: 100, podAffinityTerm: {topologyKey: kubernetes.io/hostname, labelSelector: {matchLabels: {app: web}}}}]}}`,
    );
    expect(findingKeys(deployment(1), practiceTopologySpreadRule)).toEqual([]);
    expect(findingKeys(antiAffinity, practiceTopologySpreadRule)).toEqual([]);
  });
});
