import { describe, expect, it } from 'vitest';
import { formatDataPath } from '../../../model/dataPath';
import { manifestFromYaml } from '../../../testing/manifestFromYaml';
import { closestName } from './closestName';
import { schemaProblemsOf } from './schemaProblems';

describe('schemaProblemsOf', () => {
  it('finds every problem once, in document order', () => {
    const [pod] = manifestFromYaml(`
apiVersion: v1
kind: Pod
metadata: {name: web}
spec:
  containers:
  - name: web
    image: nginx:1.27
    ports: [{containerPort: "80", protocol: 6}]
    imagePullPolcy: Always
  - name: sidecar
    image: busybox:1.36
    resources: {requests: {memory: lots}}
  restartPolicy: sometimes
`);
    const problems = schemaProblemsOf(pod!);
    expect(problems.map((problem) => `${problem.kind} @ ${formatDataPath(problem.path)}`)).toEqual([
      'field-type @ spec.containers[0].ports[0].containerPort',
      'field-type @ spec.containers[0].ports[0].protocol',
      'unknown-field @ spec.containers[0].imagePullPolcy',
      'quantity @ spec.containers[1].resources.requests[memory]',
      'unsupported-value @ spec.restartPolicy',
    ]);
  });

  it('validates an object once and reuses the result while the object is unchanged', () => {
    const [pod] = manifestFromYaml(
      'apiVersion: v1\nkind: Pod\nmetadata: {name: web}\nspec: {containers: [{name: web, image: nginx}]}\n',
    );
    expect(schemaProblemsOf(pod!)).toBe(schemaProblemsOf(pod!));
  });
});

describe('closestName', () => {
  it.each([
    ['imagePullPolcy', 'imagePullPolicy'],
    ['IMAGE', 'image'],
    ['image_pull_policy', 'imagePullPolicy'],
    ['comand', 'command'],
    ['agrs', 'args'],
    ['nam', 'name'],
  ])('%s → %s', (typo, expected) => {
    expect(closestName(typo, ['name', 'image', 'imagePullPolicy', 'command', 'args'])).toBe(expected);
  });

  it('suggests nothing for an unrelated or very short name', () => {
    expect(closestName('colour', ['name', 'image', 'command'])).toBeUndefined();
    expect(closestName('id', ['ip', 'name'])).toBeUndefined();
  });
});
