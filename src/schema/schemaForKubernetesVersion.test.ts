import { describe, expect, it } from 'vitest';
import { kubernetesSchema } from './kubernetesSchema';
import { kubernetesVersionTable } from './kubernetesVersionTable';
import { schemaForKubernetesVersion } from './schemaForKubernetesVersion';

const propertiesOf = (schema: typeof kubernetesSchema, definition: string) =>
  Object.keys((schema.definitions[definition] as { properties: object }).properties);

describe('schemaForKubernetesVersion', () => {
  it('drops the properties the target does not have yet', () => {
    const schema = schemaForKubernetesVersion(kubernetesSchema, kubernetesVersionTable, 32);
    expect(propertiesOf(schema, 'io.k8s.api.core.v1.Lifecycle')).not.toContain('stopSignal');
    expect(propertiesOf(schema, 'io.k8s.api.core.v1.Container')).not.toContain('restartPolicyRules');
    expect(propertiesOf(schema, 'io.k8s.api.core.v1.PodSpec')).toContain('resources'); // 1.32
    expect(propertiesOf(schema, 'io.k8s.api.core.v1.Container')).toContain('restartPolicy');
    expect(propertiesOf(schema, 'io.k8s.api.core.v1.Lifecycle')).toContain('preStop');
    // The 1.36 schema itself is left as it is.
    expect(propertiesOf(kubernetesSchema, 'io.k8s.api.core.v1.Lifecycle')).toContain('stopSignal');
  });

  it('drops the enum values the target does not have yet', () => {
    const operatorAt = (minor: number) =>
      (
        schemaForKubernetesVersion(kubernetesSchema, kubernetesVersionTable, minor).definitions[
          'io.k8s.api.core.v1.Toleration'
        ] as { properties: { operator: { enum: unknown[] } } }
      ).properties.operator.enum;
    expect(operatorAt(33)).toEqual(['Equal', 'Exists', null]);
    expect(operatorAt(35)).toEqual(['Equal', 'Exists', 'Gt', 'Lt', null]); // no enum data says for 1.34 and 1.35
    expect(operatorAt(36)).toEqual(['Equal', 'Exists', 'Gt', 'Lt', null]);
  });

  it('keeps what an unpublished minor may have, and everything on the newest', () => {
    // The cdk8s-plus-31 package leaves out status: whether 1.31 has a container's user is unknown.
    const statusAt = (minor: number) =>
      propertiesOf(
        schemaForKubernetesVersion(kubernetesSchema, kubernetesVersionTable, minor),
        'io.k8s.api.core.v1.ContainerStatus',
      );
    expect(statusAt(31)).toContain('user');
    expect(statusAt(30)).not.toContain('user');
    // 1.35 is published (@pulumi/kubernetes): pod scheduling groups come in 1.36.
    const at35 = schemaForKubernetesVersion(kubernetesSchema, kubernetesVersionTable, 35);
    expect(propertiesOf(at35, 'io.k8s.api.core.v1.PodSpec')).not.toContain('schedulingGroup');
    // 1.31 is published (cdk8s-plus-31): image volumes are there, pod-level resources are not.
    const at31 = schemaForKubernetesVersion(kubernetesSchema, kubernetesVersionTable, 31);
    expect(propertiesOf(at31, 'io.k8s.api.core.v1.Volume')).toContain('image');
    expect(propertiesOf(at31, 'io.k8s.api.core.v1.PodSpec')).not.toContain('resources');
    const at30 = schemaForKubernetesVersion(kubernetesSchema, kubernetesVersionTable, 30);
    expect(propertiesOf(at30, 'io.k8s.api.core.v1.Volume')).not.toContain('image');
    expect(schemaForKubernetesVersion(kubernetesSchema, kubernetesVersionTable, 36)).toBe(kubernetesSchema);
  });
});
