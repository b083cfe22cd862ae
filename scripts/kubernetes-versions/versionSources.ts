/**
 * The packages the version table is built from: every devDependency of package.json named
 * `k8s-client-1.NN`, an npm alias of the @kubernetes/client-node release generated from the
 * Kubernetes 1.NN API (its model headers say which: "release-1.30", "OpenAPI spec version: v1.34.0").
 * The client skips some minors (1.31, 1.35): those are gaps the validator treats with care.
 * Minors before the supported range (1.24, 1.25, 1.28) tell when a removed API was last served.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { VersionSource } from './buildVersionTable';
import { readClientPackage } from './readClientPackage';

export function readVersionSources(projectRoot: string): VersionSource[] {
  const manifest = JSON.parse(readFileSync(path.join(projectRoot, 'package.json'), 'utf8')) as {
    devDependencies: Record<string, string>;
  };
  const sources: VersionSource[] = [];
  for (const [alias, spec] of Object.entries(manifest.devDependencies)) {
    const minor = /^k8s-client-1\.(\d+)$/.exec(alias)?.[1];
    if (!minor) continue;
    const packageName = spec.replace(/^npm:/, '');
    sources.push({
      minor: Number(minor),
      packageName,
      api: readClientPackage(path.join(projectRoot, 'node_modules', alias)),
    });
  }
  return sources.sort((a, b) => a.minor - b.minor);
}
