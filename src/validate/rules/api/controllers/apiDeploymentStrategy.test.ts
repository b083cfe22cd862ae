import { describe, expect, it } from 'vitest';
import { formatDataPath } from '../../../../model/dataPath';
import { findingsOf } from '../../../../testing/findingsOf';
import { apiDeploymentStrategyRule } from './apiDeploymentStrategy';

const deployment = (strategy: string) => `
apiVersion: apps/v1
kind: Deployment
metadata: {name: web}
spec:
  strategy: ${strategy}
  selector: {matchLabels: {app: web}}
  template:
    metadata: {labels: {app: web}}
    spec: {containers: [{name: a, image: b}]}
`;
const typed = (yaml: string) =>
  findingsOf(yaml, apiDeploymentStrategyRule).map((f) => `${f.ruleId} ${f.errorType} @ ${formatDataPath(f.path)}`);

describe('api/deployment-strategy', () => {
  it('reports unknown types, rollingUpdate with Recreate, and impossible rollouts', () => {
    expect(typed(deployment('{type: BlueGreen}'))).toEqual(['api/deployment-strategy NotSupported @ spec.strategy']);
    expect(typed(deployment('{type: Recreate, rollingUpdate: {maxSurge: 1}}'))).toEqual([
      'api/deployment-strategy Forbidden @ spec.strategy.rollingUpdate',
    ]);
    expect(typed(deployment('{rollingUpdate: {maxSurge: 0, maxUnavailable: 0}}'))).toEqual([
      'api/deployment-strategy Invalid @ spec.strategy.rollingUpdate.maxUnavailable',
    ]);
    expect(typed(deployment('{rollingUpdate: {maxSurge: "25", maxUnavailable: 150%}}'))).toEqual([
      'api/deployment-strategy Invalid @ spec.strategy.rollingUpdate.maxSurge',
      'api/deployment-strategy Invalid @ spec.strategy.rollingUpdate.maxUnavailable',
    ]);
  });

  it('accepts the defaults, zero surge with some unavailability, and Recreate', () => {
    expect(typed(deployment('{}'))).toEqual([]);
    expect(typed(deployment('{type: RollingUpdate, rollingUpdate: {maxSurge: 0}}'))).toEqual([]);
    expect(typed(deployment('{type: Recreate}'))).toEqual([]);
  });
});
