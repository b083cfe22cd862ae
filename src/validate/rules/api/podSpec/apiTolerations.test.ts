import { describe, expect, it } from 'vitest';
import { formatDataPath } from '../../../../model/dataPath';
import { findingsOf } from '../../../../testing/findingsOf';
import { apiTolerationsRule } from './apiTolerations';

const pod = (tolerations: string[]) =>
  `apiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec:\n  tolerations:\n${tolerations.map((t) => `  - ${t}`).join('\n')}\n  containers: [{name: a, image: nginx}]\n`;
const summary = (yaml: string) =>
  findingsOf(yaml, apiTolerationsRule).map((f) => `${f.errorType ?? f.severity} ${formatDataPath(f.path)}`);

describe('api/tolerations', () => {
  it('reports the server checks at key, operator and effect', () => {
    const yaml = pod([
      '{key: "bad key", operator: Exists}',
      '{operator: Equal, value: x}',
      '{key: a, operator: Exists, value: x}',
      '{key: a, value: "not valid!"}',
      '{key: a, operator: Greater}',
      '{key: a, operator: Exists, effect: NoSchedule, tolerationSeconds: 30}',
      '{key: a, operator: Exists, effect: Evict}',
    ]);
    expect(summary(yaml)).toEqual([
      'Invalid spec.tolerations[0].key',
      'Invalid spec.tolerations[1].operator',
      'Invalid spec.tolerations[2].operator',
      'Invalid spec.tolerations[3].operator',
      'NotSupported spec.tolerations[4].operator',
      'Invalid spec.tolerations[5].effect',
      'NotSupported spec.tolerations[6].effect',
    ]);
  });

  it('only warns about the feature-gated numeric operators', () => {
    expect(summary(pod(['{key: example.com/sla, operator: Gt, value: "900", effect: NoSchedule}']))).toEqual([
      'warning spec.tolerations[0].operator',
    ]);
    expect(findingsOf(pod(['{key: a, operator: Lt, value: "1"}']), apiTolerationsRule)[0]?.severity).toBe('warning');
  });

  it('accepts the usual tolerations, including "tolerate everything"', () => {
    const yaml = pod([
      '{operator: Exists}',
      '{key: node-role.kubernetes.io/control-plane, operator: Exists, effect: NoSchedule}',
      '{key: dedicated, value: gpu, effect: NoSchedule}',
      '{key: node.kubernetes.io/not-ready, operator: Exists, effect: NoExecute, tolerationSeconds: 300}',
    ]);
    expect(summary(yaml)).toEqual([]);
  });
});
