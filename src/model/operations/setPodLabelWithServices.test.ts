import { describe, expect, it } from 'vitest';
import { manifestFromYaml } from '../../testing/manifestFromYaml';
import { getAtPath } from '../valueAtPath';
import { labelFollowers, setPodLabelWithServices } from './setPodLabelWithServices';

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

  it('with follow off changes only the label', () => {
    const edited = setPodLabelWithServices(
      manifestFromYaml(file),
      ref,
      { from: 'app', to: 'name', value: 'web' },
      false,
    );
    expect(edited.services).toEqual([]);
    expect(edited.selector).toBeNull();
    expect(at(edited.manifest, [0, 'spec', 'template', 'metadata', 'labels'])).toEqual({ name: 'web', tier: 'front' });
    expect(at(edited.manifest, [0, 'spec', 'selector', 'matchLabels'])).toEqual({ app: 'web' });
    expect(at(edited.manifest, [1, 'spec', 'selector'])).toEqual({ app: 'web', tier: 'front' });
  });
});

describe('labelFollowers', () => {
  const manifest = manifestFromYaml(file);

  it('names the controller selector and the Services a rename or a new value would leave behind', () => {
    expect(labelFollowers(manifest, ref, { from: 'app', to: 'name', value: 'web' })).toEqual({
      selector: ['spec', 'selector', 'matchLabels'],
      services: ['web'],
    });
    expect(labelFollowers(manifest, ref, { from: 'app', to: 'app', value: 'shop' }).services).toEqual(['web']);
  });

  it('is empty for a new label, an unchanged one, and a label nothing selects by', () => {
    const none = { selector: null, services: [] };
    expect(labelFollowers(manifest, ref, { from: null, to: 'team', value: 'a' })).toEqual(none);
    expect(labelFollowers(manifest, ref, { from: 'app', to: 'app', value: 'web' })).toEqual(none);
    expect(labelFollowers(manifest, ref, { from: 'tier', to: 'layer', value: 'front' })).toEqual({
      selector: null,
      services: ['web'],
    });
  });

  it('leaves out a Service whose only selector label would be removed (it would select nothing)', () => {
    const single = manifestFromYaml(file.replace('selector: {app: web, tier: front}', 'selector: {app: web}'));
    expect(labelFollowers(single, ref, { from: 'app', to: null, value: '' })).toEqual({
      selector: ['spec', 'selector', 'matchLabels'],
      services: [],
    });
  });
});
