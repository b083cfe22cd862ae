import { describe, expect, it } from 'vitest';
import { makeContainer, makeDeployment, makePod } from '../fixtures/workloadBuilders';
import { podSpecOf } from '../workloads';
import { addContainer } from './addContainer';
import { OperationError } from './updatePodSpec';

describe('addContainer', () => {
  const pod = makePod({ containers: [makeContainer('web')] }, { name: 'demo', labels: { app: 'demo' } });

  it('appends an app container, without a restartPolicy of its own', () => {
    const next = addContainer(pod, makeContainer('api', { restartPolicy: 'Always' }));
    expect(podSpecOf(next).containers).toEqual([makeContainer('web'), makeContainer('api')]);
  });

  it('adds an init container in a new list placed before the app containers', () => {
    const next = addContainer(pod, makeContainer('setup'), 'init');
    expect(Object.keys(podSpecOf(next))).toEqual(['initContainers', 'containers']);
    expect(podSpecOf(next).initContainers).toEqual([makeContainer('setup')]);
  });

  it('adds a native sidecar: an init container with restartPolicy Always, after the existing ones', () => {
    const withInit = addContainer(pod, makeContainer('setup'), 'init');
    const next = addContainer(withInit, makeContainer('log'), 'sidecar');
    expect(podSpecOf(next).initContainers).toEqual([
      makeContainer('setup'),
      makeContainer('log', { restartPolicy: 'Always' }),
    ]);
  });

  it('refuses a name that any container of the pod already has', () => {
    const withInit = addContainer(pod, makeContainer('setup'), 'init');
    expect(() => addContainer(withInit, makeContainer('web'), 'init')).toThrow(OperationError);
    expect(() => addContainer(withInit, makeContainer('setup'))).toThrow(
      'A container named "setup" already exists in this pod.',
    );
  });

  it('edits the pod template of a controller and shares every untouched branch', () => {
    const deployment = makeDeployment({ containers: [makeContainer('web')] });
    const next = addContainer(deployment, makeContainer('api'));
    expect(podSpecOf(next).containers).toHaveLength(2);
    expect(next.metadata).toBe(deployment.metadata);
    expect((next.spec as { selector: unknown }).selector).toBe((deployment.spec as { selector: unknown }).selector);
    expect((podSpecOf(next).containers as unknown[])[0]).toBe((podSpecOf(deployment).containers as unknown[])[0]);
  });

  it('creates the pod spec when the workload has none yet', () => {
    expect(
      addContainer({ apiVersion: 'v1', kind: 'Pod', metadata: { name: 'new' } }, makeContainer('web')).spec,
    ).toEqual({ containers: [makeContainer('web')] });
  });
});
