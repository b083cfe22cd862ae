import { describe, expect, it } from 'vitest';
import { formatDataPath } from '../../../../model/dataPath';
import { findingsOf } from '../../../../testing/findingsOf';
import { apiVolumeNfsRule } from './apiVolumeNfs';

const pod = (volumes: string) => `
apiVersion: v1
kind: Pod
metadata: {name: p}
spec:
  containers: [{name: app, image: nginx:1.27}]
  volumes:
${volumes}`;
const typed = (yaml: string) =>
  findingsOf(yaml, apiVolumeNfsRule).map((f) => `${f.ruleId} ${f.errorType} @ ${formatDataPath(f.path)}`);

describe('api/volume-nfs', () => {
  it('reports a missing server, a missing path (also not absolute) and a relative path', () => {
    expect(
      typed(
        pod(`  - {name: a, nfs: {}}
  - {name: b, nfs: {server: nfs.example.com, path: exports/data}}`),
      ),
    ).toEqual([
      'api/volume-nfs Required @ spec.volumes[0].nfs.server',
      'api/volume-nfs Required @ spec.volumes[0].nfs.path',
      'api/volume-nfs Invalid @ spec.volumes[0].nfs.path',
      'api/volume-nfs Invalid @ spec.volumes[1].nfs.path',
    ]);
  });

  it('accepts a server with an absolute path', () => {
    expect(typed(pod('  - {name: a, nfs: {server: 10.0.0.5, path: /exports/data, readOnly: true}}'))).toEqual([]);
  });
});
