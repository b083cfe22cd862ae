import { describe, expect, it } from 'vitest';
import { getAtPath } from '../../../model/valueAtPath';
import { findingKeys } from '../../../testing/findingsOf';
import { manifestFromYaml } from '../../../testing/manifestFromYaml';
import { validateManifest } from '../../validateManifest';
import { practiceSecretEnvValueRule } from './practiceSecretEnvValue';

describe('practice/secret-env-value', () => {
  const yaml = `
apiVersion: apps/v1
kind: Deployment
metadata: {name: shop, namespace: prod}
spec:
  selector: {matchLabels: {app: shop}}
  template:
    metadata: {labels: {app: shop}}
    spec:
      containers:
      - name: web
        image: shop:1.0
        env:
        - {name: DB_PASSWORD, value: hunter2}
        - {name: LOG_LEVEL, value: debug}
        - {name: API_TOKEN, valueFrom: {secretKeyRef: {name: api, key: token}}}
        - {name: STRIPE_KEY, value: "sk_live_0123456789abcdefXYZ"}
`;

  it('reports literal secret values, not references or plain settings', () => {
    expect(findingKeys(yaml, practiceSecretEnvValueRule)).toEqual([
      'practice/secret-env-value @ spec.template.spec.containers[0].env[0].value',
      'practice/secret-env-value @ spec.template.spec.containers[0].env[3].value',
    ]);
  });

  it('moves values into one Secret beside the workload and references them', () => {
    const manifest = manifestFromYaml(yaml);
    const first = validateManifest(manifest, [practiceSecretEnvValueRule])[0]!;
    expect(first.fix!.label).toBe('Move the value into Secret "shop-secrets"');
    const once = first.fix!.apply(manifest);
    expect(getAtPath(once[0]!, ['spec', 'template', 'spec', 'containers', 0, 'env', 0])).toEqual({
      name: 'DB_PASSWORD',
      valueFrom: { secretKeyRef: { name: 'shop-secrets', key: 'DB_PASSWORD' } },
    });
    expect(once[1]).toEqual({
      apiVersion: 'v1',
      kind: 'Secret',
      metadata: { name: 'shop-secrets', namespace: 'prod' },
      type: 'Opaque',
      stringData: { DB_PASSWORD: 'hunter2' },
    });
    const twice = validateManifest(once, [practiceSecretEnvValueRule])[0]!.fix!.apply(once);
    expect(twice).toHaveLength(2);
    expect(getAtPath(twice[1]!, ['stringData'])).toEqual({
      DB_PASSWORD: 'hunter2',
      STRIPE_KEY: 'sk_live_0123456789abcdefXYZ',
    });
    expect(validateManifest(twice, [practiceSecretEnvValueRule])).toEqual([]);
  });

  it('does nothing when the env entry has changed since', () => {
    const manifest = manifestFromYaml(yaml);
    const fix = validateManifest(manifest, [practiceSecretEnvValueRule])[0]!.fix!;
    const edited = manifestFromYaml(yaml.replace('value: hunter2', 'value: other'));
    expect(fix.apply(edited)).toBe(edited);
  });
});
