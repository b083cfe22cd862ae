import { describe, expect, it } from 'vitest';
import { compiledDefinitionCount, validateDefinition } from './definitionValidators';

describe('validateDefinition', () => {
  it('compiles only the definitions a document reaches, on first use', () => {
    expect(compiledDefinitionCount()).toBe(0);
    validateDefinition('io.k8s.api.core.v1.ConfigMap', {
      apiVersion: 'v1',
      kind: 'ConfigMap',
      metadata: { name: 'settings' },
      data: { a: 'b' },
    });
    expect(compiledDefinitionCount()).toBe(2);
    validateDefinition('io.k8s.api.core.v1.Pod', {
      apiVersion: 'v1',
      kind: 'Pod',
      metadata: { name: 'web' },
      spec: { containers: [{ name: 'web', image: 'nginx' }] },
    });
    expect(compiledDefinitionCount()).toBeGreaterThan(2);
    expect(compiledDefinitionCount()).toBeLessThan(10);
  });

  it('reports errors of nested definitions with paths from the document and the definition that found them', () => {
    const errors = validateDefinition('io.k8s.api.core.v1.Pod', {
      apiVersion: 'v1',
      kind: 'Pod',
      metadata: { name: 'web' },
      spec: {
        containers: [
          { name: 'web', image: 'nginx', imagePullPolcy: 'Always', resources: { limits: { memory: 'lots' } } },
        ],
      },
    });
    expect(errors.map(({ definition, error }) => [definition, error.keyword, error.instancePath])).toEqual([
      ['io.k8s.api.core.v1.ResourceRequirements', 'x-quantity', '/spec/containers/0/resources/limits/memory'],
      ['io.k8s.api.core.v1.Container', 'additionalProperties', '/spec/containers/0'],
    ]);
  });

  it('returns no errors for a valid document', () => {
    expect(
      validateDefinition('io.k8s.api.core.v1.Service', {
        apiVersion: 'v1',
        kind: 'Service',
        metadata: { name: 's' },
        spec: { ports: [{ port: 80 }] },
      }),
    ).toEqual([]);
  });
});
