import { describe, expect, it } from 'vitest';
import { findingKeys, findingsOf } from '../../../testing/findingsOf';
import { referenceServiceSelectorRule } from './referenceServiceSelector';

const deployment = `
apiVersion: apps/v1
kind: Deployment
metadata: {name: web}
spec:
  selector: {matchLabels: {app: web}}
  template:
    metadata: {labels: {app: web, tier: front}}
    spec:
      containers: [{name: web, image: nginx:1.27}]
`;
const service = (selector: string) => `---
apiVersion: v1
kind: Service
metadata: {name: web}
spec:
  selector: ${selector}
  ports: [{port: 80}]
`;

describe('reference/service-selector', () => {
  it('warns at spec.selector when no pod template of the file has the labels', () => {
    const yaml = deployment + service('{app: api}');
    expect(findingKeys(yaml, referenceServiceSelectorRule)).toEqual(['reference/service-selector @ spec.selector']);
    expect(findingsOf(yaml, referenceServiceSelectorRule)[0]?.severity).toBe('warning');
  });

  it('is only advice when the file holds no workload at all', () => {
    const findings = findingsOf(service('{app: api}'), referenceServiceSelectorRule);
    expect(findings.map((finding) => finding.severity)).toEqual(['info']);
  });

  it('stays quiet when the labels are a subset of a pod template, or the Service has no selector', () => {
    expect(findingKeys(deployment + service('{app: web}'), referenceServiceSelectorRule)).toEqual([]);
    expect(findingKeys(deployment + service('{}'), referenceServiceSelectorRule)).toEqual([]);
  });

  it('does not match a workload of another namespace', () => {
    const other = deployment.replace('{name: web}', '{name: web, namespace: shop}');
    const yaml = other + service('{app: web}').replace('{name: web}', '{name: web, namespace: blog}');
    expect(findingKeys(yaml, referenceServiceSelectorRule)).toEqual(['reference/service-selector @ spec.selector']);
  });
});
