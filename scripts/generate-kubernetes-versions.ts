/**
 * Writes src/generated/kubernetes-versions.json: when each Kubernetes field and kind exists, for
 * the target-version checks, from versioned packages installed as `k8s-client-1.NN`,
 * `k8s-cdk8s-1.NN` (fields, kinds) and `k8s-models-1.NN` (enum values) devDependencies
 * (scripts/kubernetes-versions/).
 *
 *   npm run generate:versions
 *
 * Runs at `npm install` (postinstall, after the JSON schema), like src/generated/kubernetes-schema.json:
 * src/generated/ is not committed. Deterministic: the same packages give the same bytes.
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { SUPPORTED_KUBERNETES_MINORS } from '../src/model/kubernetesVersion';
import { buildVersionTable } from './kubernetes-versions/buildVersionTable';
import { readValueSources, readVersionSources } from './kubernetes-versions/versionSources';

const projectRoot = fileURLToPath(new URL('..', import.meta.url));
const table = buildVersionTable(
  readVersionSources(projectRoot),
  SUPPORTED_KUBERNETES_MINORS,
  readValueSources(projectRoot),
);
const text = `${JSON.stringify(table)}\n`;
writeFileSync(new URL('../src/generated/kubernetes-versions.json', import.meta.url), text);
console.log(
  `kubernetes versions: ${Object.keys(table.types).length} types, ${Object.keys(table.kinds).length} kinds, ${text.length} bytes`,
);
