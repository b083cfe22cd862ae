import type { PodStatusSegment } from './lifecycleTypes';

/**
 * The pod's state in one line, as an instructor would say it.
 * @example describePodStatus(pending) === 'Pod: Pending · Init:1/2 · no Service traffic'
 */
export function describePodStatus(segment: PodStatusSegment): string {
  const parts = [`Pod: ${segment.phase}`];
  if (segment.status !== segment.phase) parts.push(segment.status);
  if (segment.phase === 'Running' && !segment.terminating) parts.push(segment.ready ? 'Ready' : 'not Ready');
  parts.push(segment.receivesTraffic ? 'receives Service traffic' : 'no Service traffic');
  return parts.join(' · ');
}

/** The pod's conditions as (name, true/false) pairs, in the order kubectl lists them. */
export function podConditions(segment: PodStatusSegment): readonly (readonly [string, boolean])[] {
  return [
    ['PodScheduled', true],
    ['Initialized', segment.initialized],
    ['ContainersReady', segment.containersReady],
    ['Ready', segment.ready],
  ];
}
