import { describe, expect, it } from 'vitest';
import { formatDataPath } from '../../../../model/dataPath';
import { findingsOf } from '../../../../testing/findingsOf';
import { apiVolumeProjectedRule } from './apiVolumeProjected';

const pod = (sources: string) => `
apiVersion: v1
kind: Pod
metadata: {name: p}
spec:
  containers: [{name: app, image: nginx:1.27}]
  volumes:
  - name: all
    projected:
      sources:
${sources}`;

describe('api/volume-projected', () => {
  it('reports two projections in one entry, duplicate file paths and a bad token', () => {
    const yaml = pod(`      - secret: {name: s, items: [{key: a, path: config}]}
        configMap: {name: c}
      - configMap: {name: c, items: [{key: b, path: config}]}
      - serviceAccountToken: {expirationSeconds: 60, path: /token}
      - serviceAccountToken: {audience: vault}`);
    const findings = findingsOf(yaml, apiVolumeProjectedRule);
    expect(findings.map((f) => `${f.ruleId} ${f.errorType} @ ${formatDataPath(f.path)}`)).toEqual([
      'api/volume-projected Forbidden @ spec.volumes[0].projected.sources[0]',
      'api/volume-projected Invalid @ spec.volumes[0].projected',
      'api/volume-projected Invalid @ spec.volumes[0].projected.sources[2].serviceAccountToken.expirationSeconds',
      'api/volume-projected Invalid @ spec.volumes[0].projected.path',
      'api/volume-projected Required @ spec.volumes[0].projected.path',
    ]);
    expect(findings[3]!.markerPath).toEqual([
      'spec',
      'volumes',
      0,
      'projected',
      'sources',
      2,
      'serviceAccountToken',
      'path',
    ]);
  });

  it('accepts a typical projected volume with a token that keeps the default lifetime', () => {
    const yaml = pod(`      - serviceAccountToken: {path: token, audience: vault}
      - configMap: {name: ca, items: [{key: ca.crt, path: ca.crt}]}
      - downwardAPI: {items: [{path: namespace, fieldRef: {fieldPath: metadata.namespace}}]}`);
    expect(findingsOf(yaml, apiVolumeProjectedRule)).toEqual([]);
  });
});
