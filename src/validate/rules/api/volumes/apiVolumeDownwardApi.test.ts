import { describe, expect, it } from 'vitest';
import { formatDataPath } from '../../../../model/dataPath';
import { findingsOf } from '../../../../testing/findingsOf';
import { apiVolumeDownwardApiRule } from './apiVolumeDownwardApi';

const pod = (items: string) => `
apiVersion: v1
kind: Pod
metadata: {name: p}
spec:
  containers: [{name: app, image: nginx:1.27}]
  volumes:
  - name: info
    downwardAPI:
      items:
${items}`;
const typed = (yaml: string) =>
  findingsOf(yaml, apiVolumeDownwardApiRule).map((f) => `${f.ruleId} ${f.errorType} @ ${formatDataPath(f.path)}`);

describe('api/volume-downward-api', () => {
  it('reports unsupported, unknown and badly subscripted field paths without the item index', () => {
    const yaml = pod(`      - {path: node, fieldRef: {fieldPath: spec.nodeName}}
      - {path: bogus, fieldRef: {fieldPath: status.bogus}}
      - {path: app, fieldRef: {fieldPath: "metadata.labels['bad key']"}}
      - {path: empty, fieldRef: {fieldPath: ""}}`);
    const findings = findingsOf(yaml, apiVolumeDownwardApiRule);
    expect(findings.map((f) => `${f.ruleId} ${f.errorType} @ ${formatDataPath(f.path)}`)).toEqual([
      'api/volume-downward-api NotSupported @ spec.volumes[0].downwardAPI.fieldRef.fieldPath',
      'api/volume-downward-api Invalid @ spec.volumes[0].downwardAPI.fieldRef.fieldPath',
      'api/volume-downward-api Invalid @ spec.volumes[0].downwardAPI.fieldRef',
      'api/volume-downward-api Required @ spec.volumes[0].downwardAPI.fieldRef.fieldPath',
    ]);
    expect(findings[1]!.markerPath).toEqual(['spec', 'volumes', 0, 'downwardAPI', 'items', 1, 'fieldRef', 'fieldPath']);
  });

  it('reports files with neither or both sources, and a resourceFieldRef without its container', () => {
    const yaml = pod(`      - {path: nothing}
      - {path: both, fieldRef: {fieldPath: metadata.name}, resourceFieldRef: {containerName: app, resource: limits.cpu}}
      - {path: cpu, resourceFieldRef: {resource: limits.cpu}}
      - {path: gpu, resourceFieldRef: {containerName: app, resource: limits.nvidia.com/gpu}}
      - {path: mem, resourceFieldRef: {containerName: app, resource: limits.memory, divisor: 3}}`);
    expect(typed(yaml)).toEqual([
      'api/volume-downward-api Required @ spec.volumes[0].downwardAPI',
      'api/volume-downward-api Invalid @ spec.volumes[0].downwardAPI',
      'api/volume-downward-api Required @ spec.volumes[0].downwardAPI.resourceFieldRef.containerName',
      'api/volume-downward-api NotSupported @ spec.volumes[0].downwardAPI.resourceFieldRef.resource',
      'api/volume-downward-api Invalid @ spec.volumes[0].downwardAPI.resourceFieldRef.divisor',
    ]);
  });

  it('accepts the fields a volume can project, in volumes and projected sources', () => {
    const yaml = `
apiVersion: v1
kind: Pod
metadata: {name: p}
spec:
  containers: [{name: app, image: nginx:1.27}]
  volumes:
  - name: info
    downwardAPI:
      items:
      - {path: labels, fieldRef: {fieldPath: metadata.labels}}
      - {path: team, fieldRef: {apiVersion: v1, fieldPath: "metadata.annotations['example.com/team']"}}
      - {path: mem, resourceFieldRef: {containerName: app, resource: limits.memory, divisor: 1Mi}}
      - {path: cpu, resourceFieldRef: {containerName: app, resource: requests.cpu, divisor: 1m}}
      - {path: pages, resourceFieldRef: {containerName: app, resource: limits.hugepages-2Mi}}
  - name: all
    projected:
      sources:
      - downwardAPI: {items: [{path: uid, fieldRef: {fieldPath: metadata.uid}}]}
`;
    expect(typed(yaml)).toEqual([]);
  });
});
