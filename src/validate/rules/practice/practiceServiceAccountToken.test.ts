import { describe, expect, it } from 'vitest';
import { getAtPath } from '../../../model/valueAtPath';
import { findingKeys } from '../../../testing/findingsOf';
import { manifestFromYaml } from '../../../testing/manifestFromYaml';
import { validateManifest } from '../../validateManifest';
import { practiceServiceAccountTokenRule } from './practiceServiceAccountToken';

describe('practice/service-account-token', () => {
  const yaml = `
apiVersion: batch/v1
kind: Job
metadata: {name: j}
spec:
  template:
    spec:
      restartPolicy: Never
      containers: [{name: t, image: t:1.0}]
`;

  it("suggests not mounting the default account's token, and fixes it", () => {
    expect(findingKeys(yaml, practiceServiceAccountTokenRule)).toEqual([
      'practice/service-account-token @ spec.template.spec.automountServiceAccountToken',
    ]);
    const manifest = manifestFromYaml(yaml);
    const fixed = validateManifest(manifest, [practiceServiceAccountTokenRule])[0]!.fix!.apply(manifest);
    expect(getAtPath(fixed[0]!, ['spec', 'template', 'spec', 'automountServiceAccountToken'])).toBe(false);
  });

  it('accepts an opt-out, a named service account, or a default ServiceAccount that opts out', () => {
    const optOut = yaml.replace(
      'restartPolicy: Never',
      'restartPolicy: Never\n      automountServiceAccountToken: false',
    );
    const named = yaml.replace('restartPolicy: Never', 'restartPolicy: Never\n      serviceAccountName: backup');
    const defaultAccount = `${yaml}---
apiVersion: v1
kind: ServiceAccount
metadata: {name: default}
automountServiceAccountToken: false
`;
    expect(findingKeys(optOut, practiceServiceAccountTokenRule)).toEqual([]);
    expect(findingKeys(named, practiceServiceAccountTokenRule)).toEqual([]);
    expect(findingKeys(defaultAccount, practiceServiceAccountTokenRule)).toEqual([]);
  });
});
