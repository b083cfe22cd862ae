import { describe, expect, it } from 'vitest';
import { findingKeys } from '../../../testing/findingsOf';
import { practicePlaceholderProbeRule } from './practicePlaceholderProbe';

const podWithProbe = (command: string) => `
apiVersion: v1
kind: Pod
metadata: {name: worker}
spec:
  containers:
  - name: worker
    image: busybox:1.36
    livenessProbe:
      exec:
        command: ${command}
`;

describe('practice/placeholder-probe', () => {
  it.each([
    '["sh", "-c", "true"]',
    '["true"]',
    '["/bin/sh", "-c", "exit 0  # placeholder: replace with a real check"]',
    '["bash", "-c", ":"]',
  ])('flags a command that always succeeds: %s', (command) => {
    expect(findingKeys(podWithProbe(command), practicePlaceholderProbeRule)).toEqual([
      'practice/placeholder-probe @ spec.containers[0].livenessProbe.exec.command',
    ]);
  });

  it.each(['["cat", "/tmp/healthy"]', '["sh", "-c", "test -e /tmp/healthy"]', '["pg_isready", "-U", "app"]'])(
    'leaves a real check alone: %s',
    (command) => {
      expect(findingKeys(podWithProbe(command), practicePlaceholderProbeRule)).toEqual([]);
    },
  );
});
