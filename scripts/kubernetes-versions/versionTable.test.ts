import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { KubernetesVersionTable } from '../../src/schema/kubernetesVersionTable';
import { SUPPORTED_KUBERNETES_MINORS } from '../../src/model/kubernetesVersion';
import { buildVersionTable, type VersionSource } from './buildVersionTable';
import { readValueSources, readVersionSources } from './versionSources';

const projectRoot = fileURLToPath(new URL('../..', import.meta.url));
const committedText = readFileSync(new URL('../../src/generated/kubernetes-versions.json', import.meta.url), 'utf8');
const committed = JSON.parse(committedText) as KubernetesVersionTable;

describe('the Kubernetes version table (src/generated/kubernetes-versions.json)', () => {
  it('is what the installed packages give (npm install generates it; else run `npm run generate:versions`)', () => {
    const table = buildVersionTable(
      readVersionSources(projectRoot),
      SUPPORTED_KUBERNETES_MINORS,
      readValueSources(projectRoot),
    );
    expect(committedText).toBe(`${JSON.stringify(table)}\n`);
  });

  it('knows the minors it was built from, and the gaps between them', () => {
    expect(committed.supported).toEqual([...SUPPORTED_KUBERNETES_MINORS]);
    expect(committed.published).toEqual([29, 30, 31, 32, 33, 34, 35, 36]);
    expect(committed.source['1.36']).toBe('@kubernetes/client-node@2.0.0');
    expect(committed.source['1.31']).toBe('cdk8s-plus-31@2.6.43');
    expect(committed.source['1.35']).toBe('@pulumi/kubernetes@4.29.0');
  });

  it('dates pod fields by the first published API that has them', () => {
    const { types } = committed;
    expect(types.V1PodSpec?.resources?.since).toBe(32); // pod-level resources
    expect(types.V1PodSpec?.hostnameOverride?.since).toBe(34);
    expect(types.V1Container?.restartPolicyRules?.since).toBe(34);
    expect(types.V1Lifecycle?.stopSignal?.since).toBe(33);
    expect(types.V1Volume?.image?.since).toBe(31); // from the 1.31 OpenAPI (cdk8s-plus-31)
    expect(types.V1PodSecurityContext?.supplementalGroupsPolicy?.since).toBe(31);
    expect(types.V1PodSecurityContext?.seLinuxChangePolicy?.since).toBe(32);
    // The cdk8s import leaves out status: a status field of the 1.32 API may be from 1.31.
    expect(types.V1ContainerStatus?.user).toEqual({ type: 'V1ContainerUser', since: 32, absentUntil: 30 });
    expect(types.V1SecurityContext?.appArmorProfile?.since).toBe(30);
    // Older than the range: never newer than a target.
    expect(types.V1Container?.restartPolicy).toBeUndefined();
    expect(types.V1Container?.resizePolicy).toBeUndefined();
    // The path from a kind to its newer fields.
    expect(committed.roots['apps/v1/Deployment']).toBe('V1Deployment');
    expect(types.V1PodTemplateSpec?.spec?.type).toBe('V1PodSpec');
  });

  it('dates enum values newer than their field between the two minors with enum data around them', () => {
    expect(committed.valueSource).toEqual({ '1.33': 'kubernetes-models@4.5.1', '1.36': 'kubernetes-models@5.1.0' });
    expect(committed.types.V1Toleration?.operator?.values).toEqual({
      Gt: { since: 36, absentUntil: 33 },
      Lt: { since: 36, absentUntil: 33 },
    });
    // Values as old as their field are not listed.
    expect(committed.types.V1Container?.restartPolicyRules?.values).toBeUndefined();
  });

  it('knows which API versions were removed, when they were last served, and their drop-in replacement', () => {
    expect(committed.kinds['batch/v1beta1/CronJob']).toEqual({ first: 24, last: 24, replacement: 'batch/v1' });
    expect(committed.kinds['policy/v1beta1/PodDisruptionBudget']).toEqual({
      first: 24,
      last: 24,
      replacement: 'policy/v1',
    });
    expect(committed.kinds['autoscaling/v2beta2/HorizontalPodAutoscaler']).toEqual({
      first: 24,
      last: 25,
      replacement: 'autoscaling/v2',
    });
    expect(committed.kinds['flowcontrol.apiserver.k8s.io/v1beta3/FlowSchema']?.last).toBe(31);
    expect(committed.kinds['resource.k8s.io/v1alpha3/PodSchedulingContext']).toEqual({ first: 31, last: 31 });
    // Schema types with a kind that no manifest creates are no kinds here.
    expect(committed.kinds['autoscaling/v1/Scale']).toBeUndefined();
    expect(committed.kinds['v1/Status']).toBeUndefined();
    expect(committed.kinds['resource.k8s.io/v1/ResourceClaim']).toEqual({ first: 34, last: 36 });
    expect(committed.kinds['apps/v1/Deployment']).toBeUndefined(); // served throughout
  });
});

describe('the 1.31 package (cdk8s-plus-31)', () => {
  const sources = readVersionSources(projectRoot);
  const at = (minor: number) => sources.find((source) => source.minor === minor)!;
  const { omitted, added, addedNext, addedThenDropped } = compareWithNeighbours(at(30), at(31), at(32));

  it('is the 1.31 API: it has fields the 1.30 API lacks, and lacks fields the 1.32 API adds', () => {
    expect(added).toContain('v1/Pod spec.volumes.image');
    expect(added).toContain('v1/Pod spec.securityContext.supplementalGroupsPolicy');
    expect(added).toContain('v1/Pod spec.resourceClaims.resourceClaimTemplateName');
    expect(addedNext).toContain('v1/Pod spec.resources');
    expect(addedNext).toContain('v1/Pod spec.securityContext.seLinuxChangePolicy');
    // What 1.31 adds, 1.32 keeps.
    expect(addedThenDropped).toEqual([]);
  });

  it('leaves out nothing its neighbours both have, where it describes the place', () => {
    expect(omitted).toEqual([]);
  });
});

/**
 * The fields of `middle` compared with the minors before and after it, walked from each kind of
 * `middle` down the same field names: `kind path` of what `middle` adds, what `next` adds, what
 * `middle` adds and `next` drops, and what both neighbours have and `middle` lacks (at places
 * `middle` describes).
 */
function compareWithNeighbours(previous: VersionSource, middle: VersionSource, next: VersionSource) {
  const omitted = new Set<string>();
  const added = new Set<string>();
  const addedNext = new Set<string>();
  const addedThenDropped = new Set<string>();
  const seen = new Set<string>();
  const walk = (kind: string, path: string, [before, here, after]: (string | undefined)[]): void => {
    const key = `${kind} ${before} ${here} ${after}`;
    if (seen.has(key) || !here) return;
    seen.add(key);
    const fieldsBefore = before ? previous.api.models.get(before) : undefined;
    const fieldsHere = middle.api.models.get(here)!;
    const fieldsAfter = after ? next.api.models.get(after) : undefined;
    const names = new Set([...(fieldsBefore?.keys() ?? []), ...fieldsHere.keys(), ...(fieldsAfter?.keys() ?? [])]);
    for (const name of names) {
      if (middle.api.uncovered?.has(`${here}.${name}`)) continue;
      const place = `${kind} ${path}${path ? '.' : ''}${name}`;
      if (fieldsBefore?.has(name) && fieldsAfter?.has(name) && !fieldsHere.has(name)) omitted.add(place);
      if (fieldsBefore && !fieldsBefore.has(name) && fieldsHere.has(name)) {
        added.add(place);
        if (fieldsAfter && !fieldsAfter.has(name)) addedThenDropped.add(place);
      }
      if (fieldsAfter?.has(name) && !fieldsHere.has(name) && fieldsBefore && !fieldsBefore.has(name))
        addedNext.add(place);
      walk(kind, `${path}${path ? '.' : ''}${name}`, [
        fieldsBefore?.get(name) ?? undefined,
        fieldsHere.get(name) ?? undefined,
        fieldsAfter?.get(name) ?? undefined,
      ]);
    }
  };
  for (const [kind, model] of middle.api.kinds)
    walk(kind, '', [previous.api.kinds.get(kind), model, next.api.kinds.get(kind)]);
  const sorted = (places: Set<string>) => [...places].sort();
  return {
    omitted: sorted(omitted),
    added: sorted(added),
    addedNext: sorted(addedNext),
    addedThenDropped: sorted(addedThenDropped),
  };
}

describe('the 1.35 package (@pulumi/kubernetes 4.29.0)', () => {
  const sources = readVersionSources(projectRoot);
  const at = (minor: number) => sources.find((source) => source.minor === minor)!;
  const { omitted, added, addedNext } = compareWithNeighbours(at(34), at(35), at(36));

  it('is the 1.35 API: it has fields the 1.34 API lacks and 1.36 has, and lacks fields 1.36 adds', () => {
    const keptBy136 = new Set(compareWithNeighbours(at(34), at(36), at(36)).added);
    expect(added.filter((place) => keptBy136.has(place))).toContain(
      'v1/Pod spec.volumes.projected.sources.podCertificate.userAnnotations',
    );
    expect(addedNext).toContain('v1/Pod spec.schedulingGroup');
    // Pulumi keeps fields Kubernetes removed (metadata.clusterName, 1.24): they are not dated, as
    // only the newest API's fields are; its 1.35-only fields (spec.workloadRef) likewise.
    expect(added).toContain('v1/Pod metadata.clusterName');
    expect(added).toContain('v1/Pod spec.workloadRef');
  });

  it('leaves out nothing its neighbours both have', () => {
    expect(omitted).toEqual([]);
  });

  it('tells fields, not the kinds 1.35 serves (Pulumi keeps every API version)', () => {
    expect(committed.published).toContain(35);
    expect(committed.kindsPublished).toEqual([29, 30, 31, 32, 33, 34, 36]);
  });
});

describe('the enum packages (kubernetes-models)', () => {
  const sources = readVersionSources(projectRoot);
  const at = (minor: number) => sources.find((source) => source.minor === minor)!;
  const values = readValueSources(projectRoot);
  const models = (minor: number) => values.find((source) => source.minor === minor)!;

  it('k8s-models-1.33 is the 1.33 API: what 1.33 adds to 1.32 is there, what 1.34 adds is not', () => {
    const { omitted, added, addedNext, addedThenDropped } = compareWithNeighbours(at(32), models(33), at(34));
    expect(added).toContain('v1/Pod spec.containers.lifecycle.stopSignal');
    expect(addedNext).toContain('v1/Pod spec.hostnameOverride');
    expect(addedThenDropped).toEqual([]);
    expect(omitted).toEqual([]);
  });

  it('k8s-models-1.36 is the 1.36 API: it has every field the 1.36 client has', () => {
    const { omitted, addedNext } = compareWithNeighbours(at(34), models(36), at(36));
    expect(addedNext).toEqual([]);
    expect(omitted).toEqual([]);
  });
});
