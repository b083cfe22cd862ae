import { describe, expect, it } from 'vitest';
import { findingKeys, findingsOf } from '../../../testing/findingsOf';
import { manifestFromYaml } from '../../../testing/manifestFromYaml';
import { kubernetesTargetOf } from '../../support/versions/kubernetesVersionTable';
import { schemaApiVersionRule } from './schemaApiVersion';
import { schemaTargetVersionApiRule } from './schemaTargetVersionApi';

const CRON_JOB = `
apiVersion: batch/v1beta1
kind: CronJob
metadata: {name: nightly}
spec:
  schedule: "0 3 * * *"
  jobTemplate: {spec: {template: {spec: {restartPolicy: OnFailure, containers: [{name: job, image: busybox:1.37}]}}}}
`;
const RULES = [schemaApiVersionRule, schemaTargetVersionApiRule];

describe('schema/target-version-api', () => {
  it('reports a removed apiVersion once, with when it was last served, and upgrades it when that is a drop-in', () => {
    const findings = findingsOf(CRON_JOB, RULES, { kubernetesTarget: kubernetesTargetOf(30) });
    expect(findings.map((finding) => `${finding.ruleId} @ ${finding.path.join('.')}`)).toEqual([
      'schema/target-version-api @ apiVersion',
    ]);
    expect(findings[0]?.message).toBe(
      'batch/v1beta1 CronJob is not served by Kubernetes 1.30: it was last served by 1.24; use batch/v1, which has the same fields.',
    );
    expect(findings[0]!.fix!.apply(manifestFromYaml(CRON_JOB))[0]?.apiVersion).toBe('batch/v1');
  });

  it('reports APIs removed inside the supported range only from the target on', () => {
    const yaml = `
apiVersion: flowcontrol.apiserver.k8s.io/v1beta3
kind: FlowSchema
metadata: {name: system}
spec: {priorityLevelConfiguration: {name: global-default}}
`;
    const at = (minor: 29 | 30 | 31 | 32) => findingKeys(yaml, RULES, { kubernetesTarget: kubernetesTargetOf(minor) });
    expect(at(29)).toEqual([]);
    expect(at(30)).toEqual([]);
    expect(at(31)).toEqual([]); // last served by 1.31 (cdk8s-plus-31)
    expect(at(32)).toEqual(['schema/target-version-api @ apiVersion']);
  });

  it('reports an apiVersion newer than the target', () => {
    const yaml = `
apiVersion: resource.k8s.io/v1
kind: ResourceClaim
metadata: {name: gpu}
spec: {devices: {requests: [{name: gpu, exactly: {deviceClassName: gpu.example.com}}]}}
`;
    const [finding] = findingsOf(yaml, RULES, { kubernetesTarget: kubernetesTargetOf(33) });
    expect(finding?.message).toBe('resource.k8s.io/v1 ResourceClaim needs Kubernetes 1.34+; the target is 1.33.');
    expect(findingKeys(yaml, RULES, { kubernetesTarget: kubernetesTargetOf(34) })).toEqual([]);
  });

  it('stays silent on a minor whose served kinds no package tells (1.35), and names the candidates below it', () => {
    const yaml = `
apiVersion: admissionregistration.k8s.io/v1
kind: MutatingAdmissionPolicy
metadata: {name: add-label}
spec: {matchConstraints: {resourceRules: [{apiGroups: [apps], apiVersions: [v1], operations: [CREATE], resources: [deployments]}]}, mutations: [{patchType: ApplyConfiguration, applyConfiguration: {expression: "Object{}"}}]}
`;
    expect(findingKeys(yaml, RULES, { kubernetesTarget: kubernetesTargetOf(35) })).toEqual([]);
    expect(
      findingsOf(yaml, RULES, { kubernetesTarget: kubernetesTargetOf(34) }).map((finding) => finding.message),
    ).toEqual([
      'admissionregistration.k8s.io/v1 MutatingAdmissionPolicy came in Kubernetes 1.35 or 1.36 (1.34 does not have it); the target is 1.34.',
    ]);
  });

  it('leaves served kinds alone', () => {
    const yaml = `
apiVersion: batch/v1
kind: CronJob
metadata: {name: nightly}
spec: {schedule: "0 3 * * *", jobTemplate: {spec: {template: {spec: {restartPolicy: OnFailure, containers: [{name: job, image: busybox:1.37}]}}}}}
`;
    expect(findingKeys(yaml, RULES, { kubernetesTarget: kubernetesTargetOf(29) })).toEqual([]);
  });
});
