import { describe, expect, it } from 'vitest';
import type { JsonObject, JsonValue } from '../jsonValue';
import { makeContainer, makeDeployment, makePod } from '../fixtures/workloadBuilders';
import { setPodLabel } from './setPodLabel';

describe('setPodLabel', () => {
  const deployment = makeDeployment({ containers: [makeContainer('web')] });
  const spec = (workload: JsonObject) => workload.spec as { selector: JsonValue; template: { metadata: JsonValue } };

  it('changes a template label and the selector label that matched it', () => {
    const next = spec(setPodLabel(deployment, { from: 'app', to: 'app', value: 'shop' }));
    expect(next.template.metadata).toEqual({ labels: { app: 'shop' } });
    expect(next.selector).toEqual({ matchLabels: { app: 'shop' } });
  });

  it('renames the selector key with the label', () => {
    const next = spec(setPodLabel(deployment, { from: 'app', to: 'app.kubernetes.io/name', value: 'demo' }));
    expect(next.selector).toEqual({ matchLabels: { 'app.kubernetes.io/name': 'demo' } });
  });

  it('adds a label without touching the selector', () => {
    const next = spec(setPodLabel(deployment, { from: null, to: 'tier', value: 'front' }));
    expect(next.template.metadata).toEqual({ labels: { app: 'demo', tier: 'front' } });
    expect(next.selector).toBe(spec(deployment).selector);
  });

  it('leaves a selector alone that did not match the label', () => {
    const drifted: JsonObject = {
      ...deployment,
      spec: { ...spec(deployment), selector: { matchLabels: { app: 'other' } } },
    };
    expect(spec(setPodLabel(drifted, { from: 'app', to: 'app', value: 'shop' })).selector).toEqual({
      matchLabels: { app: 'other' },
    });
  });

  it("edits a Pod's own labels", () => {
    const pod = makePod({ containers: [] }, { name: 'demo', labels: { app: 'web' } });
    expect(setPodLabel(pod, { from: 'app', to: null, value: '' }).metadata).toEqual({ name: 'demo' });
  });

  it('keeps a ReplicationController selector (a plain map) in step', () => {
    const rc = {
      apiVersion: 'v1',
      kind: 'ReplicationController',
      metadata: { name: 'rc' },
      spec: { selector: { app: 'a' }, template: { metadata: { labels: { app: 'a' } }, spec: {} } },
    };
    expect((setPodLabel(rc, { from: 'app', to: 'app', value: 'b' }).spec as { selector: unknown }).selector).toEqual({
      app: 'b',
    });
  });

  it('leaves the selector alone when told not to follow', () => {
    const next = spec(setPodLabel(deployment, { from: 'app', to: 'app', value: 'shop' }, false));
    expect(next.template.metadata).toEqual({ labels: { app: 'shop' } });
    expect(next.selector).toBe(spec(deployment).selector);
  });
});
