import { describe, expect, it } from 'vitest';
import { formatDataPath } from '../../../../model/dataPath';
import { findingsOf } from '../../../../testing/findingsOf';
import { apiApparmorAnnotationRule } from './apiApparmorAnnotation';

const PREFIX = 'container.apparmor.security.beta.kubernetes.io/';
const pod = (annotations: Record<string, string>, containerSecurity = '{}') => `
apiVersion: v1
kind: Pod
metadata:
  name: p
  annotations: ${JSON.stringify(annotations)}
spec:
  containers: [{name: web, image: nginx, securityContext: ${containerSecurity}}]
`;
const summary = (yaml: string) =>
  findingsOf(yaml, apiApparmorAnnotationRule).map((f) => `${f.errorType ?? f.severity} ${formatDataPath(f.path)}`);

describe('api/apparmor-annotation', () => {
  it('reports an unknown container, an invalid profile, and a field that disagrees', () => {
    expect(summary(pod({ [`${PREFIX}api`]: 'runtime/default' }))).toEqual([
      `Invalid metadata.annotations[${PREFIX}api]`,
    ]);
    expect(summary(pod({ [`${PREFIX}web`]: 'strict' }, '{appArmorProfile: {type: RuntimeDefault}}'))).toEqual([
      `Invalid metadata.annotations[${PREFIX}web]`,
      'Forbidden spec.containers[0].securityContext.appArmorProfile.type',
    ]);
    expect(
      summary(pod({ [`${PREFIX}web`]: 'localhost/a' }, '{appArmorProfile: {type: Localhost, localhostProfile: b}}')),
    ).toEqual(['Forbidden spec.containers[0].securityContext.appArmorProfile.localhostProfile']);
  });

  it('accepts a matching field, and only warns about the deprecated annotation alone', () => {
    expect(summary(pod({ [`${PREFIX}web`]: 'runtime/default' }, '{appArmorProfile: {type: RuntimeDefault}}'))).toEqual(
      [],
    );
    expect(summary(pod({ [`${PREFIX}web`]: 'localhost/my-profile' }))).toEqual([
      `warning metadata.annotations[${PREFIX}web]`,
    ]);
  });
});
