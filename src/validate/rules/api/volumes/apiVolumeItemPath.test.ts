import { describe, expect, it } from 'vitest';
import { formatDataPath } from '../../../../model/dataPath';
import { findingsOf } from '../../../../testing/findingsOf';
import { apiVolumeItemPathRule } from './apiVolumeItemPath';

const pod = (volumes: string) => `
apiVersion: v1
kind: Pod
metadata: {name: p}
spec:
  containers: [{name: app, image: nginx:1.27}]
  volumes:
${volumes}`;

describe('api/volume-item-path', () => {
  it('reports items without key or path, absolute paths, ".." and reserved "..x" names', () => {
    const yaml = pod(`  - name: a
    configMap:
      name: c
      items:
      - {path: app.yaml}
      - {key: k}
      - {key: k, path: /etc/app.yaml}
      - {key: k, path: ../app.yaml}
      - {key: k, path: ..data}
  - {name: b, downwardAPI: {items: [{path: /labels, fieldRef: {fieldPath: metadata.labels}}]}}`);
    const findings = findingsOf(yaml, apiVolumeItemPathRule);
    expect(findings.map((f) => `${f.ruleId} ${f.errorType} @ ${formatDataPath(f.path)}`)).toEqual([
      'api/volume-item-path Required @ spec.volumes[0].configMap.items[0].key',
      'api/volume-item-path Required @ spec.volumes[0].configMap.items[1].path',
      'api/volume-item-path Invalid @ spec.volumes[0].configMap.items[2].path',
      'api/volume-item-path Invalid @ spec.volumes[0].configMap.items[3].path',
      'api/volume-item-path Invalid @ spec.volumes[0].configMap.items[4].path',
      'api/volume-item-path Invalid @ spec.volumes[1].downwardAPI.path',
    ]);
    expect(findings[5]!.markerPath).toEqual(['spec', 'volumes', 1, 'downwardAPI', 'items', 0, 'path']);
  });

  it('accepts relative paths with subdirectories and dots inside names', () => {
    const yaml =
      pod(`  - {name: a, secret: {secretName: s, items: [{key: tls.crt, path: certs/tls.crt}, {key: k, path: a..b}]}}
  - {name: b, projected: {sources: [{downwardAPI: {items: [{path: meta/name, fieldRef: {fieldPath: metadata.name}}]}}]}}`);
    expect(findingsOf(yaml, apiVolumeItemPathRule)).toEqual([]);
  });
});
