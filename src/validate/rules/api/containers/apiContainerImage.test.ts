import { describe, expect, it } from 'vitest';
import { formatDataPath } from '../../../../model/dataPath';
import { getAtPath } from '../../../../model/valueAtPath';
import { findingsOf } from '../../../../testing/findingsOf';
import { manifestFromYaml } from '../../../../testing/manifestFromYaml';
import { apiContainerImageRule } from './apiContainerImage';

const summary = (yaml: string) =>
  findingsOf(yaml, apiContainerImageRule).map((f) => `${f.errorType ?? f.severity} ${formatDataPath(f.path)}`);

describe('api/container-image', () => {
  it('reports a missing image and spaces around a Pod container image, with a trim fix', () => {
    const yaml = `
apiVersion: v1
kind: Pod
metadata: {name: p}
spec:
  containers:
  - {name: a}
  - {name: b, image: " nginx:1.27"}
  initContainers:
  - {name: c, image: ""}
`;
    expect(summary(yaml)).toEqual([
      'Required spec.initContainers[0].image',
      'Required spec.containers[0].image',
      'Invalid spec.containers[1].image',
    ]);
    const spaced = findingsOf(yaml, apiContainerImageRule)[2]!;
    expect(getAtPath(spaced.fix!.apply(manifestFromYaml(yaml))[0]!, ['spec', 'containers', 1, 'image'])).toBe(
      'nginx:1.27',
    );
  });

  it('only warns about spaces in a pod template, except for ephemeral containers', () => {
    const yaml = `
apiVersion: apps/v1
kind: Deployment
metadata: {name: d}
spec:
  selector: {matchLabels: {app: d}}
  template:
    metadata: {labels: {app: d}}
    spec:
      containers:
      - {name: a, image: "nginx:1.27 "}
      ephemeralContainers:
      - {name: debug, image: "busybox "}
`;
    expect(summary(yaml)).toEqual([
      'Invalid spec.template.spec.ephemeralContainers[0].image',
      'warning spec.template.spec.containers[0].image',
    ]);
  });

  it('accepts set images and leaves an image of the wrong type to the schema rules', () => {
    const yaml =
      'apiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec:\n  containers:\n  - {name: a, image: nginx}\n  - {name: b, image: 42}\n';
    expect(summary(yaml)).toEqual([]);
  });
});
