import { describe, expect, it } from 'vitest';
import { findContainerSlot } from '../../../../model/containers';
import { podSpecOf } from '../../../../model/workloads';
import { findingKeys, findingsOf } from '../../../../testing/findingsOf';
import { manifestFromYaml } from '../../../../testing/manifestFromYaml';
import { apiContainerNameRule } from './apiContainerName';

describe('api/container-name', () => {
  it('reports an invalid, a missing and a duplicate name at the API server paths', () => {
    const yaml = `
apiVersion: apps/v1
kind: Deployment
metadata: {name: web}
spec:
  selector: {matchLabels: {app: web}}
  template:
    metadata: {labels: {app: web}}
    spec:
      initContainers:
      - name: web
        image: busybox:1.36
      containers:
      - name: Web.App
        image: nginx:1.27
      - name: web
        image: nginx:1.27
      - image: nginx:1.27
`;
    expect(findingKeys(yaml, apiContainerNameRule)).toEqual([
      'api/container-name @ spec.template.spec.containers[0].name',
      'api/container-name @ spec.template.spec.containers[2].name',
      'api/container-name @ spec.template.spec.initContainers[0].name',
    ]);
    expect(findingsOf(yaml, apiContainerNameRule).map((finding) => finding.errorType)).toEqual([
      'Invalid',
      'Required',
      'Duplicate',
    ]);
  });

  it('follows the server on unnamed containers and ephemeral containers', () => {
    const yaml = `
apiVersion: v1
kind: Pod
metadata: {name: p}
spec:
  containers:
  - {image: nginx}
  - {image: nginx}
  initContainers:
  - {image: busybox}
  ephemeralContainers:
  - {name: debug, image: busybox}
  - {name: debug, image: busybox}
`;
    expect(findingsOf(yaml, apiContainerNameRule).map((f) => `${f.errorType} ${f.path.slice(1).join('.')}`)).toEqual([
      'Required containers.0.name',
      'Required containers.1.name',
      'Duplicate containers.1.name',
      'Required initContainers.0.name',
      'Duplicate initContainers.0.name',
      'Duplicate ephemeralContainers.1.name',
    ]);
  });

  it('offers to lowercase a name when the result is valid and unused, renaming references too', () => {
    const yaml = `
apiVersion: v1
kind: Pod
metadata:
  name: p
  annotations: {container.apparmor.security.beta.kubernetes.io/Web: runtime/default}
spec:
  containers:
  - name: Web
    image: nginx
  - name: API
    image: api
  - name: api
    image: api
`;
    const [web, api] = findingsOf(yaml, apiContainerNameRule);
    expect(api?.fix).toBeUndefined();
    const fixed = web!.fix!.apply(manifestFromYaml(yaml));
    expect(findContainerSlot(podSpecOf(fixed[0]!), 'web')).toBeDefined();
    expect(Object.keys((fixed[0]!.metadata as { annotations: object }).annotations)).toEqual([
      'container.apparmor.security.beta.kubernetes.io/web',
    ]);
  });

  it('accepts lowercase names that start with a digit, and leaves non-string names to the schema rules', () => {
    const yaml = `
apiVersion: v1
kind: Pod
metadata: {name: p}
spec:
  containers:
  - {name: 1st-web, image: nginx:1.27}
  - {name: sidecar, image: busybox:1.36}
  - {name: 42, image: busybox:1.36}
`;
    expect(findingKeys(yaml, apiContainerNameRule)).toEqual([]);
  });
});
