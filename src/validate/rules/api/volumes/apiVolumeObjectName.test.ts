import { describe, expect, it } from 'vitest';
import { formatDataPath } from '../../../../model/dataPath';
import { findingsOf } from '../../../../testing/findingsOf';
import { apiVolumeObjectNameRule } from './apiVolumeObjectName';

const pod = (volumes: string) => `
apiVersion: v1
kind: Pod
metadata: {name: p}
spec:
  containers: [{name: app, image: nginx:1.27}]
  volumes:
${volumes}`;
const typed = (yaml: string) =>
  findingsOf(yaml, apiVolumeObjectNameRule).map((f) => `${f.ruleId} ${f.errorType} @ ${formatDataPath(f.path)}`);

describe('api/volume-object-name', () => {
  it('reports configMap, secret, claim and projected sources without the name of their object', () => {
    const yaml = pod(`  - {name: a, configMap: {}}
  - {name: b, secret: {defaultMode: 0400}}
  - {name: c, persistentVolumeClaim: {readOnly: true}}
  - name: d
    projected:
      sources:
      - secret: {items: [{key: k, path: k}]}
      - configMap: {name: ""}`);
    expect(typed(yaml)).toEqual([
      'api/volume-object-name Required @ spec.volumes[0].configMap.name',
      'api/volume-object-name Required @ spec.volumes[1].secret.secretName',
      'api/volume-object-name Required @ spec.volumes[2].persistentVolumeClaim.claimName',
      'api/volume-object-name Required @ spec.volumes[3].projected.sources[0].secret.name',
      'api/volume-object-name Required @ spec.volumes[3].projected.sources[1].configMap.name',
    ]);
  });

  it('accepts named objects (whether or not they exist in the manifest)', () => {
    const yaml = pod(`  - {name: a, configMap: {name: settings}}
  - {name: b, secret: {secretName: tls}}
  - {name: c, persistentVolumeClaim: {claimName: data}}
  - {name: d, projected: {sources: [{secret: {name: s}}, {serviceAccountToken: {path: token}}]}}`);
    expect(typed(yaml)).toEqual([]);
  });
});
