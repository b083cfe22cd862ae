import { describe, expect, it } from 'vitest';
import { formatDataPath } from '../../../../model/dataPath';
import { findingsOf } from '../../../../testing/findingsOf';
import { apiTerminationMessagePolicyRule } from './apiTerminationMessagePolicy';

const pod = (policies: string[]) =>
  `apiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec:\n  initContainers:\n${policies.map((policy, i) => `  - {name: c${i}, image: busybox, terminationMessagePolicy: ${policy}}`).join('\n')}\n  containers: [{name: app, image: nginx}]\n`;

describe('api/termination-message-policy', () => {
  it('reports an unsupported policy with a case fix', () => {
    const [finding] = findingsOf(pod(['fallbackToLogsOnError']), apiTerminationMessagePolicyRule);
    expect(`${finding?.errorType} ${formatDataPath(finding!.path)}`).toBe(
      'NotSupported spec.initContainers[0].terminationMessagePolicy',
    );
    expect(finding?.fix?.label).toBe('Set terminationMessagePolicy to FallbackToLogsOnError');
  });

  it('accepts File, FallbackToLogsOnError and an empty value', () => {
    expect(findingsOf(pod(['File', 'FallbackToLogsOnError', '""']), apiTerminationMessagePolicyRule)).toEqual([]);
  });
});
