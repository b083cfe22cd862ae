import { describe, expect, it } from 'vitest';
import { PALETTE_ITEMS } from '../catalog/paletteItems';
import { POD_TEMPLATES } from '../catalog/templates';
import { listContainerSlots } from '../model/containers';
import { formatDataPath } from '../model/dataPath';
import { defaultProbe } from '../model/defaultProbe';
import { addContainer, setProbe } from '../model/operations';
import { uniqueName } from '../model/uniqueName';
import { listWorkloads, podSpecOf, updateObject } from '../model/workloads';
import { ALL_RULES } from '../validate/allRules';
import { validateManifest } from '../validate/validateManifest';
import type { JsonObject } from '../model/jsonValue';
import type { Manifest } from '../model/manifest';
import { manifestFromYaml } from './manifestFromYaml';

/**
 * Errors and warnings as `rule @ path` (notes are advice, not failures). Missing requests and
 * limits are left out: sizing a new container is the person's decision, not a default that fails.
 */
function problems(manifest: Manifest): Set<string> {
  return new Set(
    validateManifest(manifest, ALL_RULES)
      .filter((finding) => finding.severity !== 'info' && finding.ruleId !== 'practice/resources')
      .map((finding) => `${finding.ruleId} @ ${formatDataPath(finding.path)}`),
  );
}

/** Drops a palette item the way the app does: a container with the item's command, a default probe. */
function drop(manifest: Manifest, itemId: string): Manifest {
  const item = PALETTE_ITEMS.find((candidate) => candidate.id === itemId)!;
  const ref = listWorkloads(manifest)[0]!.ref;
  return updateObject(manifest, ref, (workload) => {
    const slots = listContainerSlots(podSpecOf(workload));
    if (item.kind === 'container') {
      const name = uniqueName(
        item.baseName,
        slots.map((slot) => slot.name),
      );
      const container: JsonObject = item.command
        ? { name, image: item.image, command: [...item.command] }
        : { name, image: item.image };
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
