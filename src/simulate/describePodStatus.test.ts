import { expect, it } from 'vitest';
import { describePodStatus, podConditions } from './describePodStatus';
import { faultChoices } from './faultChoices';
import type { PodStatusSegment } from './lifecycleTypes';

const base: PodStatusSegment = {
  from: 0,
  to: 2,
  phase: 'Pending',
  status: 'Init:1/2',
  initialized: false,
  containersReady: false,
  ready: false,
  terminating: false,
  receivesTraffic: false,
};

it('says the pod state in one line', () => {
  expect(describePodStatus(base)).toBe('Pod: Pending · Init:1/2 · no Service traffic');
  expect(
    describePodStatus({
      ...base,
      phase: 'Running',
      status: 'Running',
      initialized: true,
      containersReady: true,
      ready: true,
      receivesTraffic: true,
    }),
  ).toBe('Pod: Running · Ready · receives Service traffic');
  expect(describePodStatus({ ...base, phase: 'Running', status: 'Terminating', terminating: true })).toBe(
    'Pod: Running · Terminating · no Service traffic',
  );
  expect(podConditions(base).map(([name, value]) => `${name}=${value}`)).toEqual([
    'PodScheduled=true',
    'Initialized=false',
    'ContainersReady=false',
    'Ready=false',
  ]);
});

it('offers probe failures only for probes the container has', () => {
  const available = (role: 'app' | 'init' | 'sidecar', container: object) =>
    faultChoices(role, container as never)
      .filter((choice) => !choice.unavailable)
      .map((choice) => choice.fault);
  expect(available('init', { name: 'setup' })).toEqual(['none', 'exitsNonZero']);
  expect(available('app', { name: 'web', readinessProbe: { httpGet: { port: 80 } } })).toEqual([
    'none',
    'exitsNonZero',
    'readinessFails',
  ]);
});
