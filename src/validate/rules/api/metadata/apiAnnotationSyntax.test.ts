import { describe, expect, it } from 'vitest';
import { formatDataPath } from '../../../../model/dataPath';
import { findingsOf } from '../../../../testing/findingsOf';
import { apiAnnotationSyntaxRule } from './apiAnnotationSyntax';

const summary = (yaml: string) =>
  findingsOf(yaml, apiAnnotationSyntaxRule).map((f) => `${f.errorType} ${formatDataPath(f.path)}`);

describe('api/annotation-syntax', () => {
  it('reports an invalid key and annotations over 256 KiB, at metadata.annotations', () => {
    expect(
      summary('apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: c\n  annotations: {"owner team": a}\n'),
    ).toEqual(['Invalid metadata.annotations']);
    const big = 'x'.repeat(262144);
    expect(summary(`apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: c\n  annotations: {k: ${big}}\n`)).toEqual([
      'TooLong metadata.annotations',
    ]);
  });

  it('checks pod template annotations too, and ignores case in keys', () => {
    const yaml = `
apiVersion: batch/v1
kind: Job
metadata: {name: j, annotations: {Example.COM/Owner: me}}
spec:
  template:
    metadata: {annotations: {"/no-prefix": x}}
    spec:
      restartPolicy: Never
      containers: [{name: a, image: busybox}]
`;
    expect(summary(yaml)).toEqual(['Invalid spec.template.metadata.annotations']);
  });
});
