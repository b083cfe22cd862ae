import { describe, expect, it } from 'vitest';
import { formatDataPath } from '../../../../model/dataPath';
import { getAtPath } from '../../../../model/valueAtPath';
import { findingsOf } from '../../../../testing/findingsOf';
import { manifestFromYaml } from '../../../../testing/manifestFromYaml';
import { apiPodOsRule } from './apiPodOs';

const pod = (os: string) =>
  `apiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec:\n  os: ${os}\n  containers: [{name: a, image: nginx}]\n`;
const summary = (yaml: string) => findingsOf(yaml, apiPodOsRule).map((f) => `${f.errorType} ${formatDataPath(f.path)}`);

describe('api/pod-os', () => {
  it('reports a missing name, and an unknown one at spec.os (not spec.os.name)', () => {
    expect(summary(pod('{}'))).toEqual(['Required spec.os.name']);
    expect(summary(pod('{name: darwin}'))).toEqual(['NotSupported spec.os']);
    const yaml = pod('{name: Linux}');
    const [finding] = findingsOf(yaml, apiPodOsRule);
    expect(finding?.markerPath).toEqual(['spec', 'os', 'name']);
    expect(getAtPath(finding!.fix!.apply(manifestFromYaml(yaml))[0]!, ['spec', 'os', 'name'])).toBe('linux');
  });

  it('accepts linux, windows and no os at all', () => {
    expect(summary(pod('{name: linux}'))).toEqual([]);
    expect(summary(pod('{name: windows}'))).toEqual([]);
    expect(summary(pod('null'))).toEqual([]);
  });
});
