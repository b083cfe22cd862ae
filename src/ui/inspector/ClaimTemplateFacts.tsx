import { describeClaimTemplate } from '../../graph/describe/describeClaimTemplate';
import type { ClaimTemplateEntry } from '../../model/claimTemplates';
import { type ContainerSlot, listContainerSlots } from '../../model/containers';
import { field, isJsonArray, type JsonObject } from '../../model/jsonValue';

/**
 * A StatefulSet's claim template: what each replica's claim asks for and who mounts it. Edited in
 * the YAML (the inspector has no form for claims yet).
 */
export function ClaimTemplateFacts({
  claim,
  podSpec,
  workloadName,
}: {
  claim: ClaimTemplateEntry;
  podSpec: JsonObject;
  workloadName: string;
}) {
  const mountedBy = listContainerSlots(podSpec).filter((slot) => mounts(slot, claim.name));
  return (
    <section className="inspector-form" aria-label={`Claim template ${claim.name}`}>
      <h3>Claim template {claim.name}</h3>
      <p className="inspector__hint">
        One PersistentVolumeClaim per replica (<code>{`${claim.name}-${workloadName || 'name'}-0`}</code>,{' '}
        <code>-1</code> …), kept when the pod is replaced, so each replica finds its own data again. Edit it in the
        YAML.
      </p>
      <dl className="inspector__facts">
        <dt>Asks for</dt>
        <dd>{describeClaimTemplate(claim.template) ?? 'nothing set'}</dd>
        <dt>Mounted by</dt>
        <dd>{mountedBy.length ? mountedBy.map((slot) => slot.name).join(', ') : 'no container'}</dd>
      </dl>
    </section>
  );
}

function mounts(slot: ContainerSlot, name: string): boolean {
  const list = field(slot.container, 'volumeMounts');
  return isJsonArray(list) && list.some((mount) => field(mount, 'name') === name);
}
