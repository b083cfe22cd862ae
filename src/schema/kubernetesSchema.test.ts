import Ajv, { type ErrorObject } from 'ajv';
import { describe, expect, it } from 'vitest';
import schema from '../generated/kubernetes-schema.json';
import { definitionPointer, kubernetesRootFor, kubernetesRoots } from './kubernetesSchema';

const ajv = new Ajv({ strict: false, allErrors: true });
ajv.addSchema(schema, 'kubernetes');

function errorsOf(document: unknown, pointer = ''): ErrorObject[] {
  const validate = ajv.getSchema(`kubernetes${pointer}`);
  if (!validate) throw new Error(`no schema at kubernetes${pointer}`);
  validate(document);
  // A failed `then` also reports "must match then schema" at the document; keep the causes.
  return (validate.errors ?? []).filter((error) => error.keyword !== 'if');
}

type Json = Record<string, unknown>;

const container = (overrides: Json = {}): Json => ({
  name: 'web',
  image: 'nginx:1.27',
  imagePullPolicy: 'IfNotPresent',
  ports: [{ name: 'http', containerPort: 80, protocol: 'TCP' }],
  resources: { requests: { cpu: '250m', memory: '64Mi' }, limits: { cpu: 1, memory: '128Mi' } },
  readinessProbe: { httpGet: { path: '/healthz', port: 'http' }, periodSeconds: 5 },
  ...overrides,
});

const podSpec = (overrides: Json = {}): Json => ({ containers: [container()], ...overrides });

const pod = (spec: Json = podSpec(), metadata: Json = { name: 'web' }): Json => ({
  apiVersion: 'v1',
  kind: 'Pod',
  metadata,
  spec,
});

const template = { metadata: { labels: { app: 'web' } }, spec: podSpec() };
const selector = { matchLabels: { app: 'web' } };

const validDocuments: Record<string, Json> = {
  Pod: pod(),
  Deployment: {
    apiVersion: 'apps/v1',
    kind: 'Deployment',
    metadata: { name: 'web', labels: { app: 'web' } },
    spec: {
      replicas: 3,
      selector,
      strategy: { type: 'RollingUpdate', rollingUpdate: { maxSurge: '25%', maxUnavailable: 0 } },
      template,
    },
  },
  Job: {
    apiVersion: 'batch/v1',
    kind: 'Job',
    metadata: { name: 'migrate' },
    spec: { backoffLimit: 2, template: { spec: podSpec({ restartPolicy: 'Never' }) } },
  },
  CronJob: {
    apiVersion: 'batch/v1',
    kind: 'CronJob',
    metadata: { name: 'report' },
    spec: {
      schedule: '0 3 * * *',
      concurrencyPolicy: 'Forbid',
      jobTemplate: { spec: { template: { spec: podSpec({ restartPolicy: 'OnFailure' }) } } },
    },
  },
  StatefulSet: {
    apiVersion: 'apps/v1',
    kind: 'StatefulSet',
    metadata: { name: 'db' },
    spec: {
      serviceName: 'db',
      selector,
      template,
      volumeClaimTemplates: [
        {
          metadata: { name: 'data' },
          spec: { accessModes: ['ReadWriteOnce'], resources: { requests: { storage: '1Gi' } } },
        },
      ],
    },
  },
  DaemonSet: {
    apiVersion: 'apps/v1',
    kind: 'DaemonSet',
    metadata: { name: 'agent' },
    spec: { selector, template, updateStrategy: { type: 'RollingUpdate' } },
  },
  ConfigMap: {
    apiVersion: 'v1',
    kind: 'ConfigMap',
    metadata: { name: 'settings' },
    data: { 'app.properties': 'color=blue\n' },
  },
  Service: {
    apiVersion: 'v1',
    kind: 'Service',
    metadata: { name: 'web' },
    spec: { selector: { app: 'web' }, ports: [{ name: 'http', port: 80, targetPort: 'http' }], type: 'ClusterIP' },
  },
};

describe('kubernetes schema', () => {
  it('is a valid draft-07 schema', () => {
    expect(ajv.validateSchema(schema)).toBe(true);
    expect(schema.$schema).toBe('http://json-schema.org/draft-07/schema#');
  });

  it.each(Object.entries(validDocuments))('accepts a valid %s, and checks it', (_kind, document) => {
    expect(errorsOf(document)).toEqual([]);
    expect(errorsOf({ ...document, replica: 3 })).toContainEqual(
      expect.objectContaining({
        keyword: 'additionalProperties',
        instancePath: '',
        params: { additionalProperty: 'replica' },
      }),
    );
  });

  it('reports a misspelt field as an additional property of the container', () => {
    const errors = errorsOf(pod(podSpec({ containers: [container({ imagePullPolcy: 'Always' })] })));
    expect(errors).toContainEqual(
      expect.objectContaining({
        keyword: 'additionalProperties',
        instancePath: '/spec/containers/0',
        params: { additionalProperty: 'imagePullPolcy' },
      }),
    );
  });

  it('reports a port number written as a string', () => {
    const errors = errorsOf(pod(podSpec({ containers: [container({ ports: [{ containerPort: '80' }] })] })));
    expect(errors).toContainEqual(
      expect.objectContaining({ keyword: 'type', instancePath: '/spec/containers/0/ports/0/containerPort' }),
    );
  });

  it('reports a value outside an enum', () => {
    const errors = errorsOf(pod(podSpec({ containers: [container({ imagePullPolicy: 'Sometimes' })] })));
    expect(errors).toContainEqual(
      expect.objectContaining({ keyword: 'enum', instancePath: '/spec/containers/0/imagePullPolicy' }),
    );
  });

  it('reports a container without a name', () => {
    const { name: _name, ...nameless } = container();
    const errors = errorsOf(pod(podSpec({ containers: [nameless] })));
    expect(errors).toContainEqual(
      expect.objectContaining({
        keyword: 'required',
        instancePath: '/spec/containers/0',
        params: { missingProperty: 'name' },
      }),
    );
  });

  it.each([
    ['cpu', 1],
    ['cpu', '500m'],
    ['memory', '1Gi'],
    ['cpu', 0.5],
    ['cpu', '1e3'],
  ])('accepts the quantity %s: %j', (resource, quantity) => {
    const resources = { requests: { [resource]: quantity } };
    expect(errorsOf(pod(podSpec({ containers: [container({ resources })] })))).toEqual([]);
  });

  it('reports a quantity that is not a number with a unit', () => {
    const resources = { requests: { memory: 'lots' } };
    const errors = errorsOf(pod(podSpec({ containers: [container({ resources })] })));
    expect(errors).toContainEqual(
      expect.objectContaining({ keyword: 'pattern', instancePath: '/spec/containers/0/resources/requests/memory' }),
    );
  });

  it.each([8080, 'http'])('accepts an httpGet port given as %j', (port) => {
    const livenessProbe = { httpGet: { path: '/', port } };
    expect(errorsOf(pod(podSpec({ containers: [container({ livenessProbe })] })))).toEqual([]);
  });

  it('reports an httpGet port that is neither an integer nor a name', () => {
    const livenessProbe = { httpGet: { path: '/', port: 80.5 } };
    const errors = errorsOf(pod(podSpec({ containers: [container({ livenessProbe })] })));
    expect(errors).toContainEqual(
      expect.objectContaining({ keyword: 'type', instancePath: '/spec/containers/0/livenessProbe/httpGet/port' }),
    );
  });

  it('accepts null for optional fields, as kubectl writes creationTimestamp: null', () => {
    const document = pod(
      podSpec({ containers: [container({ livenessProbe: null, args: null })], nodeSelector: null }),
      {
        name: 'web',
        creationTimestamp: null,
      },
    );
    expect(errorsOf(document)).toEqual([]);
  });

  it('reports null for a required field', () => {
    const deployment = validDocuments.Deployment as { spec: Json };
    const errors = errorsOf({ ...deployment, spec: { ...deployment.spec, template: null } });
    expect(errors).toContainEqual(expect.objectContaining({ keyword: 'type', instancePath: '/spec/template' }));
  });

  it('checks each item of a List', () => {
    const list = {
      apiVersion: 'v1',
      kind: 'List',
      items: [validDocuments.Service, pod(podSpec({ containers: [container({ imagePullPolicy: 'Sometimes' })] }))],
    };
    expect(errorsOf(list)).toContainEqual(
      expect.objectContaining({ keyword: 'enum', instancePath: '/items/1/spec/containers/0/imagePullPolicy' }),
    );
    expect(errorsOf({ ...list, items: [validDocuments.Service, pod()] })).toEqual([]);
  });

  it('lets custom resources through, also one named like a built-in kind', () => {
    expect(
      errorsOf({ apiVersion: 'example.com/v1', kind: 'Foo', metadata: { name: 'x' }, spec: { anything: [1, 'two'] } }),
    ).toEqual([]);
    expect(
      errorsOf({ apiVersion: 'serving.knative.dev/v1', kind: 'Service', spec: { template: { spec: {} } } }),
    ).toEqual([]);
  });

  it('reports a built-in kind under the wrong apiVersion', () => {
    const errors = errorsOf({ ...validDocuments.Deployment, apiVersion: 'v1' });
    expect(errors).toContainEqual(expect.objectContaining({ keyword: 'enum', instancePath: '/apiVersion' }));
  });

  it('reports a document without apiVersion or kind', () => {
    const errors = errorsOf({ metadata: { name: 'x' } });
    expect(errors.map((error) => error.params)).toEqual(
      expect.arrayContaining([{ missingProperty: 'apiVersion' }, { missingProperty: 'kind' }]),
    );
  });

  it('checks Secret data as base64', () => {
    const secret = { apiVersion: 'v1', kind: 'Secret', metadata: { name: 's' }, stringData: { plain: 'hunter2' } };
    expect(errorsOf({ ...secret, data: { password: 'aHVudGVyMg==' } })).toEqual([]);
    expect(errorsOf({ ...secret, data: { password: 'hunter2' } })).toContainEqual(
      expect.objectContaining({ keyword: 'pattern', instancePath: '/data/password' }),
    );
  });

  it('knows fields of recent Kubernetes releases', () => {
    const definitions = schema.definitions;
    expect(Object.keys(definitions['io.k8s.api.core.v1.Container'].properties)).toEqual(
      expect.arrayContaining(['restartPolicy', 'restartPolicyRules', 'resizePolicy']),
    );
    expect(definitions['io.k8s.api.core.v1.PodSpec'].properties).toHaveProperty('resources');
    expect(definitions['io.k8s.api.core.v1.Volume'].properties).toHaveProperty('image');

    const sidecar = container({ name: 'log-shipper', restartPolicy: 'Always', ports: [] });
    const document = pod(
      podSpec({
        initContainers: [sidecar],
        containers: [container({ resizePolicy: [{ resourceName: 'cpu', restartPolicy: 'NotRequired' }] })],
        resources: { limits: { cpu: 2, memory: '1Gi' } },
        volumes: [{ name: 'model', image: { reference: 'quay.io/example/model:v1', pullPolicy: 'IfNotPresent' } }],
      }),
    );
    expect(errorsOf(document)).toEqual([]);
  });

  it('validates one known kind directly through its root', () => {
    const root = kubernetesRootFor('apps/v1', 'Deployment');
    expect(root).toEqual({ apiVersion: 'apps/v1', definition: 'io.k8s.api.apps.v1.Deployment' });
    if (!root) return;
    const deployment = validDocuments.Deployment as { spec: Json };
    const { selector: _selector, ...specWithoutSelector } = deployment.spec;
    expect(errorsOf(deployment, definitionPointer(root))).toEqual([]);
    expect(errorsOf({ ...deployment, spec: specWithoutSelector }, definitionPointer(root))).toContainEqual(
      expect.objectContaining({ keyword: 'required', instancePath: '/spec', params: { missingProperty: 'selector' } }),
    );
  });

  it('names every root kind of the app', () => {
    expect(Object.keys(kubernetesRoots).sort()).toEqual([
      'ConfigMap',
      'CronJob',
      'DaemonSet',
      'Deployment',
      'HorizontalPodAutoscaler',
      'Job',
      'NetworkPolicy',
      'PersistentVolumeClaim',
      'Pod',
      'PodDisruptionBudget',
      'ReplicaSet',
      'ReplicationController',
      'Secret',
      'Service',
      'ServiceAccount',
      'StatefulSet',
    ]);
    expect(kubernetesRootFor('serving.knative.dev/v1', 'Service')).toBeUndefined();
    expect(kubernetesRootFor('v1', 'constructor')).toBeUndefined();
  });
});
