import { describe, expect, it } from 'vitest';
import { formatDataPath } from '../../../../model/dataPath';
import { getAtPath } from '../../../../model/valueAtPath';
import { findingsOf } from '../../../../testing/findingsOf';
import { manifestFromYaml } from '../../../../testing/manifestFromYaml';
import { apiVolumeHostPathRule } from './apiVolumeHostPath';

const pod = (volumes: string) => `
apiVersion: v1
kind: Pod
metadata: {name: p}
spec:
  containers: [{name: app, image: nginx:1.27}]
  volumes:
${volumes}`;
const typed = (yaml: string) =>
  findingsOf(yaml, apiVolumeHostPathRule).map((f) => `${f.ruleId} ${f.errorType} @ ${formatDataPath(f.path)}`);

describe('api/volume-host-path', () => {
  it('reports a missing path, a path with "..", and an unknown type', () => {
    const yaml = pod(`  - {name: a, hostPath: {}}
  - {name: b, hostPath: {path: /var/../etc}}
  - {name: c, hostPath: {path: /var/log, type: Dir}}`);
    expect(typed(yaml)).toEqual([
      'api/volume-host-path Required @ spec.volumes[0].hostPath.path',
      'api/volume-host-path Invalid @ spec.volumes[1].hostPath.path',
      'api/volume-host-path NotSupported @ spec.volumes[2].hostPath.type',
    ]);
  });

  it('offers to fix the letter case of a type', () => {
    const yaml = pod('  - {name: a, hostPath: {path: /run/docker.sock, type: socket}}');
    const [finding] = findingsOf(yaml, apiVolumeHostPathRule);
    expect(finding?.fix?.label).toBe('Set type to Socket');
    const fixed = finding!.fix!.apply(manifestFromYaml(yaml));
    expect(getAtPath(fixed[0]!, ['spec', 'volumes', 0, 'hostPath', 'type'])).toBe('Socket');
  });

  it('accepts relative paths, an empty type and hostPath sources that are not validated (second source)', () => {
    const yaml = pod(`  - {name: a, hostPath: {path: data, type: ""}}
  - {name: b, hostPath: {path: /var/log, type: DirectoryOrCreate}}
  - {name: c, emptyDir: {}, hostPath: {}}`);
    expect(typed(yaml)).toEqual([]);
  });
});
