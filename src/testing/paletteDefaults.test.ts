import { describe, expect, it } from 'vitest';
import { paletteContainer } from '../catalog/paletteContainer';
import { PALETTE_ITEMS } from '../catalog/paletteItems';
import { POD_TEMPLATES } from '../catalog/templates';
import { listContainerSlots } from '../model/containers';
import { formatDataPath } from '../model/dataPath';
import { defaultProbe } from '../model/defaultProbe';
import { addContainer, setProbe } from '../model/operations';
import { uniqueName } from '../model/uniqueName';
import { getAtPath } from '../model/valueAtPath';
import { listWorkloads, podSpecOf, sameObjectRef, updateObject } from '../model/workloads';
import { podSecurityLevel } from '../validate/podSecurityLevel';
import { ALL_RULES } from '../validate/allRules';
import { validateManifest } from '../validate/validateManifest';
import type { Manifest } from '../model/manifest';
import { manifestFromYaml } from './manifestFromYaml';

/** Errors and warnings as `rule @ path` (notes are advice, not failures). */
function problems(manifest: Manifest): Set<string> {
  return new Set(
    validateManifest(manifest, ALL_RULES)
      .filter((finding) => finding.severity !== 'info')
      .map((finding) => `${finding.ruleId} @ ${formatDataPath(finding.path)}`),
  );
}

/** Whether the first workload meets the Restricted Pod Security level. */
function meetsRestricted(manifest: Manifest): boolean {
  const ref = listWorkloads(manifest)[0]!.ref;
  const findings = validateManifest(manifest, ALL_RULES).filter((finding) => sameObjectRef(finding.objectRef, ref));
  return podSecurityLevel(findings).restricted.passes;
}

/** Drops a palette item the way the app does: the item's container, a default probe. */
function drop(manifest: Manifest, itemId: string): Manifest {
  const item = PALETTE_ITEMS.find((candidate) => candidate.id === itemId)!;
  const ref = listWorkloads(manifest)[0]!.ref;
  const restricted = meetsRestricted(manifest);
  return updateObject(manifest, ref, (workload) => {
    const podSpec = podSpecOf(workload);
    const slots = listContainerSlots(podSpec);
    if (item.kind === 'container') {
      const name = uniqueName(
        item.baseName,
        slots.map((slot) => slot.name),
      );
      const container = paletteContainer(item, name, {
        restricted: restricted && slots.length > 0,
        podSeccompProfile: getAtPath(podSpec, ['securityContext', 'seccompProfile']) !== undefined,
      });
      return addContainer(workload, container, item.role);
    }
    if (item.kind === 'probe') {
      const target = slots.find((slot) => slot.role === 'app' && slot.container[item.probe] === undefined);
      return target
        ? setProbe(workload, target.name, item.probe, defaultProbe(target.container, item.probe))
        : workload;
    }
    return workload;
  });
}

describe('palette defaults', () => {
  it('gives a sidecar a command that keeps it running and stops on SIGTERM (busybox alone exits at once)', () => {
    const sidecar = PALETTE_ITEMS.find((item) => item.id === 'sidecar');
    expect(sidecar?.kind === 'container' && sidecar.command?.join(' ')).toMatch(/trap .*TERM.*while true/);
  });

  it('probes a TLS port with HTTPS on a real-style kube-rbac-proxy', () => {
    const yaml = `
apiVersion: apps/v1
kind: DaemonSet
metadata: {name: node-exporter}
spec:
  selector: {matchLabels: {app: node-exporter}}
  template:
    metadata: {labels: {app: node-exporter}}
    spec:
      containers:
      - name: kube-rbac-proxy
        image: quay.io/brancz/kube-rbac-proxy:v0.18.1
        ports: [{containerPort: 9100, name: https}]
`;
    const manifest = manifestFromYaml(yaml);
    const before = problems(manifest);
    const added = [...problems(drop(manifest, 'probe-readiness'))].filter((problem) => !before.has(problem));
    expect(added).toEqual([]);
  });

  const items = PALETTE_ITEMS.filter((item) => item.kind !== 'volume').map((item) => item.id);
  it.each(POD_TEMPLATES.map((template) => [template.id, template.yaml] as const))(
    'dropping any container or probe on the %s template adds no error or warning',
    (_id, yaml) => {
      const manifest = manifestFromYaml(yaml);
      const before = problems(manifest);
      for (const itemId of items) {
        const added = [...problems(drop(manifest, itemId))].filter((problem) => !before.has(problem));
        expect(added, itemId).toEqual([]);
      }
    },
  );
});

describe('palette containers in a Restricted pod', () => {
  const restrictedPod = `
apiVersion: v1
kind: Pod
metadata: {name: api}
spec:
  securityContext: {runAsNonRoot: true, seccompProfile: {type: RuntimeDefault}}
  containers:
  - name: api
    image: registry.example/api:1.4.2
    resources: {requests: {cpu: 200m, memory: 256Mi}, limits: {memory: 256Mi}}
    securityContext: {allowPrivilegeEscalation: false, capabilities: {drop: [ALL]}, runAsUser: 10001}
`;

  it.each(PALETTE_ITEMS.filter((item) => item.kind === 'container').map((item) => item.id))(
    'a %s dropped on it keeps the pod Restricted, running as a non-root user its image works as',
    (itemId) => {
      const manifest = manifestFromYaml(restrictedPod);
      expect(meetsRestricted(manifest)).toBe(true);
      const dropped = drop(manifest, itemId);
      expect(meetsRestricted(dropped)).toBe(true);
      expect([...problems(dropped)]).toEqual([...problems(manifest)]);
      const added = listContainerSlots(podSpecOf(listWorkloads(dropped)[0]!.object)).find(
        (slot) => slot.name !== 'api',
      )!.container;
      expect(added.securityContext).toMatchObject({ runAsNonRoot: true, capabilities: { drop: ['ALL'] } });
      // nginx's own image runs as root; its unprivileged build does not.
      expect(added.image).not.toBe('nginx:1.27');
    },
  );
});

describe('a probe dropped on a container with no port', () => {
  it('is a placeholder the validator flags, never a silent check that always passes', () => {
    const manifest = manifestFromYaml(`
apiVersion: v1
kind: Pod
metadata: {name: worker}
spec:
  containers:
  - name: worker
    image: registry.example/worker:3.0
`);
    const probed = drop(manifest, 'probe-liveness');
    expect(
      validateManifest(probed, ALL_RULES)
        .filter((finding) => finding.ruleId === 'practice/placeholder-probe')
        .map((finding) => formatDataPath(finding.path)),
    ).toEqual(['spec.containers[0].livenessProbe.exec.command']);
  });
});
