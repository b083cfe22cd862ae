import { describe, expect, it } from 'vitest';
import { makeContainer, makePod } from '../fixtures/workloadBuilders';
import { podSpecOf } from '../workloads';
import { moveInitContainer } from './moveInitContainer';
import { OperationError } from './updatePodSpec';

describe('moveInitContainer', () => {
  const pod = makePod({
    initContainers: ['a', 'b', 'c'].map((name) => makeContainer(name)),
    containers: [makeContainer('web')],
  });
  const order = (next: typeof pod) =>
    (podSpecOf(next).initContainers as { name: string }[]).map((container) => container.name);

  it('changes the run order, moving the same container object', () => {
    const next = moveInitContainer(pod, 2, 0);
    expect(order(next)).toEqual(['c', 'a', 'b']);
    expect((podSpecOf(next).initContainers as unknown[])[0]).toBe((podSpecOf(pod).initContainers as unknown[])[2]);
  });

  it('clamps the target position and returns the workload itself when nothing moves', () => {
    expect(order(moveInitContainer(pod, 0, 99))).toEqual(['b', 'c', 'a']);
    expect(moveInitContainer(pod, 1, 1)).toBe(pod);
  });

  it('refuses a position with no init container', () => {
    expect(() => moveInitContainer(pod, 3, 0)).toThrow(OperationError);
  });
});
