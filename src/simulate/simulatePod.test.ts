import { describe, expect, it } from 'vitest';
import type { JsonObject } from '../model/jsonValue';
import type { ContainerFault, PodTimeline } from './lifecycleTypes';
import { simulatePod } from './simulatePod';

/** A container's life as "from-to Label" steps, easy to read in a failing test. */
function steps(timeline: PodTimeline, name: string): string[] {
  const container = timeline.containers.find((entry) => entry.name === name)!;
  return container.segments.map((segment) => `${segment.from}-${segment.to} ${segment.label}`);
}

function podSteps(timeline: PodTimeline): string[] {
  return timeline.pod.map(
    (segment) => `${segment.from}-${segment.to} ${segment.phase} ${segment.status}${segment.ready ? ' Ready' : ''}`,
  );
}

const httpProbe = (settings: JsonObject = {}): JsonObject => ({
  httpGet: { path: '/healthz', port: 8080 },
  ...settings,
});

/** Init container, a native sidecar with a startup probe, and an app container with readiness. */
const webPod: JsonObject = {
  initContainers: [
    { name: 'setup', image: 'busybox:1.36' },
    {
      name: 'proxy',
      image: 'envoy:1.30',
      restartPolicy: 'Always',
      startupProbe: httpProbe({ periodSeconds: 2, failureThreshold: 5 }),
    },
  ],
  containers: [
    { name: 'web', image: 'nginx:1.27', readinessProbe: httpProbe({ initialDelaySeconds: 3, periodSeconds: 5 }) },
  ],
};

function simulate(spec: JsonObject, faults: Record<string, ContainerFault> = {}, deleteAt?: number) {
  return simulatePod(spec, { faults, deleteAt });
}

describe('simulatePod: a healthy start', () => {
  const timeline = simulate(webPod);

  it('runs the init container, then starts the sidecar, then the app once the sidecar has started', () => {
    expect(steps(timeline, 'setup')).toEqual(['0-2 Running', '2-30 Completed']);
    expect(steps(timeline, 'proxy')).toEqual(['0-2 Waiting', '2-4 Running', '4-30 Ready']);
    // readiness: first probe at initialDelay 3 + period 5 after the start at 4.
    expect(steps(timeline, 'web')).toEqual(['0-4 Waiting', '4-12 Running', '12-30 Ready']);
  });

  it('reports the pod as kubectl does, Ready only once every container is', () => {
    expect(podSteps(timeline)).toEqual([
      '0-2 Pending Init:0/2',
      '2-4 Pending Init:1/2',
      '4-12 Running Running',
      '12-30 Running Running Ready',
    ]);
    expect(timeline.pod.at(-1)!.receivesTraffic).toBe(true);
    expect(timeline.events.map((event) => `${event.at} ${event.text}`)).toContain(
      '12 Pod Ready: a Service now sends it traffic',
    );
  });

  it('starts the next init step as soon as a sidecar without a startup probe runs', () => {
    const spec: JsonObject = {
      initContainers: [
        { name: 'log', image: 'x', restartPolicy: 'Always' },
        { name: 'migrate', image: 'y' },
      ],
      containers: [{ name: 'app', image: 'z' }],
    };
    const result = simulate(spec);
    expect(steps(result, 'log')).toEqual(['0-30 Ready']);
    expect(steps(result, 'migrate')).toEqual(['0-2 Running', '2-30 Completed']);
    expect(steps(result, 'app')).toEqual(['0-2 Waiting', '2-30 Ready']);
  });

  it('holds liveness and readiness until the startup probe passes', () => {
    const spec = {
      containers: [
        { name: 'slow', image: 'x', startupProbe: httpProbe(), readinessProbe: httpProbe({ periodSeconds: 5 }) },
      ],
    };
    // startup passes at 10 s; the readiness probe at 10 s does not count, the one at 15 s does.
    expect(steps(simulate(spec), 'slow')).toEqual(['0-10 Running', '10-15 Started', '15-30 Ready']);
  });
});

describe('simulatePod: what if an init container exits non-zero', () => {
  it('restarts it with crash-loop back-off under restartPolicy Always, and nothing after it starts', () => {
    const timeline = simulate(webPod, { setup: 'exitsNonZero' });
    const setup = timeline.containers[0]!;
    expect(setup.segments.filter((segment) => segment.label === 'Running').map((segment) => segment.from)).toEqual([
      0, 3, 15, 37, 79, 161, 323, 625,
    ]);
    expect(
      setup.segments.filter((segment) => segment.phase === 'backOff').map((segment) => segment.backOffSeconds),
    ).toEqual([10, 20, 40, 80, 160, 300, 300]);
    expect(steps(timeline, 'proxy')).toEqual(['0-660 Waiting']);
    expect(steps(timeline, 'web')).toEqual(['0-660 Waiting']);
    expect(podSteps(timeline).slice(0, 5)).toEqual([
      '0-2 Pending Init:0/2',
      '2-3 Pending Init:Error',
      '3-5 Pending Init:0/2',
      '5-6 Pending Init:Error',
      '6-15 Pending Init:CrashLoopBackOff',
    ]);
    expect(timeline.end).toBe(660);
  });

  it('fails the pod under restartPolicy Never', () => {
    const timeline = simulate({ ...webPod, restartPolicy: 'Never' }, { setup: 'exitsNonZero' });
    expect(steps(timeline, 'setup')).toEqual(['0-2 Running', '2-4 Error']);
    expect(podSteps(timeline)).toEqual(['0-2 Pending Init:0/2', '2-4 Failed Init:Error']);
    expect(timeline.events.some((event) => event.text === 'Pod Failed')).toBe(true);
  });

  it('restarts it under restartPolicy OnFailure', () => {
    const timeline = simulate({ ...webPod, restartPolicy: 'OnFailure' }, { setup: 'exitsNonZero' });
    expect(steps(timeline, 'setup').slice(0, 4)).toEqual(['0-2 Running', '2-3 Error', '3-5 Running', '5-6 Error']);
  });
});

describe('simulatePod: probes that fail', () => {
  const live = { containers: [{ name: 'api', image: 'x', livenessProbe: httpProbe({ initialDelaySeconds: 5 }) }] };

  it('kills a container failing liveness after initialDelay + failureThreshold × period, then backs off', () => {
    const timeline = simulate(live, { api: 'livenessFails' });
    expect(steps(timeline, 'api').slice(0, 5)).toEqual([
      '0-35 Ready',
      '35-36 Error',
      '36-71 Ready',
      '71-72 Error',
      '72-81 CrashLoopBackOff',
    ]);
    expect(timeline.pod.find((segment) => segment.from === 72)?.status).toBe('CrashLoopBackOff');
    expect(timeline.events.map((event) => event.text)).toContain('api killed: liveness probe failed 3 times');
  });

  it('keeps a container failing readiness out of the Service for good', () => {
    const timeline = simulate(webPod, { web: 'readinessFails' });
    expect(steps(timeline, 'web')).toEqual(['0-4 Waiting', '4-30 Running']);
    expect(timeline.pod.every((segment) => !segment.ready && !segment.receivesTraffic)).toBe(true);
    expect(timeline.events.map((event) => `${event.at} ${event.text}`)).toContain(
      '12 Readiness probe of web failed: it stays not Ready and gets no Service traffic',
    );
    expect(timeline.end).toBe(30);
  });

  it('kills a sidecar whose startup probe fails, and the pod never gets past it', () => {
    const timeline = simulate(webPod, { proxy: 'startupFails' });
    // budget: 5 failures × 2 s = 10 s from its start at 2 s.
    expect(steps(timeline, 'proxy').slice(0, 6)).toEqual([
      '0-2 Waiting',
      '2-12 Running',
      '12-13 Error',
      '13-23 Running',
      '23-24 Error',
      '24-33 CrashLoopBackOff',
    ]);
    expect(steps(timeline, 'web')).toEqual(['0-660 Waiting']);
    expect(timeline.pod.find((segment) => segment.from === 24)?.status).toBe('Init:CrashLoopBackOff');
  });

  it('restarts a crashing sidecar even under restartPolicy Never', () => {
    const spec = {
      restartPolicy: 'Never',
      initContainers: [{ name: 'log', image: 'x', restartPolicy: 'Always' }],
      containers: [{ name: 'app', image: 'z' }],
    };
    expect(steps(simulate(spec, { log: 'exitsNonZero' }), 'log').slice(0, 3)).toEqual([
      '0-2 Ready',
      '2-3 Error',
      '3-5 Ready',
    ]);
  });

  it('fails the pod when its only app container exits under Never, and stops the sidecars', () => {
    const spec = {
      restartPolicy: 'Never',
      initContainers: [{ name: 'log', image: 'x', restartPolicy: 'Always' }],
      containers: [{ name: 'app', image: 'z' }],
    };
    const timeline = simulate(spec, { app: 'exitsNonZero' });
    expect(steps(timeline, 'app')).toEqual(['0-2 Ready', '2-5 Error']);
    expect(steps(timeline, 'log')).toEqual(['0-2 Ready', '2-3 Stopping', '3-5 Terminated']);
    expect(podSteps(timeline)).toEqual(['0-2 Running Running Ready', '2-5 Failed Error']);
  });
});

describe('simulatePod: shutdown', () => {
  const spec: JsonObject = {
    initContainers: [
      { name: 'mesh', image: 'x', restartPolicy: 'Always' },
      { name: 'log', image: 'y', restartPolicy: 'Always' },
    ],
    containers: [{ name: 'web', image: 'z', lifecycle: { preStop: { exec: { command: ['sh', '-c', 'sleep 5'] } } } }],
  };

  it('stops app containers first (preStop, then SIGTERM), then the sidecars in reverse order', () => {
    const timeline = simulate(spec, {}, 20);
    expect(steps(timeline, 'web')).toEqual(['0-20 Ready', '20-25 preStop', '25-26 Stopping', '26-30 Terminated']);
    expect(steps(timeline, 'log')).toEqual(['0-20 Ready', '20-26 Ready', '26-27 Stopping', '27-30 Terminated']);
    expect(steps(timeline, 'mesh')).toEqual(['0-20 Ready', '20-27 Ready', '27-28 Stopping', '28-30 Terminated']);
    expect(timeline.pod.at(-1)).toMatchObject({ status: 'Terminating', terminating: true, receivesTraffic: false });
  });

  it('kills what still runs when terminationGracePeriodSeconds is over', () => {
    const timeline = simulate({ ...spec, terminationGracePeriodSeconds: 3 }, {}, 20);
    expect(steps(timeline, 'web')).toEqual(['0-20 Ready', '20-23 preStop', '23-25 Terminated']);
    expect(timeline.events.filter((event) => event.text.includes('SIGKILL')).map((event) => event.container)).toEqual([
      'web',
      'log',
      'mesh',
    ]);
  });
});
