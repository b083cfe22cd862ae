import { describe, expect, it } from 'vitest';
import { schemaRules } from '../validate/rules/schemaRules';
import { lintText } from './lintText';

describe('lintText', () => {
  it('places each finding at its field, in file order, across documents and List items', () => {
    const text = `apiVersion: v1
kind: ConfigMap
metadata: {name: settings}
dta: {a: b}
---
apiVersion: v1
kind: List
items:
- apiVersion: v1
  kind: Pod
  metadata: {name: web}
  spec:
    containers:
    - name: web
      image: nginx:1.27
      ports:
      - containerPort: "80"
      imagePullPolicy: Sometimes
`;
    expect(
      lintText(text, 'app.yaml', schemaRules).map(({ line, column, ruleId, path }) => ({ line, column, ruleId, path })),
    ).toEqual([
      { line: 4, column: 1, ruleId: 'schema/unknown-field', path: 'dta' },
      { line: 17, column: 9, ruleId: 'schema/field-type', path: 'spec.containers[0].ports[0].containerPort' },
      { line: 18, column: 7, ruleId: 'schema/unsupported-value', path: 'spec.containers[0].imagePullPolicy' },
    ]);
  });

  it('marks a missing field at the nearest part that exists', () => {
    const text =
      'apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: web}\nspec:\n  template: {spec: {containers: [{name: web, image: nginx}]}}\n';
    const [problem] = lintText(text, 'deploy.yaml', schemaRules);
    expect(problem).toMatchObject({
      line: 4,
      column: 1,
      ruleId: 'schema/required-field',
      path: 'spec.selector',
      severity: 'error',
    });
  });

  it('reports text that is not YAML as one error at its line and column', () => {
    expect(lintText('apiVersion: v1\nkind: Pod\nmetadata:\n  name: [web\n', 'broken.yaml', schemaRules)).toEqual([
      expect.objectContaining({
        file: 'broken.yaml',
        line: 5,
        column: 1,
        severity: 'error',
        ruleId: 'yaml/syntax',
        path: '',
      }),
    ]);
  });

  it('finds nothing in an empty file', () => {
    expect(lintText('', 'empty.yaml', schemaRules)).toEqual([]);
  });
});
