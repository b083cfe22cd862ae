import { describe, expect, it } from 'vitest';
import { formatDataPath } from '../../../../model/dataPath';
import { findingsOf } from '../../../../testing/findingsOf';
import { apiVolumeCsiRule } from './apiVolumeCsi';

const pod = (volumes: string) => `
apiVersion: v1
kind: Pod
metadata: {name: p}
spec:
  containers: [{name: app, image: nginx:1.27}]
  volumes:
${volumes}`;
const typed = (yaml: string) =>
  findingsOf(yaml, apiVolumeCsiRule).map((f) => `${f.ruleId} ${f.errorType} @ ${formatDataPath(f.path)}`);

describe('api/volume-csi', () => {
  it('reports a missing or malformed driver, and a bad secret name at the odd path csi.name', () => {
    expect(
      typed(
        pod(`  - {name: a, csi: {}}
  - {name: b, csi: {driver: "secrets store", nodePublishSecretRef: {name: Bad_Name}}}
  - {name: c, csi: {driver: ${'a'.repeat(64)}}}`),
      ),
    ).toEqual([
      'api/volume-csi Required @ spec.volumes[0].csi.driver',
      'api/volume-csi Invalid @ spec.volumes[0].csi.driver',
      'api/volume-csi Invalid @ spec.volumes[1].csi.driver',
      'api/volume-csi Invalid @ spec.volumes[1].csi.name',
      'api/volume-csi TooLong @ spec.volumes[2].csi.driver',
    ]);
  });

  it('accepts a driver name written with capitals (the server compares in lowercase)', () => {
    expect(
      typed(pod('  - {name: a, csi: {driver: Secrets-Store.csi.k8s.io, nodePublishSecretRef: {name: creds}}}')),
    ).toEqual([]);
  });
});
