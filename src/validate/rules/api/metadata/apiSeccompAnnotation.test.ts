import { describe, expect, it } from 'vitest';
import { formatDataPath } from '../../../../model/dataPath';
import { findingsOf } from '../../../../testing/findingsOf';
import { apiSeccompAnnotationRule } from './apiSeccompAnnotation';

const POD_KEY = 'seccomp.security.alpha.kubernetes.io/pod';
const CONTAINER_KEY = 'container.seccomp.security.alpha.kubernetes.io/web';
const pod = (annotations: Record<string, string>, podSecurity = '{}', containerSecurity = '{}') => `
apiVersion: v1
kind: Pod
metadata:
  name: p
  annotations: ${JSON.stringify(annotations)}
spec:
  securityContext: ${podSecurity}
  containers: [{name: web, image: nginx, securityContext: ${containerSecurity}}]
`;
const summary = (yaml: string) =>
  findingsOf(yaml, apiSeccompAnnotationRule).map((f) => `${f.errorType ?? f.severity} ${formatDataPath(f.path)}`);

describe('api/seccomp-annotation', () => {
  it('reports invalid profiles and fields that disagree with the annotations', () => {
    expect(
      summary(
        pod({ [POD_KEY]: 'localhost/../escape' }, '{seccompProfile: {type: Localhost, localhostProfile: ../escape}}'),
      ),
    ).toEqual([`Invalid metadata.annotations[${POD_KEY}]`]);
    expect(summary(pod({ [POD_KEY]: 'unconfined' }, '{seccompProfile: {type: RuntimeDefault}}'))).toEqual([
      'Forbidden spec.securityContext.seccompProfile.type',
    ]);
    expect(
      summary(
        pod(
          { [CONTAINER_KEY]: 'localhost/a.json' },
          '{}',
          '{seccompProfile: {type: Localhost, localhostProfile: b.json}}',
        ),
      ),
    ).toEqual(['Forbidden spec.containers[0].securityContext.seccompProfile.localhostProfile']);
  });

  it('accepts matching fields (docker/default counts as RuntimeDefault) and warns about an annotation alone', () => {
    expect(summary(pod({ [POD_KEY]: 'docker/default' }, '{seccompProfile: {type: RuntimeDefault}}'))).toEqual([]);
    expect(summary(pod({ [CONTAINER_KEY]: 'runtime/default' }))).toEqual([
      `warning metadata.annotations[${CONTAINER_KEY}]`,
    ]);
  });
});
