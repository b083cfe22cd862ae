import { describe, expect, it } from 'vitest';
import { makeContainer, makeDeployment, makePod } from '../fixtures/workloadBuilders';
import { getAtPath } from '../valueAtPath';
import { podMetadataOf, podSpecOf } from '../workloads';
import { renameContainer } from './renameContainer';
import { OperationError } from './updatePodSpec';

const cpuFrom = (containerName: string) => ({
  name: 'CPU',
  valueFrom: { resourceFieldRef: { containerName, resource: 'limits.cpu' } },
});

describe('renameContainer', () => {
  const podSpec = {
    initContainers: [makeContainer('setup', { env: [cpuFrom('web')] })],
    containers: [makeContainer('web', { env: [cpuFrom('web'), { name: 'MODE', value: 'web' }] }), makeContainer('api')],
    volumes: [
      {
        name: 'info',
        downwardAPI: { items: [{ path: 'cpu', resourceFieldRef: { containerName: 'web', resource: 'limits.cpu' } }] },
      },
    ],
  };

  it('renames the container and every resourceFieldRef naming it, and nothing else', () => {
    const next = podSpecOf(renameContainer(makePod(podSpec), 'web', 'site'));
    expect(getAtPath(next, ['containers', 0, 'name'])).toBe('site');
    expect(getAtPath(next, ['containers', 0, 'env'])).toEqual([cpuFrom('site'), { name: 'MODE', value: 'web' }]);
    expect(getAtPath(next, ['initContainers', 0, 'env'])).toEqual([cpuFrom('site')]);
    expect(getAtPath(next, ['volumes', 0, 'downwardAPI', 'items', 0, 'resourceFieldRef', 'containerName'])).toBe(
      'site',
    );
    expect(getAtPath(next, ['containers', 1])).toBe(podSpec.containers[1]);
  });

  it('renames the per-container AppArmor annotation of the pod template, keeping its place', () => {
    const deployment = makeDeployment(podSpec);
    const annotations = { 'container.apparmor.security.beta.kubernetes.io/web': 'runtime/default', team: 'shop' };
    const withAnnotation = {
      ...deployment,
      spec: {
        ...(deployment.spec as object),
        template: { metadata: { labels: { app: 'demo' }, annotations }, spec: podSpec },
      },
    };
    const next = renameContainer(withAnnotation, 'web', 'site');
    expect(Object.keys(podMetadataOf(next).annotations as object)).toEqual([
      'container.apparmor.security.beta.kubernetes.io/site',
      'team',
    ]);
  });

  it('refuses a name another container has, and does nothing for the same name', () => {
    const pod = makePod(podSpec);
    expect(() => renameContainer(pod, 'web', 'setup')).toThrow(OperationError);
    expect(renameContainer(pod, 'web', 'web')).toBe(pod);
  });
  it('follows the annotations that name the container: default-container and per-container profile keys', () => {
    const annotations = {
      'kubectl.kubernetes.io/default-container': 'web',
      'container.apparmor.security.beta.kubernetes.io/web': 'runtime/default',
      'prometheus.io/scrape': 'true',
    };
    const deployment = makeDeployment({ containers: [makeContainer('web'), makeContainer('api')] });
    const annotated = {
      ...deployment,
      spec: {
        ...(deployment.spec as object),
        template: { ...(deployment.spec as { template: object }).template, metadata: { annotations } },
      },
    };
    const renamed = podMetadataOf(renameContainer(annotated, 'web', 'site'));
    expect(renamed.annotations).toEqual({
      'kubectl.kubernetes.io/default-container': 'site',
      'container.apparmor.security.beta.kubernetes.io/site': 'runtime/default',
      'prometheus.io/scrape': 'true',
    });
    expect(Object.keys(renamed.annotations as object)[0]).toBe('kubectl.kubernetes.io/default-container');
    expect(podMetadataOf(renameContainer(annotated, 'api', 'backend')).annotations).toBe(annotations);
  });
});
