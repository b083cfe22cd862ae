import { describe, expect, it } from 'vitest';
import { formatDataPath } from '../../../../model/dataPath';
import { findingsOf } from '../../../../testing/findingsOf';
import { apiVolumeFileModeRule } from './apiVolumeFileMode';

const pod = (volumes: string) => `
apiVersion: v1
kind: Pod
metadata: {name: p}
spec:
  containers: [{name: app, image: nginx:1.27}]
  volumes:
${volumes}`;

describe('api/volume-file-mode', () => {
  it('reports modes outside 0..0777, dropping the item index for downward API files', () => {
    const yaml = pod(`  - {name: a, secret: {secretName: s, defaultMode: 644}}
  - {name: b, configMap: {name: c, items: [{key: k, path: k, mode: -1}]}}
  - {name: c, downwardAPI: {items: [{path: labels, fieldRef: {fieldPath: metadata.labels}, mode: 1000}]}}
  - {name: d, projected: {defaultMode: 512, sources: [{secret: {name: s, items: [{key: k, path: k, mode: 0777}]}}]}}`);
    const findings = findingsOf(yaml, apiVolumeFileModeRule);
    expect(findings.map((f) => `${f.ruleId} ${f.errorType} @ ${formatDataPath(f.path)}`)).toEqual([
      'api/volume-file-mode Invalid @ spec.volumes[0].secret.defaultMode',
      'api/volume-file-mode Invalid @ spec.volumes[1].configMap.items[0].mode',
      'api/volume-file-mode Invalid @ spec.volumes[2].downwardAPI.mode',
      'api/volume-file-mode Invalid @ spec.volumes[3].projected.defaultMode',
    ]);
    expect(findings[2]!.markerPath).toEqual(['spec', 'volumes', 2, 'downwardAPI', 'items', 0, 'mode']);
  });

  it('accepts octal modes as YAML 1.1 reads them (0644 is 420) and decimal modes up to 511', () => {
    const yaml = pod(`  - {name: a, secret: {secretName: s, defaultMode: 0644}}
  - {name: b, configMap: {name: c, defaultMode: 420, items: [{key: k, path: k, mode: 0400}]}}
  - {name: c, projected: {defaultMode: 511, sources: []}}`);
    expect(findingsOf(yaml, apiVolumeFileModeRule)).toEqual([]);
  });
});
