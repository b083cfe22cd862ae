import { describe, expect, it } from 'vitest';
import { findingKeys, findingsOf } from '../../testing/findingsOf';
import { manifestFromYaml } from '../../testing/manifestFromYaml';
import { referenceConfigMapRule } from './reference/referenceConfigMap';
import { referenceRules } from './referenceRules';
import { referencePersistentVolumeClaimRule } from './reference/referencePersistentVolumeClaim';
import { referenceSecretRule } from './reference/referenceSecret';
import { referenceServiceAccountRule } from './reference/referenceServiceAccount';

const deployment = `
apiVersion: apps/v1
kind: Deployment
metadata: {name: shop, namespace: store}
spec:
  selector: {matchLabels: {app: shop}}
  template:
    metadata: {labels: {app: shop}}
    spec:
      serviceAccountName: shop
      imagePullSecrets: [{name: registry}]
      initContainers:
      - name: migrate
        image: shop:1.0
        envFrom: [{configMapRef: {name: shop-config}}]
      containers:
      - name: web
        image: shop:1.0
        env:
        - name: LOG_LEVEL
          valueFrom: {configMapKeyRef: {name: shop-config, key: LOG_LEVEL}}
        - name: DB_PASSWORD
          valueFrom: {secretKeyRef: {name: db, key: password}}
        - name: FEATURE
          valueFrom: {configMapKeyRef: {name: features, key: beta, optional: true}}
        envFrom: [{secretRef: {name: extra, optional: true}}]
      volumes:
      - name: settings
        configMap: {name: shop-config, items: [{key: app.yaml, path: app.yaml}]}
      - name: tls
        secret: {secretName: shop-tls}
      - name: data
        persistentVolumeClaim: {claimName: shop-data}
      - name: bundle
        projected:
          sources:
          - secret: {name: db, items: [{key: ca.crt, path: ca.crt}]}
          - serviceAccountToken: {path: token}
      - name: scratch
        ephemeral:
          volumeClaimTemplate:
            spec: {accessModes: [ReadWriteOnce], resources: {requests: {storage: 1Gi}}}
`;

describe('reference rules', () => {
  it('report each object the pod needs but the file does not define, once, at the first place naming it', () => {
    expect(findingKeys(deployment, referenceRules)).toEqual([
      'reference/config-map @ spec.template.spec.initContainers[0].envFrom[0].configMapRef.name',
      'reference/secret @ spec.template.spec.containers[0].env[1].valueFrom.secretKeyRef.name',
      'reference/secret @ spec.template.spec.volumes[1].secret.secretName',
      'reference/secret @ spec.template.spec.imagePullSecrets[0].name',
      'reference/persistent-volume-claim @ spec.template.spec.volumes[2].persistentVolumeClaim.claimName',
      'reference/service-account @ spec.template.spec.serviceAccountName',
    ]);
    expect(findingsOf(deployment, referenceRules).every((finding) => finding.severity === 'info')).toBe(true);
  });

  it('name the keys the pod reads', () => {
    const [configMap] = findingsOf(deployment, referenceConfigMapRule);
    expect(configMap?.message).toBe(
      'ConfigMap "shop-config" is not defined in this file, so it is assumed to exist in the cluster with the keys LOG_LEVEL, app.yaml (named in 3 places).',
    );
  });

  it('add a ConfigMap stub with the keys the pod reads, in the namespace of the workload', () => {
    const fix = findingsOf(deployment, referenceConfigMapRule)[0]!.fix!;
    const manifest = manifestFromYaml(deployment);
    const fixed = fix.apply(manifest);
    expect(fixed.slice(0, -1)).toEqual(manifest);
    expect(fixed.at(-1)).toEqual({
      apiVersion: 'v1',
      kind: 'ConfigMap',
      metadata: { name: 'shop-config', namespace: 'store' },
      data: { LOG_LEVEL: '', 'app.yaml': '' },
    });
    expect(fix.apply(fixed)).toBe(fixed);
    expect(
      findingKeys(
        `${deployment}---\n${'apiVersion: v1\nkind: ConfigMap\nmetadata: {name: shop-config}\ndata: {LOG_LEVEL: info, app.yaml: ""}\n'}`,
        referenceConfigMapRule,
      ),
    ).toEqual([]);
  });

  it('add Secret stubs with placeholders, a docker config for image pull secrets', () => {
    const manifest = manifestFromYaml(deployment);
    const [db, , registry] = findingsOf(deployment, referenceSecretRule);
    expect(db!.fix!.apply(manifest).at(-1)).toEqual({
      apiVersion: 'v1',
      kind: 'Secret',
      metadata: { name: 'db', namespace: 'store' },
      type: 'Opaque',
      stringData: { password: '', 'ca.crt': '' },
    });
    expect(registry!.fix!.apply(manifest).at(-1)).toEqual({
      apiVersion: 'v1',
      kind: 'Secret',
      metadata: { name: 'registry', namespace: 'store' },
      type: 'kubernetes.io/dockerconfigjson',
      stringData: { '.dockerconfigjson': '{"auths":{}}' },
    });
  });

  it('add a 1Gi ReadWriteOnce claim and a ServiceAccount', () => {
    const manifest = manifestFromYaml(deployment);
    const [claim] = findingsOf(deployment, referencePersistentVolumeClaimRule);
    const [account] = findingsOf(deployment, referenceServiceAccountRule);
    expect(claim!.fix!.apply(manifest).at(-1)).toEqual({
      apiVersion: 'v1',
      kind: 'PersistentVolumeClaim',
      metadata: { name: 'shop-data', namespace: 'store' },
      spec: { accessModes: ['ReadWriteOnce'], resources: { requests: { storage: '1Gi' } } },
    });
    expect(account!.fix!.apply(manifest).at(-1)).toEqual({
      apiVersion: 'v1',
      kind: 'ServiceAccount',
      metadata: { name: 'shop', namespace: 'store' },
    });
  });

  it('skip the default ServiceAccount, optional references and objects of the file', () => {
    const yaml = `
apiVersion: v1
kind: Pod
metadata: {name: web}
spec:
  serviceAccountName: default
  containers:
  - name: web
    image: nginx:1.27
    envFrom: [{configMapRef: {name: optional-settings, optional: true}}]
    env:
    - {name: A, valueFrom: {secretKeyRef: {name: creds, key: a}}}
  volumes:
  - {name: data, persistentVolumeClaim: {claimName: data}}
---
apiVersion: v1
kind: List
items:
- {apiVersion: v1, kind: Secret, metadata: {name: creds}, stringData: {a: x}}
- {apiVersion: v1, kind: PersistentVolumeClaim, metadata: {name: data}, spec: {accessModes: [ReadWriteOnce], resources: {requests: {storage: 1Gi}}}}
`;
    expect(findingKeys(yaml, referenceRules)).toEqual([]);
  });
  it('knows a Secret that a Job of the file creates at run time: no stub to add', () => {
    const yaml = `
apiVersion: batch/v1
kind: Job
metadata: {name: ingress-nginx-admission-create}
spec:
  template:
    spec:
      restartPolicy: OnFailure
      containers:
      - name: create
        image: registry.k8s.io/ingress-nginx/kube-webhook-certgen:v1.4.3
        args: [create, --namespace=ingress-nginx, --secret-name=ingress-nginx-admission]
---
apiVersion: apps/v1
kind: Deployment
metadata: {name: ingress-nginx-controller}
spec:
  selector: {matchLabels: {app: ingress-nginx}}
  template:
    metadata: {labels: {app: ingress-nginx}}
    spec:
      containers:
      - name: controller
        image: registry.k8s.io/ingress-nginx/controller:v1.11.2
        volumeMounts: [{name: webhook-cert, mountPath: /usr/local/certificates/}]
      volumes:
      - name: webhook-cert
        secret: {secretName: ingress-nginx-admission}
`;
    const findings = findingsOf(yaml, referenceRules).filter((finding) => finding.ruleId === 'reference/secret');
    expect(findings).toHaveLength(1);
    expect(findings[0]!.fix).toBeUndefined();
    expect(findings[0]!.message).toContain('Job "ingress-nginx-admission-create"');
  });
});
