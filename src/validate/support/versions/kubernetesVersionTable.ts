import table from '../../../generated/kubernetes-versions.json';
import type { KubernetesTarget } from './kubernetesTarget';
import type { KubernetesMinor } from './kubernetesVersion';
import type { KubernetesVersionTable } from './versionTable';

/**
 * The generated table, imported: for the command line and tests. The app imports this module
 * lazily (a chunk of its own), so its first screen does not carry the table.
 */
export function kubernetesTargetOf(minor: KubernetesMinor): KubernetesTarget {
  return { minor, table: table as KubernetesVersionTable };
}
