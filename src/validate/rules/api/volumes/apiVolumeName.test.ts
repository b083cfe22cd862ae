import { describe, expect, it } from 'vitest';
import { formatDataPath } from '../../../../model/dataPath';
import { findingsOf } from '../../../../testing/findingsOf';
import { apiVolumeNameRule } from './apiVolumeName';

const typed = (yaml: string) =>
  findingsOf(yaml, apiVolumeNameRule).map((f) => `${f.ruleId} ${f.errorType} @ ${formatDataPath(f.path)}`);

describe('api/volume-name', () => {
  it('reports a missing, an invalid and a duplicate volume name', () => {
    const yaml = `
apiVersion: v1
kind: Pod
metadata: {name: p}
spec:
  containers: [{name: app, image: nginx:1.27}]
  volumes:
  - emptyDir: {}
  - {name: Data.Cache, emptyDir: {}}
  - {name: cache, emptyDir: {}}
  - {name: cache, configMap: {name: settings}}
`;
    expect(typed(yaml)).toEqual([
      'api/volume-name Required @ spec.volumes[0].name',
      'api/volume-name Invalid @ spec.volumes[1].name',
      'api/volume-name Duplicate @ spec.volumes[3].name',
    ]);
  });

  it('does not call a name duplicate when the earlier volume of that name was itself rejected', () => {
    const yaml = `
apiVersion: apps/v1
kind: Deployment
metadata: {name: web}
spec:
  selector: {matchLabels: {app: web}}
  template:
    metadata: {labels: {app: web}}
    spec:
      containers: [{name: app, image: nginx:1.27}]
      volumes:
      - {name: data, hostPath: {}}
      - {name: data, emptyDir: {}}
      - {name: 1st-volume, emptyDir: {}}
`;
    expect(typed(yaml)).toEqual([]);
  });
});
