import { describe, expect, it } from 'vitest';
import { findingKeys, findingsOf } from '../../testing/findingsOf';
import { securityRules } from './securityRules';
import { practiceRules } from './practiceRules';

describe('practice rules', () => {
  it('have unique practice/ ids, the practice family and a kubernetes.io docs page', () => {
    const ids = practiceRules.map((rule) => rule.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const rule of practiceRules) {
      expect(rule.id).toMatch(/^practice\/[a-z-]+$/);
      expect(rule.family).toBe('practice');
      // Service rules look at a Service and the workloads it selects, the storage-class rule at
      // claims too; every other rule at a pod.
      expect(rule.appliesTo).toBe(
        /^practice\/(service-(several-workloads|backend-readiness)|storage-class-annotation)$/.test(rule.id)
          ? 'any'
          : 'workload',
      );
      expect(rule.docsUrl).toMatch(/^https:\/\/kubernetes\.io\/docs\//);
      expect(rule.why.length).toBeGreaterThan(40);
    }
  });

  it('find nothing to warn about in a well-designed Deployment with a native sidecar', () => {
    const yaml = `
apiVersion: apps/v1
kind: Deployment
metadata: {name: shop, namespace: shop}
spec:
  replicas: 3
  selector: {matchLabels: {app.kubernetes.io/name: shop}}
  template:
    metadata: {labels: {app.kubernetes.io/name: shop}}
    spec:
      automountServiceAccountToken: false
      priorityClassName: shop-high
      securityContext: {runAsNonRoot: true, runAsUser: 10001, runAsGroup: 10001, seccompProfile: {type: RuntimeDefault}}
      topologySpreadConstraints:
      - {maxSkew: 1, topologyKey: kubernetes.io/hostname, whenUnsatisfiable: ScheduleAnyway, labelSelector: {matchLabels: {app.kubernetes.io/name: shop}}}
      initContainers:
      - name: migrate
        image: shop-migrate:2.4.1
        resources: {requests: {cpu: 100m, memory: 64Mi}, limits: {memory: 64Mi}}
        securityContext: {allowPrivilegeEscalation: false, readOnlyRootFilesystem: true, capabilities: {drop: [ALL]}}
      - name: proxy
        image: envoyproxy/envoy:v1.30.2
        restartPolicy: Always
        ports: [{name: proxy, containerPort: 15001}, {name: admin, containerPort: 15000}]
        readinessProbe: {httpGet: {path: /ready, port: 15000}}
        livenessProbe: {tcpSocket: {port: proxy}, failureThreshold: 6}
        resources: {requests: {cpu: 100m, memory: 64Mi, ephemeral-storage: 100Mi}, limits: {memory: 64Mi, ephemeral-storage: 100Mi}}
        securityContext: {allowPrivilegeEscalation: false, readOnlyRootFilesystem: true, capabilities: {drop: [ALL]}}
      containers:
      - name: web
        image: shop@sha256:${'ab'.repeat(32)}
        ports: [{name: http, containerPort: 8080}]
        env:
        - {name: DB_PASSWORD, valueFrom: {secretKeyRef: {name: shop-db, key: password}}}
        startupProbe: {httpGet: {path: /healthz, port: http}, failureThreshold: 30}
        readinessProbe: {httpGet: {path: /ready, port: http}}
        livenessProbe: {httpGet: {path: /healthz, port: http}}
        resources: {requests: {cpu: 250m, memory: 256Mi, ephemeral-storage: 1Gi}, limits: {cpu: "1", memory: 256Mi, ephemeral-storage: 1Gi}}
        securityContext: {allowPrivilegeEscalation: false, readOnlyRootFilesystem: true, capabilities: {drop: [ALL]}}
        volumeMounts: [{name: tmp, mountPath: /tmp}, {name: config, mountPath: /etc/shop}]
      volumes:
      - {name: tmp, emptyDir: {}}
      - {name: config, configMap: {name: shop}}
`;
    const rules = [...practiceRules, ...securityRules];
    expect(findingsOf(yaml, rules).filter((finding) => finding.severity !== 'info')).toEqual([]);
    // Leaving out a CPU limit is a valid choice, so it is only mentioned.
    expect(findingKeys(yaml, rules)).toEqual(['practice/resources @ spec.template.spec.initContainers[1].resources']);
  });
});
