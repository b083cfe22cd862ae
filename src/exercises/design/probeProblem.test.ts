import { describe, expect, it } from 'vitest';
import { NGINX_UNPRIVILEGED } from '../../catalog/exercises/images';
import type { JsonObject } from '../../model/jsonValue';
import { commandLineInOneString } from './commandLineInOneString';
import { probeProblem } from './probeProblem';

const web = (probe: JsonObject): JsonObject => ({
  name: 'web',
  ports: [{ name: 'http', containerPort: 8080 }],
  readinessProbe: probe,
});

describe('probeProblem', () => {
  it('passes a probe of a page the image serves, by port name or number', () => {
    expect(
      probeProblem(web({ httpGet: { path: '/', port: 'http' } }), 'readinessProbe', NGINX_UNPRIVILEGED),
    ).toBeNull();
    expect(probeProblem(web({ tcpSocket: { port: 8080 } }), 'readinessProbe', NGINX_UNPRIVILEGED)).toBeNull();
  });

  it('fails a path the image does not serve, a port it does not listen on, a port name not declared', () => {
    expect(
      probeProblem(web({ httpGet: { path: '/ready', port: 8080 } }), 'readinessProbe', NGINX_UNPRIVILEGED),
    ).toContain('does not serve');
    expect(probeProblem(web({ httpGet: { path: '/', port: 80 } }), 'readinessProbe', NGINX_UNPRIVILEGED)).toContain(
      'listens on 8080',
    );
    expect(probeProblem(web({ httpGet: { path: '/', port: 'web' } }), 'readinessProbe', undefined)).toContain(
      'does not declare',
    );
  });

  it('cannot judge an exec probe, and reports a probe without a handler or none at all', () => {
    expect(probeProblem(web({ exec: { command: ['true'] } }), 'readinessProbe', NGINX_UNPRIVILEGED)).toBeNull();
    expect(probeProblem(web({ periodSeconds: 5 }), 'readinessProbe', NGINX_UNPRIVILEGED)).toContain('no handler');
    expect(probeProblem({ name: 'web' }, 'livenessProbe', NGINX_UNPRIVILEGED)).toContain('no livenessProbe');
  });
});

describe('commandLineInOneString', () => {
  it('finds a whole command line in the first element, and only there', () => {
    expect(commandLineInOneString({ command: ['tail -F /logs/app.log'] })).toBe('tail -F /logs/app.log');
    expect(commandLineInOneString({ command: ['tail', '-F', '/logs/app.log'] })).toBeNull();
    expect(commandLineInOneString({ command: ['sh', '-c', 'tail -F /logs/app.log'] })).toBeNull();
    expect(commandLineInOneString({ args: ['tail -F x'] })).toBeNull();
  });
});
