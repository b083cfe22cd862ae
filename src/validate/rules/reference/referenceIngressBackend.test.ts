import { describe, expect, it } from 'vitest';
import { findingKeys } from '../../../testing/findingsOf';
import { referenceIngressBackendRule } from './referenceIngressBackend';

const service = `
apiVersion: v1
kind: Service
metadata: {name: web}
spec:
  selector: {app: web}
  ports: [{name: http, port: 80}]
`;
const ingress = (backend: string) => `---
apiVersion: networking.k8s.io/v1
kind: Ingress
metadata: {name: web}
spec:
  rules:
  - http:
      paths:
      - {path: /, pathType: Prefix, backend: {service: ${backend}}}
`;

describe('reference/ingress-backend', () => {
  it('reports a backend naming no Service of the file', () => {
    expect(findingKeys(service + ingress('{name: api, port: {number: 80}}'), referenceIngressBackendRule)).toEqual([
      'reference/ingress-backend @ spec.rules[0].http.paths[0].backend.service.name',
    ]);
  });

  it('reports a port the Service does not have, by number or by name', () => {
    expect(findingKeys(service + ingress('{name: web, port: {number: 8080}}'), referenceIngressBackendRule)).toEqual([
      'reference/ingress-backend @ spec.rules[0].http.paths[0].backend.service.port.number',
    ]);
    expect(findingKeys(service + ingress('{name: web, port: {name: grpc}}'), referenceIngressBackendRule)).toEqual([
      'reference/ingress-backend @ spec.rules[0].http.paths[0].backend.service.port.name',
    ]);
  });

  it('accepts a Service and port of the file', () => {
    expect(findingKeys(service + ingress('{name: web, port: {number: 80}}'), referenceIngressBackendRule)).toEqual([]);
    expect(findingKeys(service + ingress('{name: web, port: {name: http}}'), referenceIngressBackendRule)).toEqual([]);
  });
});
