import { describe, expect, it } from 'vitest';
import type { JsonObject } from '../model/jsonValue';
import type { Manifest } from '../model/manifest';
import {
  addContainer,
  addVolume,
  changeWorkloadKind,
  mountVolume,
  removeContainer,
  renameContainer,
  setProbe,
} from '../model/operations';
import { appendDocument, listWorkloads, updateObject } from '../model/workloads';
import { SAMPLE_MANIFESTS } from './fixtures/sampleManifests';
import { parseManifest, type ParsedManifest } from './parseManifest';
import { patchManifestText } from './patchManifestText';
import { renderManifest, writeManifest, type WriteResult } from './writeManifest';

function parsed(text: string): ParsedManifest {
  const outcome = parseManifest(text);
  if (!outcome.ok) throw new Error(`${outcome.error.line}:${outcome.error.column} ${outcome.error.message}`);
  return outcome.manifest;
}

/** Applies `edit` to the first workload of `text` and writes the result. */
function edited(text: string, edit: (workload: JsonObject) => JsonObject): WriteResult {
  const manifest = parsed(text);
  const ref = listWorkloads(manifest.documents)[0]!.ref;
  return writeManifest(manifest, updateObject(manifest.documents, ref, edit));
}

const lines = (...text: string[]): string => text.join('\n');

describe('writeManifest', () => {
  it.each(SAMPLE_MANIFESTS.map((sample) => [sample.name, sample] as const))(
    'exports "%s" unchanged, byte for byte',
    (_name, sample) => {
      const manifest = parsed(sample.text);
      const result = writeManifest(manifest, manifest.documents.slice());
      expect(result.method).toBe('patched');
      expect(result.manifest.text).toBe(sample.text);
    },
  );

  it('returns the intended documents themselves, so identity tells what did not change', () => {
    const manifest = parsed('apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\n');
    const next: Manifest = [{ ...manifest.documents[0]!, kind: 'Pod' }];
    expect(writeManifest(manifest, next).manifest.documents).toBe(next);
  });

  it('writes new keys and items in the indentation style of the document (4 spaces, indented sequences)', () => {
    const text = lines(
      'apiVersion: apps/v1',
      'kind: Deployment',
      'metadata:',
      '    name: api',
      'spec:',
      '    template:',
      '        spec:',
      '            containers:',
      '                - name: api',
      '                  image: ghcr.io/example/api:2.4.1',
      '                  ports:',
      '                      - containerPort: 8080',
      '',
    );
    const result = edited(text, (w) =>
      mountVolume(addVolume(w, { name: 'cache', emptyDir: { medium: 'Memory' } }), 'api', {
        name: 'cache',
        mountPath: '/cache',
        readOnly: true,
      }),
    );
    expect(result.method).toBe('patched');
    expect(result.manifest.text).toBe(
      lines(
        'apiVersion: apps/v1',
        'kind: Deployment',
        'metadata:',
        '    name: api',
        'spec:',
        '    template:',
        '        spec:',
        '            containers:',
        '                - name: api',
        '                  image: ghcr.io/example/api:2.4.1',
        '                  ports:',
        '                      - containerPort: 8080',
        '                  volumeMounts:',
        '                      - name: cache',
        '                        mountPath: /cache',
        '                        readOnly: true',
        '            volumes:',
        '                - name: cache',
        '                  emptyDir:',
        '                      medium: Memory',
        '',
      ),
    );
  });

  it('keeps CRLF line endings, and puts new init containers before the containers', () => {
    const text =
      'apiVersion: v1\r\nkind: Pod\r\nmetadata:\r\n  name: w\r\nspec:\r\n  containers:\r\n  - name: web\r\n    image: nginx\r\n';
    const result = edited(text, (w) =>
      addContainer(w, { name: 'log', image: 'busybox', args: ['tail', '-f', '/log'] }, 'sidecar'),
    );
    expect(result.manifest.text).toBe(
      'apiVersion: v1\r\nkind: Pod\r\nmetadata:\r\n  name: w\r\nspec:\r\n  initContainers:\r\n  - name: log\r\n    image: busybox\r\n' +
        '    args:\r\n    - tail\r\n    - -f\r\n    - /log\r\n    restartPolicy: Always\r\n  containers:\r\n  - name: web\r\n    image: nginx\r\n',
    );
  });

  it('keeps a text without a final line break that way when its last lines are removed or added to', () => {
    const text =
      'apiVersion: v1\nkind: Pod\nmetadata:\n  name: w\nspec:\n  containers:\n  - name: web\n    image: nginx\n  - name: log\n    image: busybox';
    expect(edited(text, (w) => removeContainer(w, 'log')).manifest.text).toBe(
      'apiVersion: v1\nkind: Pod\nmetadata:\n  name: w\nspec:\n  containers:\n  - name: web\n    image: nginx',
    );
    expect(edited(text, (w) => addVolume(w, { name: 'tmp', emptyDir: {} })).manifest.text).toBe(
      `${text}\n  volumes:\n  - name: tmp\n    emptyDir: {}`,
    );
  });

  it('keeps comments: new items go after the previous item and above the comments of the next one', () => {
    const text = lines(
      'apiVersion: v1',
      'kind: Pod',
      'metadata:',
      '  name: w',
      'spec:',
      '  # the app containers',
      '  containers:',
      '  - name: web # the server',
      '    image: nginx',
      '    # probes come later',
      '  # the end of the list',
      '  restartPolicy: Always',
      '',
    );
    const result = edited(text, (w) =>
      addContainer(addContainer(w, { name: 'api', image: 'api:1' }), { name: 'setup', image: 'busybox' }, 'init'),
    );
    expect(result.manifest.text).toBe(
      lines(
        'apiVersion: v1',
        'kind: Pod',
        'metadata:',
        '  name: w',
        'spec:',
        '  initContainers:',
        '  - name: setup',
        '    image: busybox',
        '  # the app containers',
        '  containers:',
        '  - name: web # the server',
        '    image: nginx',
        '    # probes come later',
        '  - name: api',
        '    image: api:1',
        '  # the end of the list',
        '  restartPolicy: Always',
        '',
      ),
    );
  });

  it('removes only the lines of an item: the comment lines above it stay', () => {
    const text = lines(
      'apiVersion: v1',
      'kind: Pod',
      'metadata:',
      '  name: w',
      'spec:',
      '  containers:',
      '  - name: web',
      '    image: nginx',
      '',
      '  # the log shipper',
      '  - name: log # ships logs',
      '    image: busybox',
      '    # keep it small',
      '  # after the list',
      '',
    );
    expect(edited(text, (w) => removeContainer(w, 'log')).manifest.text).toBe(
      lines(
        'apiVersion: v1',
        'kind: Pod',
        'metadata:',
        '  name: w',
        'spec:',
        '  containers:',
        '  - name: web',
        '    image: nginx',
        '',
        '  # the log shipper',
        '  # after the list',
        '',
      ),
    );
  });

  it('keeps the quoting style of a changed scalar and quotes strings that would read as other types', () => {
    const text = lines(
      'apiVersion: v1',
      'kind: Pod',
      'metadata:',
      '  name: w',
      'spec:',
      '  containers:',
      "  - name: 'web'",
      '    image: "nginx:1.27"',
      '',
    );
    const result = edited(text, (w) =>
      setProbe(renameContainer(w, 'web', 'site'), 'site', 'readinessProbe', { httpGet: { path: '/', port: '8080' } }),
    );
    expect(result.manifest.text).toBe(
      lines(
        'apiVersion: v1',
        'kind: Pod',
        'metadata:',
        '  name: w',
        'spec:',
        '  containers:',
        "  - name: 'site'",
        '    image: "nginx:1.27"',
        '    readinessProbe:',
        '      httpGet:',
        '        path: /',
        '        port: "8080"',
        '',
      ),
    );
  });

  it('edits flow collections in place', () => {
    const text = lines(
      'apiVersion: v1',
      'kind: Pod',
      'metadata: {name: w, labels: {app: w}}',
      'spec:',
      '  containers: [{name: web, image: "nginx:1.27"}]',
      '',
    );
    const result = edited(text, (w) =>
      addContainer(mountVolume(w, 'web', { name: 'data', mountPath: '/data' }), { name: 'log', image: 'busybox' }),
    );
    expect(result.manifest.text).toBe(
      lines(
        'apiVersion: v1',
        'kind: Pod',
        'metadata: {name: w, labels: {app: w}}',
        'spec:',
        '  containers: [{name: web, image: "nginx:1.27", volumeMounts: [{name: data, mountPath: /data}]}, {name: log, image: busybox}]',
        '',
      ),
    );
  });

  it('keeps block scalars and the blank line after them when a sibling changes', () => {
    const text = lines(
      'apiVersion: v1',
      'kind: Pod',
      'metadata:',
      '  name: w',
      'spec:',
      '  containers:',
      '  - name: web',
      '    command:',
      '    - sh',
      '    - -c',
      '    - |',
      '      echo hi',
      '      sleep 1',
      '',
      '  - name: b',
      '    image: x',
      '',
    );
    expect(edited(text, (w) => renameContainer(w, 'web', 'site')).manifest.text).toBe(
      text.replace('name: web', 'name: site'),
    );
    expect(edited(text, (w) => removeContainer(w, 'b')).manifest.text).toBe(
      text.replace('  - name: b\n    image: x\n', ''),
    );
  });

  it('moves the pod spec with its text when the workload kind changes (comments, quotes and YAML 1.1 spellings kept)', () => {
    const text = lines(
      'apiVersion: v1',
      'kind: Pod',
      'metadata:',
      '  name: web',
      '  labels:',
      '    app: web',
      'spec:',
      '  hostNetwork: yes # needed for the agent',
      '  # the only container',
      '  containers:',
      "  - name: 'web'",
      '    image: "nginx:1.27"',
      '',
    );
    const result = edited(text, (w) => changeWorkloadKind(w, 'Job'));
    expect(result.method).toBe('patched');
    expect(result.manifest.text).toBe(
      lines(
        'apiVersion: batch/v1',
        'kind: Job',
        'metadata:',
        '  name: web',
        '  labels:',
        '    app: web',
        'spec:',
        '  template:',
        '    metadata:',
        '      labels:',
        '        app: web',
        '    spec:',
        '      hostNetwork: yes # needed for the agent',
        '      # the only container',
        '      containers:',
        "      - name: 'web'",
        '        image: "nginx:1.27"',
        '      restartPolicy: OnFailure',
        '',
      ),
    );
  });

  it('keeps aliases right when their anchor is edited: what the alias stood for is written out', () => {
    const text = lines(
      'apiVersion: v1',
      'kind: Pod',
      'metadata:',
      '  name: w',
      'spec:',
      '  containers:',
      '  - &web',
      '    name: web',
      '    image: nginx',
      '  - <<: *web',
      '    name: canary',
      '  - name: log',
      '    image: busybox',
      '    resources: &small',
      '      limits: {memory: 64Mi}',
      '  - name: metrics',
      '    image: prom',
      '    resources: *small',
      '',
    );
    const renamed = edited(text, (w) => renameContainer(w, 'web', 'site'));
    expect(renamed.method).toBe('patched');
    expect(renamed.manifest.text).toBe(text.replace('    name: web', '    name: site'));

    const mounted = edited(text, (w) =>
      removeContainer(mountVolume(w, 'web', { name: 'data', mountPath: '/data' }), 'log'),
    );
    expect(mounted.method).toBe('patched');
    expect(mounted.manifest.text).toBe(
      lines(
        'apiVersion: v1',
        'kind: Pod',
        'metadata:',
        '  name: w',
        'spec:',
        '  containers:',
        '  - &web',
        '    name: web',
        '    image: nginx',
        '    volumeMounts:',
        '    - name: data',
        '      mountPath: /data',
        '  - name: canary',
        '    image: nginx',
        '  - name: metrics',
        '    image: prom',
        '    resources:',
        '      limits: {memory: 64Mi}',
        '',
      ),
    );
  });

  it('patches an explicit key into a mapping that merges an anchor, and keeps the merge', () => {
    const text = lines(
      'apiVersion: v1',
      'kind: Pod',
      'metadata:',
      '  name: w',
      'spec:',
      '  containers:',
      '  - &web',
      '    name: web',
      '    image: nginx',
      '  - <<: *web',
      '    name: canary',
      '',
    );
    const result = edited(text, (w) => setProbe(w, 'canary', 'livenessProbe', { tcpSocket: { port: 80 } }));
    expect(result.method).toBe('patched');
    expect(result.manifest.text).toBe(`${text}    livenessProbe:\n      tcpSocket:\n        port: 80\n`);
  });

  it('appends a new document after a separator', () => {
    const manifest = parsed('apiVersion: v1\nkind: Pod\nmetadata:\n  name: w\n');
    const result = writeManifest(
      manifest,
      appendDocument(manifest.documents, { apiVersion: 'v1', kind: 'Service', metadata: { name: 'w' } }),
    );
    expect(result.method).toBe('patched');
    expect(result.manifest.text).toBe(
      'apiVersion: v1\nkind: Pod\nmetadata:\n  name: w\n---\napiVersion: v1\nkind: Service\nmetadata:\n  name: w\n',
    );
  });
});

describe('writeManifest when the minimal patch fails', () => {
  // A source map that disagrees with its text stands for a patcher bug: both documents claim the
  // same lines, so their edits overlap and the patcher throws.
  function withBrokenSourceMap(text: string): ParsedManifest {
    const manifest = parsed(text);
    const [first] = manifest.sources;
    return { ...manifest, sources: manifest.sources.map(() => first!) };
  }

  it('still writes the intended documents, and reports the exception instead of swallowing it', () => {
    const manifest = withBrokenSourceMap('kind: A\n---\nkind: B\n');
    const next = [{ kind: 'X' }, { kind: 'Y' }];
    const result = writeManifest(manifest, next);
    expect(result.method).toBe('rewritten');
    expect(parsed(result.manifest.text).documents).toEqual(next);
    expect(result.patchFailure?.message).toMatch(/^the minimal patch failed: Overlapping text edits/);
    expect(result.patchFailure?.error).toBeInstanceOf(Error);
  });

  it('reports a patch that reads back wrong', () => {
    const manifest = withBrokenSourceMap('# mine\nkind: ConfigMap\ndata: {a: "1"}\n---\nkind: Secret\n');
    const next = manifest.documents.map((document) => ({ ...document, metadata: { name: 'x' } }));
    const result = writeManifest(manifest, next);
    expect(result.method).not.toBe('patched');
    expect(parsed(result.manifest.text).documents).toEqual(next);
    expect(result.patchFailure).toEqual({ message: 'the minimal patch did not read back as the intended documents' });
  });

  it('reports nothing when the patch succeeds', () => {
    const result = edited('kind: Pod\nspec:\n  containers: []\n', (w) => ({ ...w, metadata: { name: 'p' } }));
    expect(result).toMatchObject({ method: 'patched' });
    expect(result.patchFailure).toBeUndefined();
  });
});

describe('patchManifestText fallback', () => {
  it('re-renders only the documents it is asked to, leaving the others byte for byte', () => {
    const text =
      '# keep me\napiVersion: v1\nkind: Pod\nmetadata: {name: a}\n---\napiVersion: v1   # odd spacing\nkind: Service\n';
    const manifest = parsed(text);
    const next = [manifest.documents[0]!, { ...manifest.documents[1]!, metadata: { name: 'b' } }];
    expect(patchManifestText(manifest, next, { rewriteDocuments: new Set([1]) })).toBe(
      '# keep me\napiVersion: v1\nkind: Pod\nmetadata: {name: a}\n---\napiVersion: v1\nkind: Service\nmetadata:\n  name: b\n',
    );
  });
});

describe('renderManifest', () => {
  it('writes new documents in kubectl style, well-known keys first and strings that look like other types quoted', () => {
    const text = renderManifest([
      {
        metadata: { name: 'w' },
        kind: 'Pod',
        apiVersion: 'v1',
        spec: {
          containers: [
            {
              name: 'web',
              env: [
                { name: 'PORT', value: '8080' },
                { name: 'ON', value: 'yes' },
              ],
            },
          ],
        },
      },
      { apiVersion: 'v1', kind: 'ConfigMap', data: { script: 'echo hi\nsleep 1\n', empty: '' } },
    ]);
    expect(text).toBe(
      lines(
        'apiVersion: v1',
        'kind: Pod',
        'metadata:',
        '  name: w',
        'spec:',
        '  containers:',
        '  - name: web',
        '    env:',
        '    - name: PORT',
        '      value: "8080"',
        '    - name: "ON"',
        '      value: "yes"',
        '---',
        'apiVersion: v1',
        'kind: ConfigMap',
        'data:',
        '  script: |',
        '    echo hi',
        '    sleep 1',
        '  empty: ""',
        '',
      ),
    );
    expect(parsed(text).documents[0]).toMatchObject({
      spec: { containers: [{ env: [{ value: '8080' }, { value: 'yes' }] }] },
    });
  });
});
