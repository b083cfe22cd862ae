import { formatDataPath } from '../../model/dataPath';
import type { Manifest } from '../../model/manifest';
import { sameObjectRef } from '../../model/workloads';
import { ALL_RULES } from '../../validate/allRules';
import type { FindingData, FindingFix } from '../../validate/finding';
import type { KubernetesMinor } from '../../model/kubernetesVersion';
import { kubernetesTargetOf } from '../../validate/support/versions/kubernetesVersionTable';
import { validateManifest } from '../../validate/validateManifest';

/**
 * The fix of a reported finding (which carries only its label): the validator runs again on
 * `manifest` (for the target Kubernetes version the finding was found for), on this thread, and the same finding — same rule, object, path and message — gives
 * its fix. Null when the manifest no longer has that finding. The app loads this module, and the
 * rules with it, the first time a fix is previewed.
 */
export function findFix(manifest: Manifest, finding: FindingData, kubernetesMinor: KubernetesMinor): FindingFix | null {
  const path = formatDataPath(finding.path);
  const same = validateManifest(manifest, ALL_RULES, { kubernetesTarget: kubernetesTargetOf(kubernetesMinor) }).find(
    (candidate) =>
      candidate.ruleId === finding.ruleId &&
      candidate.message === finding.message &&
      sameObjectRef(candidate.objectRef, finding.objectRef) &&
      formatDataPath(candidate.path) === path,
  );
  return same?.fix ?? null;
}
