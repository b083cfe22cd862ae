import { describe, expect, it } from 'vitest';
import { getAtPath } from '../../../model/valueAtPath';
import { findingKeys, findingsOf } from '../../../testing/findingsOf';
import { manifestFromYaml } from '../../../testing/manifestFromYaml';
import { practiceCommandLineInOneItemRule } from './practiceCommandLineInOneItem';

const sidecar = (command: string) => `
apiVersion: v1
kind: Pod
metadata: {name: app}
spec:
  containers:
  - name: app
    image: ghcr.io/example/app:1.4.2
  - name: log-tailer
    image: busybox:1.36
    command: ${command}
`;

describe('practice/command-line-in-one-item', () => {
  it('reports a whole command line in one item, with a fix that splits it', () => {
    const yaml = sidecar('["tail -F /var/log/app/app.log"]');
    expect(findingKeys(yaml, practiceCommandLineInOneItemRule)).toEqual([
      'practice/command-line-in-one-item @ spec.containers[1].command[0]',
    ]);
    const manifest = manifestFromYaml(yaml);
    const fixed = findingsOf(yaml, practiceCommandLineInOneItemRule)[0]!.fix!.apply(manifest);
    expect(getAtPath(fixed[0]!, ['spec', 'containers', 1, 'command'])).toEqual(['tail', '-F', '/var/log/app/app.log']);
  });

  it('accepts split commands, shell scripts and paths', () => {
    expect(findingKeys(sidecar('[tail, -F, /var/log/app/app.log]'), practiceCommandLineInOneItemRule)).toEqual([]);
    expect(findingKeys(sidecar('[sh, -c, "tail -F /var/log/app/app.log"]'), practiceCommandLineInOneItemRule)).toEqual(
      [],
    );
    expect(findingKeys(sidecar('["/bin/agent"]'), practiceCommandLineInOneItemRule)).toEqual([]);
  });
});
