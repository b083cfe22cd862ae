import { describe, expect, it } from 'vitest';
import { findingKeys } from '../../../testing/findingsOf';
import { practiceConfigFileInCommandRule, configFilesWritten } from './practiceConfigFileInCommand';

describe('practice/config-file-in-command', () => {
  it('reports a start script that writes a config file into the image', () => {
    const yaml = `
apiVersion: v1
kind: Pod
metadata: {name: p}
spec:
  containers:
  - name: web
    image: nginx:1.27
    command: [sh, -c]
    args: ["echo 'server { listen 8080; }' > /etc/nginx/conf.d/default.conf && exec nginx -g 'daemon off;'"]
  - name: app
    image: app:1.0
    command: [/bin/bash, -ec, "sed -i s/PORT/8080/ /opt/app/app.properties; exec app"]
`;
    expect(findingKeys(yaml, practiceConfigFileInCommandRule)).toEqual([
      'practice/config-file-in-command @ spec.containers[0].args[0]',
      'practice/config-file-in-command @ spec.containers[1].command[2]',
    ]);
  });

  it('accepts rendering into a mounted volume, logs and plain commands', () => {
    const yaml = `
apiVersion: v1
kind: Pod
metadata: {name: p}
spec:
  initContainers:
  - name: render
    image: envsubst:1.0
    command: [sh, -c, "envsubst < /templates/app.conf > /config/app.conf"]
    volumeMounts: [{name: config, mountPath: /config}]
  containers:
  - {name: a, image: busybox:1.36, command: [sh, -c, "while true; do date >> /var/log/out.log; sleep 5; done"]}
  - {name: b, image: busybox:1.36, command: [sh, -c, "echo ready > /dev/termination-log"]}
  - {name: c, image: nginx:1.27, args: [nginx, -c, /etc/nginx/nginx.conf]}
  volumes: [{name: config, emptyDir: {}}]
`;
    expect(findingKeys(yaml, practiceConfigFileInCommandRule)).toEqual([]);
  });

  it('finds redirects, tee and sed -i targets, not quoted text', () => {
    expect(configFilesWritten('cat <<EOF > /etc/app.yaml\nkey: 1\nEOF', [])).toEqual(['/etc/app.yaml']);
    expect(configFilesWritten('echo x | tee -a /etc/hosts', [])).toEqual(['/etc/hosts']);
    expect(configFilesWritten('echo "a > /etc/fake.conf"', [])).toEqual([]);
    expect(configFilesWritten('run 2>&1 >/dev/null', [])).toEqual([]);
  });
});
