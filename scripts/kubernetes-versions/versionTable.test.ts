import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { KubernetesVersionTable } from '../../src/schema/kubernetesVersionTable';
import { SUPPORTED_KUBERNETES_MINORS } from '../../src/model/kubernetesVersion';
import { buildVersionTable } from './buildVersionTable';
import { readVersionSources } from './versionSources';

const projectRoot = fileURLToPath(new URL('../..', import.meta.url));
const committedText = readFileSync(new URL('../../src/generated/kubernetes-versions.json', import.meta.url), 'utf8');
const committed = JSON.parse(committedText) as KubernetesVersionTable;

describe('the Kubernetes version table (src/generated/kubernetes-versions.json)', () => {
  it('is what the installed packages give (npm install generates it; else run `npm run generate:versions`)', () => {
    const table = buildVersionTable(readVersionSources(projectRoot), SUPPORTED_KUBERNETES_MINORS);
    expect(committedText).toBe(`${JSON.stringify(table)}\n`);
  });

  it('knows the minors it was built from, and the gaps between them', () => {
    expect(committed.supported).toEqual([...SUPPORTED_KUBERNETES_MINORS]);
    expect(committed.published).toEqual([29, 30, 32, 33, 34, 36]);
    expect(committed.source['1.36']).toBe('@kubernetes/client-node@2.0.0');
  });

  it('dates pod fields by the first published API that has them', () => {
    const { types } = committed;
    expect(types.V1PodSpec?.resources?.since).toBe(32); // pod-level resources
    expect(types.V1PodSpec?.hostnameOverride?.since).toBe(34);
    expect(types.V1Container?.restartPolicyRules?.since).toBe(34);
    expect(types.V1Lifecycle?.stopSignal?.since).toBe(33);
    expect(types.V1Volume?.image?.since).toBe(32); // 1.31 is not published: it could be 1.31
    expect(types.V1SecurityContext?.appArmorProfile?.since).toBe(30);
    // Older than the range: never newer than a target.
    expect(types.V1Container?.restartPolicy).toBeUndefined();
    expect(types.V1Container?.resizePolicy).toBeUndefined();
    // The path from a kind to its newer fields.
    expect(committed.roots['apps/v1/Deployment']).toBe('V1Deployment');
    expect(types.V1PodTemplateSpec?.spec?.type).toBe('V1PodSpec');
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
    expect(committed.kinds['flowcontrol.apiserver.k8s.io/v1beta3/FlowSchema']?.last).toBe(30);
    expect(committed.kinds['resource.k8s.io/v1/ResourceClaim']).toEqual({ first: 34, last: 36 });
    expect(committed.kinds['apps/v1/Deployment']).toBeUndefined(); // served throughout
  });
});
