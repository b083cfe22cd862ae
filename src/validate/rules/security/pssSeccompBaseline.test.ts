import { describe, expect, it } from 'vitest';
import { getAtPath } from '../../../model/valueAtPath';
import { findingKeys } from '../../../testing/findingsOf';
import { manifestFromYaml } from '../../../testing/manifestFromYaml';
import { validateManifest } from '../../validateManifest';
import { pssSeccompBaselineRule } from './pssSeccompBaseline';

describe('pss/seccomp-baseline', () => {
  const yaml = `
apiVersion: v1
kind: Pod
metadata: {name: p}
spec:
  securityContext: {seccompProfile: {type: Unconfined}}
  containers:
  - {name: a, image: nginx:1.27, securityContext: {seccompProfile: {type: RuntimeDefault}}}
  - {name: b, image: nginx:1.27, securityContext: {seccompProfile: {type: Unconfined}}}
`;

  it('reports Unconfined at pod level even when containers override it, and on containers', () => {
    expect(findingKeys(yaml, pssSeccompBaselineRule)).toEqual([
      'pss/seccomp-baseline @ spec.securityContext.seccompProfile.type',
      'pss/seccomp-baseline @ spec.containers[1].securityContext.seccompProfile.type',
    ]);
  });

  it('switches to RuntimeDefault', () => {
    const manifest = manifestFromYaml(yaml);
    const fixed = validateManifest(manifest, [pssSeccompBaselineRule])[1]!.fix!.apply(manifest);
    expect(getAtPath(fixed[0]!, ['spec', 'containers', 1, 'securityContext', 'seccompProfile'])).toEqual({
      type: 'RuntimeDefault',
    });
  });

  it('accepts RuntimeDefault, Localhost and no profile (that is a Restricted matter)', () => {
    const accepted = `
apiVersion: v1
kind: Pod
metadata: {name: p}
spec:
  containers:
  - {name: a, image: nginx:1.27, securityContext: {seccompProfile: {type: Localhost, localhostProfile: profiles/audit.json}}}
  - {name: b, image: nginx:1.27}
`;
    expect(findingKeys(accepted, pssSeccompBaselineRule)).toEqual([]);
  });
});
