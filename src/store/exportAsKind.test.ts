import { describe, expect, it } from 'vitest';
import { parseManifest } from '../yaml/parseManifest';
import { kindFileName, manifestTextAsKind } from './exportAsKind';

const FILE = `# the web pod
apiVersion: v1
kind: Pod
metadata:
  name: web
  labels:
    app: web
spec:
  containers:
  - name: web # serves the site
    image: nginx:1.27
---
apiVersion: v1
kind: ConfigMap
metadata:
  name: site
`;

function parsed(text: string) {
  const outcome = parseManifest(text);
  if (!outcome.ok) throw new Error('test YAML must parse');
  return outcome.manifest;
}

describe('manifestTextAsKind', () => {
  const ref = { documentIndex: 0, itemIndex: null };

  it('re-wraps the pod as a Deployment, keeping comments and the other documents', () => {
    const text = manifestTextAsKind(parsed(FILE), ref, 'Deployment');
    const documents = parsed(text).documents;
    expect(documents[0]).toMatchObject({
      apiVersion: 'apps/v1',
      kind: 'Deployment',
      spec: {
        selector: { matchLabels: { app: 'web' } },
        template: { spec: { containers: [{ name: 'web', image: 'nginx:1.27' }] } },
      },
    });
    expect(documents[1]).toMatchObject({ kind: 'ConfigMap' });
    expect(text).toContain('# serves the site');
  });

  it('gives a CronJob a schedule and a restart policy Jobs accept', () => {
    const cronJob = parsed(manifestTextAsKind(parsed(FILE), ref, 'CronJob')).documents[0];
    expect(cronJob).toMatchObject({
      kind: 'CronJob',
      spec: {
        schedule: expect.any(String),
        jobTemplate: { spec: { template: { spec: { restartPolicy: expect.stringMatching(/^(Never|OnFailure)$/) } } } },
      },
    });
  });

  it('gives the text unchanged for the kind it already is', () => {
    expect(manifestTextAsKind(parsed(FILE), ref, 'Pod')).toBe(FILE);
  });

  it('does not change the parsed manifest it was given', () => {
    const original = parsed(FILE);
    const before = JSON.stringify(original.documents);
    manifestTextAsKind(original, ref, 'StatefulSet');
    expect(JSON.stringify(original.documents)).toBe(before);
  });
});

describe('kindFileName', () => {
  it('names the file after the workload and the kind', () => {
    expect(kindFileName('web', 'Deployment')).toBe('web-deployment.yaml');
    expect(kindFileName('', 'CronJob')).toBe('manifest-cronjob.yaml');
    expect(kindFileName('a b/c', 'Job')).toBe('a-b-c-job.yaml');
  });
});
