import { describe, expect, it } from 'vitest';
import { findingKeys, findingsOf } from '../../../testing/findingsOf';
import { backgroundCommands, practiceProcessManagerRule } from './practiceProcessManager';

describe('practice/process-manager', () => {
  it('reports supervisors, cron and backgrounded servers', () => {
    const yaml = `
apiVersion: v1
kind: Pod
metadata: {name: p}
spec:
  containers:
  - {name: sup, image: app:1.0, command: [/usr/bin/supervisord, -n]}
  - {name: cron, image: app:1.0, command: [sh, -c, "exec crond -f"]}
  - {name: both, image: php:8.3-fpm, command: [sh, -c, "php-fpm & nginx -g 'daemon off;'"]}
`;
    expect(findingKeys(yaml, practiceProcessManagerRule)).toEqual([
      'practice/process-manager @ spec.containers[2].command[2]',
      'practice/process-manager @ spec.containers[0].command[0]',
      'practice/process-manager @ spec.containers[1].command[2]',
    ]);
    expect(findingsOf(yaml, practiceProcessManagerRule).map((f) => f.severity)).toEqual(['warning', 'info', 'info']);
  });

  it('accepts single processes, tini, and the sleep-and-wait signal pattern', () => {
    const yaml = `
apiVersion: v1
kind: Pod
metadata: {name: p}
spec:
  containers:
  - {name: a, image: nginx:1.27}
  - {name: b, image: app:1.0, command: [tini, --, app]}
  - {name: c, image: busybox:1.36, command: [sh, -c, "trap 'exit 0' TERM; sleep infinity & wait"]}
  - {name: d, image: busybox:1.36, command: [sh, -c, "prepare && exec app >/proc/1/fd/1 2>&1"]}
`;
    expect(findingKeys(yaml, practiceProcessManagerRule)).toEqual([]);
  });

  it('finds single & operators only', () => {
    expect(backgroundCommands('a && b || c')).toEqual([]);
    expect(backgroundCommands('server >log 2>&1 &\nworker &> out & wait')).toEqual(['server', 'worker']);
    expect(backgroundCommands('echo "a & b"')).toEqual([]);
    expect(backgroundCommands('FOO=1 nohup /usr/bin/agent & exec main')).toEqual(['agent']);
  });
});
