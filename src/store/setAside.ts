import type { Manifest } from '../model/manifest';
import { getAtPath } from '../model/valueAtPath';
import { setAsideFields, type SetAsideFields } from '../model/setAsideFields';
import type { JsonObject } from '../model/jsonValue';
import { getObject } from '../model/workloads';
import type { DesignerState } from './designerStore';
import { workloadKey } from './documentSnapshot';
import { memoizeByObject } from './memoize';
import { selectCurrentWorkload } from './selectors';
import type { ReportedFinding } from './validation/reportedFinding';

const NOTHING_SET_ASIDE: readonly SetAsideFields[] = [];

const setAsideOf = memoizeByObject(
  (workload: JsonObject, remembered: DesignerState['rememberedKinds'][string] | undefined) =>
    remembered ? setAsideFields(workload, remembered) : NOTHING_SET_ASIDE,
);

/**
 * What a kind switch set aside from the designed workload (a StatefulSet's serviceName and claim
 * templates while it is a Deployment): the inspector says so, and that it comes back with the kind.
 */
export const selectSetAsideFields = (state: DesignerState): readonly SetAsideFields[] => {
  const workload = selectCurrentWorkload(state);
  return workload ? setAsideOf(workload.object, state.rememberedKinds[workloadKey(workload.ref)]) : NOTHING_SET_ASIDE;
};

/**
 * The validator sees only the file: a mount of a claim template that a kind switch set aside is,
 * to it, a mount of no volume. Says why in the finding, and how it comes back.
 */
export function explainSetAsideMounts(
  findings: readonly ReportedFinding[],
  documents: Manifest,
  rememberedKinds: DesignerState['rememberedKinds'],
): readonly ReportedFinding[] {
  if (Object.keys(rememberedKinds).length === 0) return findings;
  return findings.map((finding) => {
    if (finding.ruleId !== 'api/volume-mount-name' || finding.errorType !== 'NotFound') return finding;
    const object = getObject(documents, finding.objectRef);
    const remembered = rememberedKinds[workloadKey(finding.objectRef)];
    const name = object && getAtPath(object, finding.path);
    if (!object || !remembered || typeof name !== 'string') return finding;
    const owner = setAsideFields(object, remembered).find((aside) => aside.claimTemplates.includes(name));
    if (!owner) return finding;
    return {
      ...finding,
      message: `The volume mount "${name}" names the claim template "${name}", which was set aside when this ${owner.kind} became a ${String(object.kind)}: a ${String(object.kind)} has no claim templates. Switch the kind back to ${owner.kind} to bring it back, or add a volume named "${name}".`,
    };
  });
}
