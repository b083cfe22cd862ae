import { describe, expect, it } from 'vitest';
import { findingKeys, findingsOf } from '../../../../testing/findingsOf';
import { containerNamesRule } from './containerNames';

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
    expect(findingKeys(yaml, containerNamesRule)).toEqual([
      'api/container-name @ spec.template.spec.containers[0].name',
      'api/container-name @ spec.template.spec.containers[2].name',
      'api/container-name @ spec.template.spec.initContainers[0].name',
    ]);
    expect(findingsOf(yaml, containerNamesRule).map((finding) => finding.errorType)).toEqual(['Invalid', 'Required', 'Duplicate']);
  });

  it('accepts lowercase names that start with a digit', () => {
    const yaml = `
apiVersion: v1
kind: Pod
metadata: {name: p}
spec:
  containers:
  - {name: 1st-web, image: nginx:1.27}
  - {name: sidecar, image: busybox:1.36}
`;
    expect(findingKeys(yaml, containerNamesRule)).toEqual([]);
  });
});
