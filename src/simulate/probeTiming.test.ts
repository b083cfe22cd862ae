import { describe, expect, it } from 'vitest';
import { PROBE_DEFAULTS, probeSettings } from './probeSettings';
import { describeProbeTiming, livenessKillWindow, readinessDelayWindow, startupBudgetWindow } from './probeTiming';

describe('probeSettings', () => {
  it('fills in the Kubernetes defaults', () => {
    expect(probeSettings({ httpGet: { path: '/', port: 80 } })).toEqual({
      initialDelaySeconds: 0,
      periodSeconds: 10,
      timeoutSeconds: 1,
      failureThreshold: 3,
      successThreshold: 1,
    });
  });

  it('keeps set values and ignores invalid ones', () => {
    expect(probeSettings({ periodSeconds: 5, failureThreshold: 0, initialDelaySeconds: '7' })).toEqual({
      ...PROBE_DEFAULTS,
      periodSeconds: 5,
    });
  });
});

describe('probe arithmetic', () => {
  it('kills after failureThreshold × periodSeconds of failing liveness', () => {
    expect(livenessKillWindow(PROBE_DEFAULTS)).toEqual({ earliest: 20, latest: 30 });
    expect(livenessKillWindow({ ...PROBE_DEFAULTS, periodSeconds: 5, failureThreshold: 6 })).toEqual({
      earliest: 25,
      latest: 30,
    });
  });

  it('is Ready after at least initialDelaySeconds + (successThreshold − 1) × periodSeconds', () => {
    expect(readinessDelayWindow({ ...PROBE_DEFAULTS, initialDelaySeconds: 5, successThreshold: 2 })).toEqual({
      earliest: 15,
      latest: 25,
    });
  });

  it('gives a startup budget of initialDelaySeconds + failureThreshold × periodSeconds', () => {
    expect(startupBudgetWindow({ ...PROBE_DEFAULTS, failureThreshold: 30 })).toEqual({ earliest: 290, latest: 300 });
    expect(
      startupBudgetWindow({ ...PROBE_DEFAULTS, initialDelaySeconds: 10, periodSeconds: 5, failureThreshold: 4 }).latest,
    ).toBe(30);
  });

  it('says it in words', () => {
    expect(describeProbeTiming('livenessProbe', PROBE_DEFAULTS)[0]).toMatch(
      /^Killed and restarted about 30 s after it stops answering/,
    );
    expect(describeProbeTiming('readinessProbe', { ...PROBE_DEFAULTS, initialDelaySeconds: 5 })[0]).toMatch(
      /^Ready after at least 5 s/,
    );
    expect(describeProbeTiming('startupProbe', { ...PROBE_DEFAULTS, failureThreshold: 30 })[0]).toMatch(
      /^Startup budget 300 s/,
    );
  });
});
