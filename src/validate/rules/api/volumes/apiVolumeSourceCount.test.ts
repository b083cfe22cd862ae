import { describe, expect, it } from 'vitest';
import { formatDataPath } from '../../../../model/dataPath';
import { findingsOf } from '../../../../testing/findingsOf';
import { apiVolumeSourceCountRule } from './apiVolumeSourceCount';

describe('api/volume-source-count', () => {
  it('reports every source after the first, at the name the server prints', () => {
    const yaml = `
apiVersion: v1
kind: Pod
metadata: {name: p}
spec:
  containers: [{name: app, image: nginx:1.27}]
  volumes:
  - name: mixed
    emptyDir: {}
    configMap: {name: settings}
    downwardAPI: {items: []}
`;
    const findings = findingsOf(yaml, apiVolumeSourceCountRule);
    expect(findings.map((f) => `${f.errorType} @ ${formatDataPath(f.path)}`)).toEqual([
      'Forbidden @ spec.volumes[0].downwarAPI',
      'Forbidden @ spec.volumes[0].configMap',
    ]);
    expect(findings[0]!.markerPath).toEqual(['spec', 'volumes', 0, 'downwardAPI']);
  });

  it('accepts one source, no source (defaulted to emptyDir) and null sources', () => {
    const yaml = `
apiVersion: v1
kind: Pod
metadata: {name: p}
spec:
  containers: [{name: app, image: nginx:1.27}]
  volumes:
  - {name: a, secret: {secretName: s}}
  - {name: b}
  - {name: c, emptyDir: {}, hostPath: null}
`;
    expect(findingsOf(yaml, apiVolumeSourceCountRule)).toEqual([]);
  });
});
