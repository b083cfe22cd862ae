import { describe, expect, it } from 'vitest';
import { manifestFromYaml } from '../../testing/manifestFromYaml';
import { getAtPath } from '../valueAtPath';
import { setPodLabelWithServices } from './setPodLabelWithServices';

const file = `apiVersion: apps/v1
kind: Deployment
metadata: {name: web}
spec:
  selector: {matchLabels: {app: web}}
  template:
    metadata: {labels: {app: web, tier: front}}
    spec: {containers: [{name: web, image: nginx:1.27}]}
---
apiVersion: v1
kind: Service
metadata: {name: web}
spec: {selector: {app: web, tier: front}, ports: [{port: 80}]}
---
apiVersion: v1
kind: Service
metadata: {name: other}
spec: {selector: {app: api}, ports: [{port: 80}]}
`;
const ref = { documentIndex: 0, itemIndex: null };
const at = (manifest: unknown, path: (string | number)[]) => getAtPath(manifest as never, path);

describe('setPodLabelWithServices', () => {
  it('renames the label in the pod, the controller selector and the Services that select the pods', () => {
    const edited = setPodLabelWithServices(manifestFromYaml(file), ref, { from: 'app', to: 'name', value: 'web' });
    expect(edited.services).toEqual(['web']);
    expect(at(edited.manifest, [0, 'spec', 'template', 'metadata', 'labels'])).toEqual({ name: 'web', tier: 'front' });
    expect(at(edited.manifest, [0, 'spec', 'selector', 'matchLabels'])).toEqual({ name: 'web' });
    expect(at(edited.manifest, [1, 'spec', 'selector'])).toEqual({ name: 'web', tier: 'front' });
    expect(at(edited.manifest, [2, 'spec', 'selector'])).toEqual({ app: 'api' });
  });

  it('removes a removed label from the Services, and leaves Services alone when a label is added', () => {
    const removed = setPodLabelWithServices(manifestFromYaml(file), ref, { from: 'tier', to: null, value: '' });
    expect(at(removed.manifest, [1, 'spec', 'selector'])).toEqual({ app: 'web' });
    const added = setPodLabelWithServices(manifestFromYaml(file), ref, { from: null, to: 'team', value: 'a' });
    expect(added.services).toEqual([]);
  });
});
