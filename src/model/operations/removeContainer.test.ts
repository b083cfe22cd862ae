import { describe, expect, it } from 'vitest';
import { makeContainer, makePod } from '../fixtures/workloadBuilders';
import { podSpecOf } from '../workloads';
import { removeContainer } from './removeContainer';
import { OperationError } from './updatePodSpec';

describe('removeContainer', () => {
  const pod = makePod({
    initContainers: [makeContainer('setup')],
    containers: [makeContainer('web'), makeContainer('api')],
  });

  it('removes an app container and keeps the others in order', () => {
    expect(podSpecOf(removeContainer(pod, 'web')).containers).toEqual([makeContainer('api')]);
  });

  it('removes the init container list when it empties', () => {
    const next = podSpecOf(removeContainer(pod, 'setup'));
    expect(next).not.toHaveProperty('initContainers');
    expect(next.containers).toBe(podSpecOf(pod).containers);
  });

  it('refuses a name no container has', () => {
    expect(() => removeContainer(pod, 'nope')).toThrow(OperationError);
  });
});
