import { describe, expect, it } from 'vitest';
import { formatDataPath } from '../../../../model/dataPath';
import { findingsOf } from '../../../../testing/findingsOf';
import { apiTopologySpreadRule } from './apiTopologySpread';

const pod = (constraints: string[]) =>
  `apiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec:\n  topologySpreadConstraints:\n${constraints.map((c) => `  - ${c}`).join('\n')}\n  containers: [{name: a, image: nginx}]\n`;
const summary = (yaml: string) =>
  findingsOf(yaml, apiTopologySpreadRule).map((f) => `${f.errorType ?? f.severity} ${formatDataPath(f.path)}`);
const selector = 'labelSelector: {matchLabels: {app: web}}';

describe('api/topology-spread', () => {
  it('reports maxSkew, topologyKey, whenUnsatisfiable, minDomains and node policies', () => {
    const yaml = pod([
      `{maxSkew: 0, topologyKey: "", whenUnsatisfiable: Sometimes, ${selector}}`,
      `{maxSkew: 1, topologyKey: zone, whenUnsatisfiable: ScheduleAnyway, minDomains: 0, nodeTaintsPolicy: honor, ${selector}}`,
    ]);
    expect(summary(yaml)).toEqual([
      'Invalid spec.topologySpreadConstraints[0].maxSkew',
      'Required spec.topologySpreadConstraints[0].topologyKey',
      'NotSupported spec.topologySpreadConstraints[0].whenUnsatisfiable',
      'Invalid spec.topologySpreadConstraints[1].minDomains',
      'Invalid spec.topologySpreadConstraints[1].minDomains',
      'NotSupported spec.topologySpreadConstraints[1].nodeTaintsPolicy',
    ]);
  });

  it('reports a repeated key/action pair at the odd literal path, and matchLabelKeys problems', () => {
    const yaml = pod([
      `{maxSkew: 1, topologyKey: zone, whenUnsatisfiable: DoNotSchedule, ${selector}, matchLabelKeys: [app]}`,
      `{maxSkew: 2, topologyKey: zone, whenUnsatisfiable: DoNotSchedule, matchLabelKeys: [pod-template-hash]}`,
    ]);
    expect(summary(yaml)).toEqual([
      'Duplicate spec.topologySpreadConstraints[0][{topologyKey, whenUnsatisfiable}]',
      'Invalid spec.topologySpreadConstraints[0].matchLabelKeys[0]',
      'Forbidden spec.topologySpreadConstraints[1].matchLabelKeys',
      'warning spec.topologySpreadConstraints[1].labelSelector',
    ]);
    const duplicate = findingsOf(yaml, apiTopologySpreadRule)[0]!;
    expect(duplicate.path.at(-1)).toBe('{topologyKey, whenUnsatisfiable}');
    expect(duplicate.markerPath).toEqual(['spec', 'topologySpreadConstraints', 0]);
  });

  it('accepts well-formed constraints', () => {
    const yaml = pod([
      `{maxSkew: 1, topologyKey: topology.kubernetes.io/zone, whenUnsatisfiable: DoNotSchedule, minDomains: 3, ${selector}, matchLabelKeys: [pod-template-hash]}`,
      `{maxSkew: 1, topologyKey: kubernetes.io/hostname, whenUnsatisfiable: ScheduleAnyway, nodeAffinityPolicy: Honor, nodeTaintsPolicy: Ignore, ${selector}}`,
    ]);
    expect(summary(yaml)).toEqual([]);
  });
});
