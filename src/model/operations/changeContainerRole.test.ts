import { describe, expect, it } from 'vitest';
import { makeContainer, makePod } from '../fixtures/workloadBuilders';
import { podSpecOf } from '../workloads';
import { changeContainerRole } from './changeContainerRole';
import { OperationError } from './updatePodSpec';

describe('changeContainerRole', () => {
  const pod = makePod({
    initContainers: [makeContainer('setup'), makeContainer('log', { restartPolicy: 'Always' })],
    containers: [makeContainer('web'), makeContainer('api')],
  });

  it('turns an init container into a sidecar and back in place', () => {
    const sidecar = changeContainerRole(pod, 'setup', 'sidecar');
    expect(podSpecOf(sidecar).initContainers).toEqual([
      makeContainer('setup', { restartPolicy: 'Always' }),
      makeContainer('log', { restartPolicy: 'Always' }),
    ]);
    expect(podSpecOf(changeContainerRole(sidecar, 'setup', 'init'))).toEqual(podSpecOf(pod));
  });

  it('moves an app container to the end of the init containers', () => {
    const next = podSpecOf(changeContainerRole(pod, 'web', 'init'));
    expect(next.containers).toEqual([makeContainer('api')]);
    expect(next.initContainers).toEqual([
      makeContainer('setup'),
      makeContainer('log', { restartPolicy: 'Always' }),
      makeContainer('web'),
    ]);
  });

  it('creates the init container list before the containers when there is none', () => {
    const next = podSpecOf(
      changeContainerRole(makePod({ containers: [makeContainer('web'), makeContainer('log')] }), 'log', 'sidecar'),
    );
    expect(Object.keys(next)).toEqual(['initContainers', 'containers']);
    expect(next.initContainers).toEqual([makeContainer('log', { restartPolicy: 'Always' })]);
  });

  it('moves a sidecar to the app containers without its restartPolicy, dropping an emptied init list', () => {
    const onlySidecar = makePod({
      initContainers: [makeContainer('log', { restartPolicy: 'Always' })],
      containers: [makeContainer('web')],
    });
    expect(podSpecOf(changeContainerRole(onlySidecar, 'log', 'app'))).toEqual({
      containers: [makeContainer('web'), makeContainer('log')],
    });
  });

  it('returns the workload itself for the same role, and refuses an unknown container', () => {
    expect(changeContainerRole(pod, 'log', 'sidecar')).toBe(pod);
    expect(() => changeContainerRole(pod, 'nope', 'app')).toThrow(OperationError);
  });
});
