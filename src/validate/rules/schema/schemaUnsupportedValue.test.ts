import { describe, expect, it } from 'vitest';
import { getAtPath } from '../../../model/valueAtPath';
import { findingKeys, findingsOf } from '../../../testing/findingsOf';
import { manifestFromYaml } from '../../../testing/manifestFromYaml';
import { schemaUnsupportedValueRule } from './schemaUnsupportedValue';

const pod = (containerLines: string, specLines = '') => `
apiVersion: v1
kind: Pod
metadata: {name: web}
spec:
${specLines}
  containers:
  - name: web
    image: nginx:1.27
${containerLines}
`;

describe('schema/unsupported-value', () => {
  it('lists the values a field accepts', () => {
    const [finding] = findingsOf(pod('    imagePullPolicy: Sometimes'), schemaUnsupportedValueRule);
    expect(finding?.path).toEqual(['spec', 'containers', 0, 'imagePullPolicy']);
    expect(finding?.message).toBe('Unsupported value "Sometimes": use Always, IfNotPresent or Never.');
    expect(finding?.errorType).toBe('NotSupported');
    expect(finding?.fix).toBeUndefined();
  });

  it('fixes a value written in the wrong case or with a typo', () => {
    const yaml = pod('    ports: [{containerPort: 53, protocol: udp}]', '  restartPolicy: Nevr');
    expect(findingKeys(yaml, schemaUnsupportedValueRule)).toEqual([
      'schema/unsupported-value @ spec.restartPolicy',
      'schema/unsupported-value @ spec.containers[0].ports[0].protocol',
    ]);
    const [restart, protocol] = findingsOf(yaml, schemaUnsupportedValueRule);
    expect(protocol?.message).toBe('Unsupported value "udp": did you mean "UDP"? Values are case-sensitive.');
    const fixed = protocol!.fix!.apply(restart!.fix!.apply(manifestFromYaml(yaml)));
    expect(getAtPath(fixed[0]!, ['spec', 'restartPolicy'])).toBe('Never');
    expect(getAtPath(fixed[0]!, ['spec', 'containers', 0, 'ports', 0, 'protocol'])).toBe('UDP');
  });

  it('accepts every documented value and an explicit null', () => {
    const yaml = pod(
      '    imagePullPolicy: IfNotPresent\n    terminationMessagePolicy: null',
      '  restartPolicy: OnFailure\n  dnsPolicy: ClusterFirstWithHostNet',
    );
    expect(findingKeys(yaml, schemaUnsupportedValueRule)).toEqual([]);
  });
});

describe('schema/unsupported-value and empty strings', () => {
  it('accepts "" where the server fills in a documented default', () => {
    const yaml = pod(
      '    imagePullPolicy: ""\n    terminationMessagePolicy: ""\n    ports: [{containerPort: 80, protocol: ""}]',
      '  restartPolicy: ""\n  dnsPolicy: ""',
    );
    expect(findingKeys(yaml, schemaUnsupportedValueRule)).toEqual([]);
  });

  it('reports "" in a field the object requires', () => {
    const yaml = pod('', '  securityContext: {seccompProfile: {type: ""}}');
    expect(findingKeys(yaml, schemaUnsupportedValueRule)).toEqual([
      'schema/unsupported-value @ spec.securityContext.seccompProfile.type',
    ]);
  });
});
