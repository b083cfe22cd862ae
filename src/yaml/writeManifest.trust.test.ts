import { describe, expect, it } from 'vitest';
import type { JsonObject } from '../model/jsonValue';
import { addContainer, changeWorkloadKind, setProbe } from '../model/operations';
import { setAtPath } from '../model/valueAtPath';
import { WORKLOAD_KINDS, type WorkloadKind } from '../model/workloadKinds';
import { getObject, listWorkloads, updateObject } from '../model/workloads';
import { parseManifest, type ParsedManifest } from './parseManifest';
import { writeManifest, type WriteResult } from './writeManifest';

/*
 * Edits of real-style manifests keep what the author wrote: comments outside the edited item,
 * the file's own key order and list indentation.
 */

function parsed(text: string): ParsedManifest {
  const outcome = parseManifest(text);
  if (!outcome.ok) throw new Error(`${outcome.error.line}:${outcome.error.column} ${outcome.error.message}`);
  return outcome.manifest;
}

function edited(text: string, edit: (workload: JsonObject) => JsonObject): WriteResult {
  const manifest = parsed(text);
  const ref = listWorkloads(manifest.documents)[0]!.ref;
  return writeManifest(manifest, updateObject(manifest.documents, ref, edit));
}

const lines = (...text: string[]): string => `${text.join('\n')}\n`;

const CASSANDRA_ENV = lines(
  'apiVersion: apps/v1',
  'kind: StatefulSet',
  'metadata:',
  '  name: cassandra',
  'spec:',
  '  serviceName: cassandra',
  '  selector:',
  '    matchLabels:',
  '      app: cassandra',
  '  template:',
  '    metadata:',
  '      labels:',
  '        app: cassandra',
  '    spec:',
  '      containers:',
  '      - name: cassandra',
  '        image: gcr.io/example/cassandra:v13',
  '        env:',
  '          - name: MAX_HEAP_SIZE',
  '            value: 512M',
  '          # - name: HEAP_NEWSIZE',
  '          #   value: 100M',
  '          # commented out on purpose:',
  '          #   the seed provider sets it',
  '          - name: CASSANDRA_SEEDS # the first pod',
  '            value: "cassandra-0.cassandra.default.svc.cluster.local"',
  '            # inside the removed item',
  '          - name: CASSANDRA_CLUSTER_NAME',
  '            value: K8Demo',
);

const CASSANDRA_STATEFULSET = lines(
  'apiVersion: apps/v1',
  'kind: StatefulSet',
  'metadata:',
  '  name: cassandra',
  '  labels:',
  '    app: cassandra',
  'spec:',
  '  serviceName: cassandra',
  '  replicas: 3',
  '  selector:',
  '    matchLabels:',
  '      app: cassandra',
  '  template:',
  '    metadata:',
  '      labels:',
  '        app: cassandra',
  '    spec:',
  '      containers:',
  '      - name: cassandra',
  '        image: gcr.io/example/cassandra:v13',
  '        volumeMounts:',
  '        - name: cassandra-data',
  '          mountPath: /cassandra_data',
  '  # These are converted to volume claims by the controller',
  '  # and mounted at the paths mentioned above.',
  '  volumeClaimTemplates:',
  '  - metadata:',
  '      name: cassandra-data',
  '    spec:',
  '      accessModes: [ "ReadWriteOnce" ]',
  '      resources:',
  '        requests:',
  '          storage: 1Gi',
);

/** Switches the first workload of `manifest` to `kind`, the way the store does (with what it remembers). */
function switchKind(
  manifest: ParsedManifest,
  kind: WorkloadKind,
  remembered?: { object: JsonObject; text: ParsedManifest },
): WriteResult {
  const ref = listWorkloads(manifest.documents)[0]!.ref;
  return writeManifest(
    manifest,
    updateObject(manifest.documents, ref, (workload) => changeWorkloadKind(workload, kind, remembered?.object)),
    { donors: remembered ? [remembered.text] : [] },
  );
}

/** A node exporter in kube-prometheus's style: every mapping's keys sorted. */
const SORTED_DAEMONSET = lines(
  'apiVersion: apps/v1',
  'kind: DaemonSet',
  'metadata:',
  '  labels:',
  '    app.kubernetes.io/name: node-exporter',
  '  name: node-exporter',
  '  namespace: monitoring',
  'spec:',
  '  selector:',
  '    matchLabels:',
  '      app.kubernetes.io/name: node-exporter',
  '  template:',
  '    metadata:',
  '      labels:',
  '        app.kubernetes.io/name: node-exporter',
  '    spec:',
  '      containers:',
  '      - args:',
  '        - --web.listen-address=127.0.0.1:9100',
  '        image: quay.io/prometheus/node-exporter:v1.8.2',
  '        name: node-exporter',
  '        resources:',
  '          requests:',
  '            cpu: 102m',
  '        securityContext:',
  '          readOnlyRootFilesystem: true',
  '      hostNetwork: true',
  '      hostPID: true',
  '      nodeSelector:',
  '        kubernetes.io/os: linux',
  '      serviceAccountName: node-exporter',
);

describe('writing edits of real-style manifests', () => {
  it('inserts keys in their sorted place in a sorted file, and writes new mappings sorted', () => {
    const probe = edited(SORTED_DAEMONSET, (workload) =>
      setProbe(workload, 'node-exporter', 'readinessProbe', { httpGet: { port: 9100, path: '/', scheme: 'HTTP' } }),
    );
    expect(probe.manifest.text).toContain(
      lines(
        '        name: node-exporter',
        '        readinessProbe:',
        '          httpGet:',
        '            path: /',
        '            port: 9100',
        '            scheme: HTTP',
        '        resources:',
      ),
    );
    const init = edited(SORTED_DAEMONSET, (workload) =>
      addContainer(workload, { name: 'setup', image: 'busybox:1.36', command: ['sh', '-c', 'true'] }, 'init'),
    );
    expect(init.manifest.text).toContain(
      lines(
        '      hostPID: true',
        '      initContainers:',
        '      - command:',
        '        - sh',
        '        - -c',
        '        - "true"',
        '        image: busybox:1.36',
        '        name: setup',
        '      nodeSelector:',
      ),
    );
  });

  it('indents a new list like the lists beside it', () => {
    // The pod spec's lists are indented under their keys; the other lists are not (more of those).
    const text = lines(
      'apiVersion: apps/v1',
      'kind: Deployment',
      'metadata:',
      '  name: frontend',
      'spec:',
      '  selector:',
      '    matchLabels:',
      '      app: frontend',
      '  template:',
      '    metadata:',
      '      labels:',
      '        app: frontend',
      '    spec:',
      '      containers:',
      '        - name: server',
      '          image: gcr.io/example/frontend:v0.10.0',
      '          args:',
      '          - --port=8080',
      '          - --verbose',
      '          ports:',
      '          - containerPort: 8080',
      '          env:',
      '          - name: PORT',
      '            value: "8080"',
    );
    const init = edited(text, (workload) => addContainer(workload, { name: 'setup', image: 'busybox:1.36' }, 'init'));
    expect(init.manifest.text).toContain(
      lines(
        '    spec:',
        '      initContainers:',
        '        - name: setup',
        '          image: busybox:1.36',
        '      containers:',
      ),
    );
  });

  it('keeps the order a hand-written file uses (new keys after the kept ones)', () => {
    const probe = edited(CASSANDRA_STATEFULSET, (workload) =>
      setProbe(workload, 'cassandra', 'readinessProbe', { tcpSocket: { port: 9042 } }),
    );
    expect(probe.manifest.text).toContain(
      lines(
        '          mountPath: /cassandra_data',
        '        readinessProbe:',
        '          tcpSocket:',
        '            port: 9042',
      ),
    );
  });

  it.each((Object.keys(WORKLOAD_KINDS) as WorkloadKind[]).filter((kind) => kind !== 'StatefulSet'))(
    'switches a StatefulSet to a %s and back byte for byte (claim templates, comments, flow lists)',
    (kind) => {
      const original = parsed(CASSANDRA_STATEFULSET);
      const object = getObject(original.documents, listWorkloads(original.documents)[0]!.ref)!;
      const switched = switchKind(original, kind);
      expect(switched.method).toBe('patched');
      expect(switched.manifest.text).not.toContain('volumeClaimTemplates');
      const back = switchKind(switched.manifest, 'StatefulSet', { object, text: original });
      expect(back.method).toBe('patched');
      expect(back.manifest.text).toBe(CASSANDRA_STATEFULSET);
    },
  );

  // A document whose last line ends in a comment or in trailing spaces: the root value's range
  // stops before them, the restored text must not.
  const JOB_ENDING_IN_A_COMMENT = lines(
    'apiVersion: batch/v1',
    'kind: Job',
    'metadata:',
    '  name: retry-on-crash',
    'spec:',
    '  template:',
    '    spec:',
    '      restartPolicy: Never',
    '      containers:',
    '      - name: main',
    '        image: busybox:1.36',
    '        command: ["sh", "-c", "exit 3"]   # fails on purpose',
    '  podFailurePolicy:',
    '    rules:',
    '    - action: Ignore             # a node going away is not the job failing',
    '      onPodConditions:',
    '      - type: DisruptionTarget   # eviction, preemption, drain',
  );
  const POD_ENDING_IN_SPACES = lines(
    'apiVersion: v1',
    'kind: Pod',
    'metadata:',
    '  name: sleeper',
    'spec:',
    '  containers:',
    '  - name: main',
    '    image: busybox:1.36',
    '    command:',
    '    - sleep',
    '    - inf ',
  );

  it.each([
    ['Job', 'Deployment', JOB_ENDING_IN_A_COMMENT],
    ['Job', 'CronJob', JOB_ENDING_IN_A_COMMENT],
    ['Pod', 'Deployment', POD_ENDING_IN_SPACES],
  ] as const)(
    'switches a %s whose last line has a comment or trailing spaces to a %s and back byte for byte',
    (_, kind, text) => {
      const original = parsed(text);
      const object = getObject(original.documents, listWorkloads(original.documents)[0]!.ref)!;
      const switched = switchKind(original, kind);
      const back = switchKind(switched.manifest, object.kind as WorkloadKind, { object, text: original });
      expect(back.method).toBe('patched');
      expect(back.manifest.text).toBe(text);
    },
  );

  it('brings the claim templates back with their comments and flow lists after an edit as a Deployment', () => {
    const original = parsed(CASSANDRA_STATEFULSET);
    const object = getObject(original.documents, listWorkloads(original.documents)[0]!.ref)!;
    const deployment = switchKind(original, 'Deployment').manifest;
    const ref = listWorkloads(deployment.documents)[0]!.ref;
    const edited = writeManifest(
      deployment,
      updateObject(deployment.documents, ref, (workload) =>
        addContainer(workload, { name: 'probe', image: 'busybox' }),
      ),
    ).manifest;
    const back = switchKind(edited, 'StatefulSet', { object, text: original });
    expect(back.method).toBe('patched');
    expect(back.manifest.text).toContain(
      lines(
        '  # These are converted to volume claims by the controller',
        '  # and mounted at the paths mentioned above.',
        '  volumeClaimTemplates:',
        '  - metadata:',
        '      name: cassandra-data',
        '    spec:',
        '      accessModes: [ "ReadWriteOnce" ]',
      ),
    );
    expect(back.manifest.text).toContain('  serviceName: cassandra\n');
    expect(back.manifest.text).toContain('      - name: probe\n');
  });

  it('removes an env var without the commented-out lines above it (only its own lines go)', () => {
    const result = edited(CASSANDRA_ENV, (workload) => {
      const env = (workload as { spec: { template: { spec: { containers: { env: unknown[] }[] } } } }).spec.template
        .spec.containers[0]!.env;
      return setAtPath(workload, ['spec', 'template', 'spec', 'containers', 0, 'env'], [
        env[0],
        env[2],
      ] as JsonObject[]) as JsonObject;
    });
    expect(result.method).toBe('patched');
    expect(result.manifest.text).toBe(
      CASSANDRA_ENV.replace(
        [
          '          - name: CASSANDRA_SEEDS # the first pod',
          '            value: "cassandra-0.cassandra.default.svc.cluster.local"',
          '            # inside the removed item',
          '',
        ].join('\n'),
        '',
      ),
    );
    expect(result.manifest.text).toContain('          # - name: HEAP_NEWSIZE\n          #   value: 100M\n');
  });
});

describe('inserted text follows the file’s quoting and list style', () => {
  /** A file that quotes every string and writes its short lists in flow style, items quoted. */
  const QUOTED_FLOW = lines(
    'apiVersion: "v1"',
    'kind: "Pod"',
    'metadata:',
    '  name: "worker"',
    '  labels:',
    '    app: "worker"',
    'spec:',
    '  containers:',
    '  - name: "worker"',
    '    image: "registry.example/worker:2.1"',
    '    command: ["/bin/worker", "--queue", "jobs"]',
    '    ports:',
    '    - containerPort: 8080',
    '      name: "http"',
  );
  const sidecar = { name: 'log-shipper', image: 'fluent/fluent-bit:3.1', args: ['--config', '/etc/fluent.conf'] };

  it('double-quotes new strings and writes a new short list in flow style in a file that does', () => {
    const result = edited(QUOTED_FLOW, (workload) => addContainer(workload, sidecar, 'app'));
    expect(result.method).toBe('patched');
    expect(result.manifest.text).toBe(
      `${QUOTED_FLOW}  - name: "log-shipper"\n    image: "fluent/fluent-bit:3.1"\n    args: ["--config", "/etc/fluent.conf"]\n`,
    );
  });

  it('single-quotes where the file single-quotes, and a new item of a flow list is quoted like its neighbours', () => {
    const single = QUOTED_FLOW.replaceAll('"', "'");
    const withSidecar = edited(single, (workload) => addContainer(workload, sidecar, 'app')).manifest.text;
    expect(withSidecar).toContain(
      "  - name: 'log-shipper'\n    image: 'fluent/fluent-bit:3.1'\n    args: ['--config', '/etc/fluent.conf']\n",
    );

    const longer = edited(
      QUOTED_FLOW,
      (workload) =>
        setAtPath(
          workload,
          ['spec', 'containers', 0, 'command'],
          ['/bin/worker', '--queue', 'jobs', '--verbose'],
        ) as JsonObject,
    );
    expect(longer.manifest.text).toContain('    command: ["/bin/worker", "--queue", "jobs", "--verbose"]\n');
  });

  it('keeps plain strings and block lists in a file written that way', () => {
    const plain = QUOTED_FLOW.replaceAll('"', '').replace(
      '    command: [/bin/worker, --queue, jobs]',
      '    command:\n    - /bin/worker\n    - --queue\n    - jobs',
    );
    const result = edited(plain, (workload) => addContainer(workload, sidecar, 'app'));
    expect(result.manifest.text).toContain(
      '  - name: log-shipper\n    image: fluent/fluent-bit:3.1\n    args:\n    - --config\n    - /etc/fluent.conf\n',
    );
  });
});
