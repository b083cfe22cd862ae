import type { KubernetesMinor } from '../../../model/kubernetesVersion';
import { kubernetesVersionTable } from '../../../schema/kubernetesVersionTable';
import type { KubernetesTarget } from './kubernetesTarget';

/**
 * A target with the generated table: for the command line, the tests, and the validation worker,
 * which imports this module lazily (a chunk of its own), so the app's first screen does not carry
 * the table.
 */
export function kubernetesTargetOf(minor: KubernetesMinor): KubernetesTarget {
  return { minor, table: kubernetesVersionTable };
}
