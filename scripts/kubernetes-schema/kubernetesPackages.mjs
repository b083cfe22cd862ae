// @ts-check
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fail } from './generatorError.mjs';

/**
 * @typedef {object} PackageInfo
 * @property {string} name
 * @property {string} dir
 * @property {string} version
 * @property {Record<string, unknown>} exports The package.json `exports` map.
 */

/**
 * The npm packages the schema is generated from.
 * @typedef {object} KubernetesPackages
 * @property {string} projectRoot Where the paths in messages are relative to.
 * @property {PackageInfo} models kubernetes-models: the API definitions (`v1/Pod.d.ts` …).
 * @property {PackageInfo} apimachinery The apimachinery package: ObjectMeta, Quantity …
 * @property {PackageInfo} base The base package: TypeMeta (apiVersion, kind).
 */

/**
 * A package's directory and manifest: beside `nearDir` (a nested copy) or at the project's top.
 * @param {string} name
 * @param {string} nearDir
 * @param {string} projectRoot
 * @param {string} modulesFolder
 * @returns {PackageInfo}
 */
function findPackage(name, nearDir, projectRoot, modulesFolder) {
  const candidates = [path.join(nearDir, modulesFolder, name), path.join(projectRoot, modulesFolder, name)];
  const dir = candidates.find((candidate) => existsSync(path.join(candidate, 'package.json')));
  if (!dir) {
    return fail(
      `package ${name} is not installed (looked in ${candidates.join(', ')}): run npm ci to install the versions package-lock.json pins`,
    );
  }
  const manifest = JSON.parse(readFileSync(path.join(dir, 'package.json'), 'utf8'));
  return { name, dir, version: manifest.version, exports: manifest.exports ?? {} };
}

/**
 * The installed packages, checked against the exact versions the project's package.json pins
 * (an upstream change to their .d.ts format must be a deliberate upgrade, never a surprise at
 * `npm install`).
 * @param {string} projectRoot A folder with a package.json and the packages under `modulesFolder`.
 * @param {string} modulesFolder `node_modules`, or a test fixture's folder of packages.
 * @returns {KubernetesPackages}
 */
export function findKubernetesPackages(projectRoot, modulesFolder = 'node_modules') {
  const models = findPackage('kubernetes-models', projectRoot, projectRoot, modulesFolder);
  const packages = {
    projectRoot,
    models,
    apimachinery: findPackage('@kubernetes-models/apimachinery', models.dir, projectRoot, modulesFolder),
    base: findPackage('@kubernetes-models/base', models.dir, projectRoot, modulesFolder),
  };
  const manifest = JSON.parse(readFileSync(path.join(projectRoot, 'package.json'), 'utf8'));
  /** @type {Record<string, string>} */
  const pins = { ...manifest.dependencies, ...manifest.devDependencies };
  for (const pkg of [packages.models, packages.apimachinery, packages.base]) {
    const pinned = pins[pkg.name];
    if (pinned !== pkg.version) {
      fail(
        `${pkg.name} ${pkg.version} is installed, but package.json pins ${pinned ?? 'no version'}: run npm ci ` +
          '(to upgrade it on purpose, pin the new version and check the generated schema with npm test)',
      );
    }
  }
  return packages;
}

/**
 * A path relative to the project, for messages.
 * @param {KubernetesPackages} packages
 * @param {string} file
 */
export function relativePath(packages, file) {
  return path.relative(packages.projectRoot, file);
}

/**
 * Resolves `@kubernetes-models/apimachinery/apis/meta/v1/ObjectMeta` to its .d.ts via `exports`.
 * @param {PackageInfo} pkg
 * @param {string} subpath
 * @returns {string}
 */
export function resolvePackageTypes(pkg, subpath) {
  const key = `./${subpath}`;
  for (const [pattern, target] of Object.entries(pkg.exports)) {
    const types =
      typeof target === 'object' && target !== null && 'types' in target && typeof target.types === 'string'
        ? target.types
        : undefined;
    if (!types) continue;
    if (pattern === key) return path.join(pkg.dir, types);
    const star = pattern.indexOf('*');
    if (star < 0) continue;
    const prefix = pattern.slice(0, star);
    const suffix = pattern.slice(star + 1);
    if (key.startsWith(prefix) && key.endsWith(suffix) && key.length >= prefix.length + suffix.length) {
      const middle = key.slice(prefix.length, key.length - suffix.length);
      return path.join(pkg.dir, types.replace('*', middle));
    }
  }
  return fail(`${pkg.name} ${pkg.version} does not export types for "${key}"`);
}
