import { describe, expect, it } from 'vitest';
import { buildImportReport } from './importReport';
import { parseManifest } from './parseManifest';

const text = `apiVersion: apps/v1
kind: Deployment
metadata: {name: web}
spec:
  replicas: 2
  strategy: {type: Recreate}
  selector: {matchLabels: {app: web}}
  template:
    metadata: {labels: {app: web}}
    spec:
      affinity: {}
      containers: [{name: web, image: nginx:1.27}]
      volumes: []
---
apiVersion: v1
kind: Service
metadata: {name: web}
---
apiVersion: cert-manager.io/v1
kind: Certificate
metadata: {name: web-tls}
`;

function reportOf(yaml: string) {
  const outcome = parseManifest(yaml);
  if (!outcome.ok) throw new Error('must parse');
  return buildImportReport(yaml, outcome.manifest, null);
}

describe('buildImportReport', () => {
  it('counts kinds, names the designed workload, splits drawn and passed-through fields, lists custom resources', () => {
    expect(reportOf(text)).toEqual({
      documentCount: 3,
      byKind: [
        { kind: 'Deployment', count: 1 },
        { kind: 'Service', count: 1 },
        { kind: 'Certificate', count: 1 },
      ],
      designed: 'Deployment web',
      workloadCount: 1,
      drawn: ['spec.template.spec.containers', 'spec.template.spec.volumes'],
      passedThrough: ['spec.template.spec.affinity', 'spec.strategy'],
      normalised: [],
      customResources: ['Certificate web-tls (cert-manager.io/v1)'],
    });
  });

  it('says when the text it keeps differs from the opened one', () => {
    const outcome = parseManifest(text);
    if (!outcome.ok) throw new Error('must parse');
    expect(buildImportReport(text.replaceAll('\n', '\r\n'), outcome.manifest, null).normalised).toEqual([
      'Windows line endings (CRLF) became LF',
    ]);
  });
});
