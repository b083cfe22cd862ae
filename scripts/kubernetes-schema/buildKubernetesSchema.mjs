// @ts-check
import { DefinitionLoader } from './definitionLoader.mjs';
import { fail } from './generatorError.mjs';
import { resolvePackageTypes } from './kubernetesPackages.mjs';
import { emitDefinition } from './schemaEmitter.mjs';

/**
 * @import { KubernetesPackages } from './kubernetesPackages.mjs'
 * @import { JsonSchema } from './schemaEmitter.mjs'
 */

/**
 * A kind a manifest may hold: its .d.ts under kubernetes-models, and how the dispatcher
 * recognises it (see dispatchEntry): `group` checks every built-in apiVersion of the kind against
 * the one version here (so a removed `apps/v1beta1` Deployment is reported); `exact` lets the other
 * versions of its own group through unchecked (autoscaling/v1 HorizontalPodAutoscaler is still
 * served and has another shape).
 * @typedef {{ file: string; dispatch: 'group' | 'exact' }} RootKind
 */

/** @type {readonly RootKind[]} */
export const KUBERNETES_ROOTS = [
  { file: 'v1/Pod', dispatch: 'group' },
  { file: 'apps/v1/Deployment', dispatch: 'group' },
  { file: 'apps/v1/StatefulSet', dispatch: 'group' },
  { file: 'apps/v1/DaemonSet', dispatch: 'group' },
  { file: 'apps/v1/ReplicaSet', dispatch: 'group' },
  { file: 'v1/ReplicationController', dispatch: 'group' },
  { file: 'batch/v1/Job', dispatch: 'group' },
  { file: 'batch/v1/CronJob', dispatch: 'group' },
  { file: 'v1/ConfigMap', dispatch: 'group' },
  { file: 'v1/Secret', dispatch: 'group' },
  { file: 'v1/PersistentVolumeClaim', dispatch: 'group' },
  { file: 'v1/Service', dispatch: 'group' },
  { file: 'v1/ServiceAccount', dispatch: 'group' },
  { file: 'policy/v1/PodDisruptionBudget', dispatch: 'group' },
  { file: 'autoscaling/v2/HorizontalPodAutoscaler', dispatch: 'exact' },
  { file: 'networking.k8s.io/v1/NetworkPolicy', dispatch: 'group' },
];

/** @typedef {{ name: string; kind: string; apiVersion: string; dispatch: RootKind['dispatch'] }} RootInfo */

/**
 * @param {DefinitionLoader} loader
 * @param {RootKind} root
 * @returns {RootInfo}
 */
function rootInfo(loader, root) {
  const file = resolvePackageTypes(loader.packages.models, root.file);
  const name = loader.load(file);
  const declaration = loader.definitions.get(name)?.declaration;
  /** @param {string} property */
  const literal = (property) => {
    const member =
      declaration?.kind === 'interface' && Array.isArray(declaration.members)
        ? declaration.members.find((candidate) => candidate.name === property)
        : undefined;
    if (!member || member.optional || member.type.kind !== 'literal') {
      return fail(`${loader.relative(file)}: root ${name} has no required string-literal "${property}"`);
    }
    return member.type.value;
  };
  return { name, kind: literal('kind'), apiVersion: literal('apiVersion'), dispatch: root.dispatch };
}

/** @param {string} text */
function escapeRegExp(text) {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * The `if` of a root kind: its `kind`, and an apiVersion that is not a custom resource's. A
 * custom resource's group always has a dot (`serving.knative.dev/v1` Service, Calico's
 * `crd.projectcalico.org/v1` NetworkPolicy), so those pass through unchecked; a built-in
 * group that is wrong for the kind (`v1` Deployment, `extensions/v1beta1` NetworkPolicy) is
 * dispatched, and the kind's `apiVersion` enum reports it.
 * @param {RootInfo} root
 */
function dispatchEntry(root) {
  const slash = root.apiVersion.indexOf('/');
  const ownGroup = slash < 0 ? '' : root.apiVersion.slice(0, slash);
  const builtIn = ['[^/]*$']; // the core group ("v1"), or no group at all
  if (root.dispatch === 'exact') {
    builtIn.push(`${escapeRegExp(root.apiVersion)}$`, `(?!${escapeRegExp(ownGroup)}/)[^./]+/`);
  } else {
    builtIn.push('[^./]+/');
    if (ownGroup.includes('.')) builtIn.push(`${escapeRegExp(ownGroup)}/`);
  }
  return {
    if: {
      properties: { kind: { const: root.kind }, apiVersion: { pattern: `^(?:${builtIn.join('|')})` } },
      required: ['kind'],
    },
    then: { $ref: `#/definitions/${root.name}` },
  };
}

/**
 * The JSON Schema of the Kubernetes objects Pod Designer edits (see generate-kubernetes-schema.mjs
 * for its shape): the definitions reachable from `roots`, and a dispatcher by kind.
 * @param {KubernetesPackages} packages
 * @param {readonly RootKind[]} roots
 * @returns {JsonSchema & { definitions: Record<string, JsonSchema> }}
 */
export function buildKubernetesSchema(packages, roots = KUBERNETES_ROOTS) {
  const loader = new DefinitionLoader(packages);
  const typeMetaDocs = loader.typeMetaDescriptions();
  const rootInfos = roots.map((root) => rootInfo(loader, root));
  const kinds = rootInfos.map((root) => root.kind);
  if (new Set(kinds).size !== kinds.length) fail('two roots have the same kind');
  const rootNames = new Set(rootInfos.map((root) => root.name));

  /** @type {Record<string, JsonSchema>} */
  const emitted = {};
  for (const name of [...loader.definitions.keys()].sort()) {
    const definition = loader.definitions.get(name);
    if (definition) emitted[name] = emitDefinition(loader, definition, rootNames, typeMetaDocs);
  }

  const listEntry = {
    if: { properties: { kind: { const: 'List' }, apiVersion: { const: 'v1' } }, required: ['kind'] },
    then: {
      properties: {
        items: {
          description: 'The objects of the list, each checked like a document of its own.',
          type: 'array',
          items: { $ref: '#' },
        },
      },
    },
  };

  return {
    $schema: 'http://json-schema.org/draft-07/schema#',
    title: 'Kubernetes objects (Kubernetes 1.36, from kubernetes-models)',
    description:
      'A Kubernetes object: known kinds are checked against their definition, a List has each of its items checked, and other kinds (custom resources) are accepted as they are.',
    type: 'object',
    properties: {
      apiVersion: {
        description: typeMetaDocs.get('apiVersion'),
        type: 'string',
        examples: [...new Set(rootInfos.map((root) => root.apiVersion))],
      },
      kind: { description: typeMetaDocs.get('kind'), type: 'string', examples: [...kinds, 'List'] },
    },
    required: ['apiVersion', 'kind'],
    allOf: [...rootInfos.map(dispatchEntry), listEntry],
    'x-pod-designer-roots': Object.fromEntries(
      rootInfos.map((root) => [root.kind, { apiVersion: root.apiVersion, definition: root.name }]),
    ),
    'x-pod-designer-source': {
      generator: 'scripts/generate-kubernetes-schema.mjs',
      packages: {
        [packages.models.name]: packages.models.version,
        [packages.apimachinery.name]: packages.apimachinery.version,
        [packages.base.name]: packages.base.version,
      },
    },
    definitions: emitted,
  };
}
