import { describe, expect, it } from 'vitest';
import { formatDataPath } from '../../../../model/dataPath';
import { findingsOf } from '../../../../testing/findingsOf';
import { apiVolumeImageRule } from './apiVolumeImage';

const typed = (yaml: string) =>
  findingsOf(yaml, apiVolumeImageRule).map((f) => `${f.ruleId} ${f.errorType} @ ${formatDataPath(f.path)}`);

describe('api/volume-image', () => {
  it('reports a Pod image volume without a reference, and an unknown pull policy', () => {
    const yaml = `
apiVersion: v1
kind: Pod
metadata: {name: p}
spec:
  containers: [{name: app, image: nginx:1.27}]
  volumes:
  - {name: model, image: {pullPolicy: ifnotpresent}}
`;
    expect(typed(yaml)).toEqual([
      'api/volume-image Required @ spec.volumes[0].image.reference',
      'api/volume-image NotSupported @ spec.volumes[0].image.pullPolicy',
    ]);
    expect(findingsOf(yaml, apiVolumeImageRule)[1]!.fix?.label).toBe('Set pullPolicy to IfNotPresent');
  });

  it('accepts an empty reference in a pod template, and a complete image volume', () => {
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
      - {name: model, image: {}}
      - {name: data, image: {reference: "quay.io/crio/artifact:v2", pullPolicy: IfNotPresent}}
`;
    expect(typed(yaml)).toEqual([]);
  });
});
