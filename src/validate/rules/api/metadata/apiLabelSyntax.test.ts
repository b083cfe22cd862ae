import { describe, expect, it } from 'vitest';
import { formatDataPath } from '../../../../model/dataPath';
import { findingsOf } from '../../../../testing/findingsOf';
import { apiLabelSyntaxRule } from './apiLabelSyntax';

const summary = (yaml: string) =>
  findingsOf(yaml, apiLabelSyntaxRule).map(
    (f) => `${f.errorType} ${formatDataPath(f.path)} @ ${formatDataPath(f.markerPath ?? [])}`,
  );

describe('api/label-syntax', () => {
  it('reports bad keys and values of the object and of its pod template, at the map path', () => {
    const yaml = `
apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
  labels: {"app name": web}
spec:
  selector: {matchLabels: {app: web}}
  template:
    metadata:
      labels: {app: web, version: "-1.0", Example.com/team: a}
    spec:
      containers: [{name: web, image: nginx}]
`;
    expect(summary(yaml)).toEqual([
      'Invalid metadata.labels @ metadata.labels[app name]',
      'Invalid spec.template.metadata.labels @ spec.template.metadata.labels[version]',
      'Invalid spec.template.metadata.labels @ spec.template.metadata.labels[Example.com/team]',
    ]);
  });

  it('accepts prefixed keys, empty values and labels on any kind', () => {
    const yaml = `
apiVersion: v1
kind: ConfigMap
metadata:
  name: c
  labels: {app.kubernetes.io/name: web, tier: "", empty: null, MixedCase_Key.1: Value-1}
`;
    expect(summary(yaml)).toEqual([]);
  });
});
