import { describe, expect, it } from 'vitest';
import { field } from '../../../model/jsonValue';
import { findingKeys, findingsOf } from '../../../testing/findingsOf';
import { manifestFromYaml } from '../../../testing/manifestFromYaml';
import { validateManifest } from '../../validateManifest';
import { practiceBarePodRule } from './practiceBarePod';

describe('practice/bare-pod', () => {
  it('suggests a Deployment for a server pod and turns it into one', () => {
    const yaml = `
apiVersion: v1
kind: Pod
metadata: {name: web, labels: {app: web}}
spec:
  containers: [{name: web, image: nginx:1.27}]
`;
    expect(findingKeys(yaml, practiceBarePodRule)).toEqual(['practice/bare-pod @ kind']);
    const manifest = manifestFromYaml(yaml);
    const fixed = validateManifest(manifest, [practiceBarePodRule])[0]!.fix!.apply(manifest);
    expect(field(fixed[0], 'kind')).toBe('Deployment');
  });

  it('suggests a Job for a run-once pod', () => {
    const yaml = `
apiVersion: v1
kind: Pod
metadata: {name: task}
spec:
  restartPolicy: Never
  containers: [{name: task, image: busybox:1.36}]
`;
    expect(findingsOf(yaml, practiceBarePodRule)[0]!.fix!.label).toBe('Turn the Pod into a Job');
  });

  it('accepts controllers and pods created by one', () => {
    const owned = `
apiVersion: v1
kind: Pod
metadata:
  name: web-abc
  ownerReferences: [{apiVersion: apps/v1, kind: ReplicaSet, name: web, uid: "1"}]
spec:
  containers: [{name: web, image: nginx:1.27}]
`;
    const deployment = `
apiVersion: apps/v1
kind: Deployment
metadata: {name: web}
spec:
  selector: {matchLabels: {app: web}}
  template:
    metadata: {labels: {app: web}}
    spec:
      containers: [{name: web, image: nginx:1.27}]
`;
    expect(findingKeys(owned, practiceBarePodRule)).toEqual([]);
    expect(findingKeys(deployment, practiceBarePodRule)).toEqual([]);
  });
});
