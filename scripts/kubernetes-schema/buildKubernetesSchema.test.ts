import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { buildKubernetesSchema } from './buildKubernetesSchema.mjs';
import { parseDeclarationFile } from './declarationParser.mjs';
import { findKubernetesPackages } from './kubernetesPackages.mjs';

const FIXTURE = path.join(path.dirname(new URL(import.meta.url).pathname), 'fixtures', 'mini-project');
const WIDGET_ROOT = [{ file: 'v1/Widget', dispatch: 'group' }] as const;

function fixtureSchema() {
  return buildKubernetesSchema(findKubernetesPackages(FIXTURE, 'modules'), WIDGET_ROOT);
}

const copies: string[] = [];
/** A copy of the fixture project, changed by `change` (to show how the generator fails). */
function changedFixture(change: (root: string) => void): string {
  const root = mkdtempSync(path.join(tmpdir(), 'kubernetes-schema-'));
  copies.push(root);
  cpSync(FIXTURE, root, { recursive: true });
  change(root);
  return root;
}

afterEach(() => {
  for (const root of copies.splice(0)) rmSync(root, { recursive: true, force: true });
});

describe('buildKubernetesSchema on a fixture package in the shape of kubernetes-models', () => {
  it('writes every definition reachable from the root, with types from the .d.ts and the validators', () => {
    const { definitions } = fixtureSchema();
    expect(Object.keys(definitions)).toEqual([
      'io.k8s.api.core.v1.Widget',
      'io.k8s.apimachinery.pkg.api.resource.Quantity',
      'io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta',
    ]);
    expect(definitions['io.k8s.api.core.v1.Widget']).toEqual({
      description: 'Widget is a made-up kind with one property of each shape the generator reads.',
      type: 'object',
      properties: {
        apiVersion: {
          description: 'APIVersion defines the versioned schema of this representation of an object.',
          type: 'string',
          enum: ['v1'],
        },
        certificate: {
          description: 'Secret bytes, base64 in YAML.',
          type: ['string', 'null'],
          contentEncoding: 'base64',
          pattern: expect.stringMatching(/^\^/),
        },
        data: {
          description: 'Labels of the widget.',
          type: ['object', 'null'],
          additionalProperties: { type: 'string' },
        },
        kind: {
          description: 'Kind is a string value representing the REST resource this object represents.',
          type: 'string',
          enum: ['Widget'],
        },
        metadata: {
          description: 'ObjectMeta is metadata that all persisted resources must have.',
          $ref: '#/definitions/io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta',
        },
        mode: { description: 'Whether the widget runs.', type: 'string', enum: ['On', 'Off'] },
        port: { description: 'A port number.', type: ['integer', 'null'] },
        ratio: { description: 'A fraction between 0 and 1.', type: ['number', 'null'] },
        size: {
          description: 'How much of a resource the widget may use.',
          $ref: '#/definitions/io.k8s.apimachinery.pkg.api.resource.Quantity',
        },
        tags: { description: 'Names of other widgets.', type: ['array', 'null'], items: { type: 'string' } },
      },
      required: ['apiVersion', 'kind', 'mode'],
      additionalProperties: false,
    });
    expect(definitions['io.k8s.apimachinery.pkg.api.resource.Quantity']).toMatchObject({
      type: ['string', 'number', 'null'],
      pattern: '^([+-]?[0-9.]+)([eEinumkKMGTP]*[-+]?[0-9]*)$',
    });
    expect(definitions['io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta']).toMatchObject({
      type: ['object', 'null'],
      properties: { name: { type: ['string', 'null'] } },
    });
  });

  it('dispatches documents to the root by kind and built-in apiVersion, and records the package versions', () => {
    const schema = fixtureSchema();
    expect(schema.allOf).toEqual([
      {
        if: {
          properties: { kind: { const: 'Widget' }, apiVersion: { pattern: '^(?:[^/]*$|[^./]+/)' } },
          required: ['kind'],
        },
        then: { $ref: '#/definitions/io.k8s.api.core.v1.Widget' },
      },
      expect.objectContaining({ if: expect.objectContaining({ required: ['kind'] }) }),
    ]);
    expect(schema['x-pod-designer-roots']).toEqual({
      Widget: { apiVersion: 'v1', definition: 'io.k8s.api.core.v1.Widget' },
    });
    expect(schema['x-pod-designer-source']).toMatchObject({
      packages: {
        'kubernetes-models': '5.1.0-fixture',
        '@kubernetes-models/apimachinery': '3.0.2-fixture',
        '@kubernetes-models/base': '6.0.1-fixture',
      },
    });
  });
});

describe('the generator fails with a message that says what it could not read and what to do', () => {
  it('when a package is missing', () => {
    const root = changedFixture((copy) =>
      rmSync(path.join(copy, 'modules', '@kubernetes-models', 'base'), { recursive: true }),
    );
    expect(() => findKubernetesPackages(root, 'modules')).toThrow(
      /package @kubernetes-models\/base is not installed \(looked in .*\): run npm ci/,
    );
  });

  it('when the installed version is not the pinned one', () => {
    const root = changedFixture((copy) => {
      const manifest = path.join(copy, 'package.json');
      writeFileSync(manifest, readFileSync(manifest, 'utf8').replace('"5.1.0-fixture"', '"5.2.0"'));
    });
    expect(() => findKubernetesPackages(root, 'modules')).toThrow(
      'kubernetes-models 5.1.0-fixture is installed, but package.json pins 5.2.0: run npm ci',
    );
  });

  it('when a .d.ts uses a shape the parser does not know, naming the file and line', () => {
    const text = 'export interface IWidget {\n    "size"?: Record<string, string>;\n}\n';
    expect(() => parseDeclarationFile('Widget.d.ts', text, 'v1/Widget.d.ts')).toThrow(
      'v1/Widget.d.ts:2: unsupported type expression after Record',
    );
  });

  it('when a validator does not say whether a number is an integer', () => {
    const root = changedFixture((copy) => {
      const validator = path.join(copy, 'modules', 'kubernetes-models', '_schemas', 'IoK8sApiCoreV1Widget.js');
      writeFileSync(
        validator,
        readFileSync(validator, 'utf8').replace('params:{type:"integer"}', 'params:{type:"null"}'),
      );
    });
    expect(() => buildKubernetesSchema(findKubernetesPackages(root, 'modules'), WIDGET_ROOT)).toThrow(
      /modules\/kubernetes-models\/v1\/Widget\.d\.ts:\d+: the validator does not say whether this number is an integer/,
    );
  });
});
