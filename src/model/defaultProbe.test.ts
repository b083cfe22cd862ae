import { describe, expect, it } from 'vitest';
import { defaultProbe } from './defaultProbe';

describe('defaultProbe', () => {
  it('checks HTTP on the first port of a web container', () => {
    expect(
      defaultProbe({ name: 'web', ports: [{ containerPort: 8080 }, { containerPort: 9090 }] }, 'readinessProbe'),
    ).toEqual({ httpGet: { path: '/ready', port: 8080 }, periodSeconds: 10 });
    expect(
      defaultProbe({ name: 'web', ports: [{ name: 'http', containerPort: 80 }] }, 'livenessProbe').httpGet,
    ).toEqual({ path: '/healthz', port: 80 });
  });

  it('checks TCP on a first port named like something other than a web server', () => {
    expect(
      defaultProbe({ name: 'db', ports: [{ name: 'postgres', containerPort: 5432 }] }, 'livenessProbe'),
    ).toMatchObject({ tcpSocket: { port: 5432 } });
  });

  it('falls back to a placeholder exec probe, saying so in its command, without a TCP port', () => {
    expect(defaultProbe({ name: 'job' }, 'livenessProbe')).toMatchObject({
      exec: { command: ['sh', '-c', expect.stringMatching(/^exit 0 +# placeholder: replace with a check/)] },
    });
    expect(
      defaultProbe({ name: 'dns', ports: [{ containerPort: 53, protocol: 'UDP' }] }, 'readinessProbe'),
    ).toHaveProperty('exec');
  });

  it('gives a startup probe room for a slow start', () => {
    expect(defaultProbe({ name: 'web' }, 'startupProbe')).toMatchObject({ periodSeconds: 5, failureThreshold: 30 });
  });
  it('probes a port named https with scheme HTTPS (kube-rbac-proxy)', () => {
    expect(
      defaultProbe({ name: 'kube-rbac-proxy', ports: [{ containerPort: 9100, name: 'https' }] }, 'readinessProbe'),
    ).toEqual({ httpGet: { path: '/ready', port: 9100, scheme: 'HTTPS' }, periodSeconds: 10 });
  });
});
