/**
 * The packages the version table's fields and kinds are built from, every devDependency of
 * package.json named `k8s-client-1.NN`, `k8s-cdk8s-1.NN` or `k8s-pulumi-1.NN`:
 *
 * - `k8s-client-1.NN`: an npm alias of the @kubernetes/client-node release generated from the
 *   Kubernetes 1.NN API (its model headers say which: "release-1.30", "OpenAPI spec version: v1.34.0").
 * - `k8s-cdk8s-1.NN`: an alias of cdk8s-plus-NN, whose imports are generated from the 1.NN OpenAPI,
 *   for a minor the client skips (1.31).
 * - `k8s-pulumi-1.NN`: an alias of the @pulumi/kubernetes release generated from the 1.NN OpenAPI,
 *   for a minor neither publishes (1.35): its fields, not the kinds it serves.
 *
 * versionTable.test.ts checks that each of the last two lies between its neighbours. Minors before
 * the supported range (1.24, 1.25, 1.28) tell when a removed API was last served. A supported
 * minor without a package would be a gap the validator treats with care.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { ValueSource, VersionSource } from './buildVersionTable';
import { readCdk8sImports } from './readCdk8sImports';
import { readModelsPackage } from './readModelsPackage';
import { readPulumiTypes } from './readPulumiTypes';
import { readClientPackage } from './readClientPackage';

export function readVersionSources(projectRoot: string): VersionSource[] {
  const manifest = JSON.parse(readFileSync(path.join(projectRoot, 'package.json'), 'utf8')) as {
    devDependencies: Record<string, string>;
  };
  const clients: VersionSource[] = [];
  const imports: VersionSource[] = [];
  for (const [alias, spec] of Object.entries(manifest.devDependencies)) {
    const match = /^k8s-(client|cdk8s|pulumi)-1\.(\d+)$/.exec(alias);
    if (!match) continue;
    const directory = path.join(projectRoot, 'node_modules', alias);
    const reader =
      match[1] === 'client' ? readClientPackage : match[1] === 'cdk8s' ? readCdk8sImports : readPulumiTypes;
    (match[1] === 'client' ? clients : imports).push({
      minor: Number(match[2]),
      packageName: spec.replace(/^npm:/, ''),
      api: reader(directory),
    });
  }
  return [...clients, ...onlyCreatableKinds(imports, clients)].sort((a, b) => a.minor - b.minor);
}

/**
 * The packages enum values are read from: every devDependency named `k8s-models-1.NN`, an alias of
 * the kubernetes-models release generated from the Kubernetes 1.NN API (versionTable.test.ts
 * checks its fields against the client's of that minor).
 */
export function readValueSources(projectRoot: string): ValueSource[] {
  const manifest = JSON.parse(readFileSync(path.join(projectRoot, 'package.json'), 'utf8')) as {
    devDependencies: Record<string, string>;
  };
  const sources: ValueSource[] = [];
  for (const [alias, spec] of Object.entries(manifest.devDependencies)) {
    const minor = /^k8s-models-1\.(\d+)$/.exec(alias)?.[1];
    if (!minor) continue;
    sources.push({
      minor: Number(minor),
      packageName: spec.replace(/^npm:/, ''),
      api: readModelsPackage(path.join(projectRoot, 'node_modules', alias)),
    });
  }
  return sources.sort((a, b) => a.minor - b.minor);
}

/**
 * A cdk8s import has a kind for every schema type with a group-version-kind, including what no
 * manifest creates (Status, autoscaling/v1 Scale, policy/v1 Eviction, ComponentStatus); the
 * client has a kind only where it has a create method. An import's kind is kept when some client
 * release creates the same kind of the same group. (Pulumi's kinds lead only to fields.)
 */
function onlyCreatableKinds(imports: readonly VersionSource[], clients: readonly VersionSource[]): VersionSource[] {
  const creatable = new Set(clients.flatMap((client) => [...client.api.kinds.keys()].map(groupAndKind)));
  return imports.map((source) => ({
    ...source,
    api: { ...source.api, kinds: new Map([...source.api.kinds].filter(([kind]) => creatable.has(groupAndKind(kind)))) },
  }));
}

/** `batch/v1/CronJob` → `batch/CronJob`, `v1/Pod` → `/Pod`. */
function groupAndKind(kind: string): string {
  const parts = kind.split('/');
  return `${parts.length === 3 ? parts[0] : ''}/${parts.at(-1)}`;
}
