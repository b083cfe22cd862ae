import { describe, expect, it } from 'vitest';
import { formatDataPath } from '../../../../model/dataPath';
import { findingsOf } from '../../../../testing/findingsOf';
import { apiVolumeEmptyDirRule } from './apiVolumeEmptyDir';

const pod = (volumes: string) => `
apiVersion: v1
kind: Pod
metadata: {name: p}
spec:
  containers: [{name: app, image: nginx:1.27}]
  volumes:
${volumes}`;

describe('api/volume-empty-dir', () => {
  it('reports a negative sizeLimit as Forbidden', () => {
    const findings = findingsOf(pod('  - {name: scratch, emptyDir: {sizeLimit: -1Gi}}'), apiVolumeEmptyDirRule);
    expect(findings.map((f) => `${f.ruleId} ${f.errorType} @ ${formatDataPath(f.path)}`)).toEqual([
      'api/volume-empty-dir Forbidden @ spec.volumes[0].emptyDir.sizeLimit',
    ]);
  });

  it('accepts positive and zero limits, memory-backed volumes and wrongly typed values', () => {
    const yaml = pod(`  - {name: a, emptyDir: {sizeLimit: 500Mi}}
  - {name: b, emptyDir: {medium: Memory, sizeLimit: 0}}
  - {name: c, emptyDir: {sizeLimit: true}}
  - {name: d, emptyDir: {sizeLimit: "1 GB"}}`);
    expect(findingsOf(yaml, apiVolumeEmptyDirRule)).toEqual([]);
  });
});
