import { describe, expect, it } from 'vitest';
import { makeContainer, makeDeployment, makePod } from '../model/fixtures/workloadBuilders';
import { podOutline, type OutlineItem } from './podOutline';

/** The outline as indented lines, as a screen reader would walk it. */
function lines(items: readonly OutlineItem[], depth = 0): string[] {
  return items.flatMap((item) => [`${'  '.repeat(depth)}${item.label}`, ...lines(item.children, depth + 1)]);
}

describe('podOutline', () => {
  it('reads a pod as workload → containers by role → details, then volumes and references', () => {
    const pod = makePod(
      {
        serviceAccountName: 'web-sa',
        initContainers: [
          makeContainer('setup', { image: 'busybox:1.37' }),
          makeContainer('shipper', { restartPolicy: 'Always' }),
        ],
        containers: [
          makeContainer('web', {
            image: 'nginx:1.27',
            ports: [{ name: 'http', containerPort: 8080 }],
            resources: { requests: { cpu: '100m' } },
            readinessProbe: { httpGet: { path: '/ready', port: 8080 } },
            volumeMounts: [{ name: 'site', mountPath: '/usr/share/nginx/html', readOnly: true }],
            env: [{ name: 'TOKEN', valueFrom: { secretKeyRef: { name: 'api-token', key: 'token' } } }],
          }),
        ],
        volumes: [
          { name: 'site', configMap: { name: 'site-content' } },
          { name: 'scratch', emptyDir: {} },
        ],
      },
      { name: 'web' },
    );
    expect(lines(podOutline(pod))).toEqual([
      'Pod web',
      '  Init containers (1)',
      '    1. Init container setup, image busybox:1.37',
      '      Resources: none set',
      '  Sidecars (1)',
      '    1. Sidecar shipper, image shipper:1.0',
      '      Resources: none set',
      '  App containers (1)',
      '    Container web, image nginx:1.27',
      '      Ports: 8080 (http)',
      '      Resources: cpu 100m',
      '      Probes (1)',
      '        Readiness probe: HTTP /ready:8080',
      '      Mounts (1)',
      '        site at /usr/share/nginx/html, read-only',
      '  Volumes (2)',
      '    Volume site: configMap site-content',
      '      mounted by web at /usr/share/nginx/html, read-only',
      '    Volume scratch: emptyDir',
      '      not mounted by any container',
      '  References (3)',
      '    ConfigMap site-content, used by volume site',
      '    Secret api-token, used by env TOKEN of web',
      '    ServiceAccount web-sa, used by the pod identity',
    ]);
  });

  it('links items to canvas entities so the outline can select them', () => {
    const [workload] = podOutline(
      makePod({
        containers: [makeContainer('web', { volumeMounts: [{ name: 'data', mountPath: '/data' }] })],
        volumes: [{ name: 'data', emptyDir: {} }],
      }),
    );
    const ids = (items: readonly OutlineItem[]): string[] =>
      items.flatMap((item) => [...(item.entityId ? [item.entityId] : []), ...ids(item.children)]);
    expect(ids([workload!])).toEqual(['pod', 'container:web', 'mount:web:0', 'volume:data']);
  });

  it('names the controller and its summary', () => {
    expect(podOutline(makeDeployment({ containers: [makeContainer('api')] }))[0]!.label).toBe(
      'Deployment demo, 2 replicas',
    );
  });

  it('says when there are no containers, and is empty without a workload', () => {
    expect(lines(podOutline(makePod({})))).toEqual(['Pod demo', '  No containers yet']);
    expect(podOutline(null)).toEqual([]);
  });

  it('lists a reference once with every use', () => {
    const pod = makePod({
      containers: [
        makeContainer('a', { envFrom: [{ configMapRef: { name: 'settings' } }] }),
        makeContainer('b', { envFrom: [{ configMapRef: { name: 'settings' } }] }),
      ],
      imagePullSecrets: [{ name: 'registry' }],
    });
    const references = podOutline(pod)[0]!.children.find((item) => item.key === 'group:references')!;
    expect(references.children.map((item) => item.label)).toEqual([
      'ConfigMap settings, used by all env of a; all env of b',
      'Secret registry, used by image pulls',
    ]);
  });
});
