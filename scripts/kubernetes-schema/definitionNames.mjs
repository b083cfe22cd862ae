// @ts-check
import path from 'node:path';
import { fail } from './generatorError.mjs';
import { relativePath } from './kubernetesPackages.mjs';

/** @import { KubernetesPackages } from './kubernetesPackages.mjs' */

/**
 * `io.k8s.api.core.v1.Pod` → `IoK8sApiCoreV1Pod`: how kubernetes-models names a definition's
 * interface (`I…`) and its validator file.
 * @param {string} definitionName
 */
export function pascalCase(definitionName) {
  return definitionName
    .split('.')
    .map((segment) => segment.charAt(0).toUpperCase() + segment.slice(1))
    .join('');
}

/**
 * `node_modules/kubernetes-models/apps/v1/Deployment.d.ts` → `io.k8s.api.apps.v1.Deployment`.
 * @param {KubernetesPackages} packages
 * @param {string} file
 * @returns {string}
 */
export function definitionNameOf(packages, file) {
  const inModels = path.relative(packages.models.dir, file);
  const inApimachinery = path.relative(packages.apimachinery.dir, file);
  if (!inModels.startsWith('..')) {
    const parts = inModels.replace(/\.d\.ts$/, '').split(path.sep);
    const [first = '', second = '', third = ''] = parts;
    if (parts.length === 2 && /^v\d/.test(first)) return `io.k8s.api.core.${first}.${second}`;
    if (parts.length === 3) {
      const group = first.replace(/\.k8s\.io$/, '').split('.')[0];
      return `io.k8s.api.${group}.${second}.${third}`;
    }
  } else if (!inApimachinery.startsWith('..')) {
    const parts = inApimachinery.replace(/\.d\.ts$/, '').split(path.sep);
    return `io.k8s.apimachinery.pkg.${parts.join('.')}`;
  }
  return fail(`cannot name the definition in ${relativePath(packages, file)}`);
}
