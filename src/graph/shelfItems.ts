import { listClaimTemplates } from '../model/claimTemplates';
import type { ContainerSlot } from '../model/containers';
import { claimEntityId, type EntityId, volumeEntityId } from '../model/entityId';
import { field, type JsonObject } from '../model/jsonValue';
import { listVolumes } from '../model/volumes';
import { CANVAS_METRICS, type Density } from './canvasMetrics';
import { describeClaimTemplate } from './describe/describeClaimTemplate';
import { describeVolume } from './describe/describeVolume';
import type { VolumeNodeData } from './graphTypes';
import { estimateLines } from './textWidth';
import { volumeGroupOf } from './volumeGroups';

/** An item of the volume shelf: a volume, a claim template, or a name mounted without a volume. */
export interface ShelfItem {
  readonly id: EntityId;
  readonly data: VolumeNodeData;
}

/**
 * The shelf: the pod's volumes, a StatefulSet's claim templates (one claim per replica), and any
 * name a container mounts that neither defines, so the mistake is on the canvas too.
 */
export function shelfItems(
  workload: JsonObject | null,
  podSpec: JsonObject,
  slots: readonly ContainerSlot[],
  density: Density,
): ShelfItem[] {
  const items: ShelfItem[] = listVolumes(podSpec).map(({ name, occurrence, volume }) => {
    const summary = describeVolume(volume);
    const id = volumeEntityId(name, occurrence);
    return {
      id,
      data: {
        entityId: id,
        name,
        source: 'volume',
        type: summary.type,
        typeLabel: summary.type,
        detail: summary.detail,
        group: volumeGroupOf(summary.type),
        nameLines: volumeNameLines(name, density),
        density,
      },
    };
  });
  for (const template of workload ? listClaimTemplates(workload) : []) {
    const id = claimEntityId(template.name, template.occurrence);
    items.push({
      id,
      data: {
        entityId: id,
        name: template.name,
        source: 'claimTemplate',
        type: 'claimTemplate',
        typeLabel: 'claim per replica',
        detail: describeClaimTemplate(template.template),
        group: 'storage',
        nameLines: volumeNameLines(template.name, density),
        density,
      },
    });
  }
  const defined = new Set(items.map((item) => item.data.name));
  for (const slot of slots) {
    const mounts = field(slot.container, 'volumeMounts');
    if (!Array.isArray(mounts)) continue;
    for (const mount of mounts) {
      const name = field(mount as JsonObject, 'name');
      if (typeof name !== 'string' || defined.has(name)) continue;
      defined.add(name);
      const id = volumeEntityId(name);
      items.push({
        id,
        data: {
          entityId: id,
          name,
          source: 'missing',
          type: 'missing',
          typeLabel: 'not defined',
          detail: 'no volume has this name',
          group: 'missing',
          nameLines: volumeNameLines(name, density),
          density,
        },
      });
    }
  }
  return items;
}

/** A volume's name takes a second line (regular density) rather than being cut. */
function volumeNameLines(name: string, density: Density): number {
  const metrics = CANVAS_METRICS[density].volume;
  return estimateLines(
    name || '(unnamed)',
    metrics.nameSize,
    metrics.width - 50,
    'bold',
    density === 'compact' ? 1 : 2,
  );
}

export function volumeHeight(data: VolumeNodeData): number {
  const metrics = CANVAS_METRICS[data.density].volume;
  return metrics.height + (data.nameLines - 1) * metrics.nameLine;
}

export function volumeLabel(data: VolumeNodeData): string {
  if (data.source === 'claimTemplate') return `Claim template ${data.name}, one claim per replica`;
  if (data.source === 'missing') return `Volume ${data.name}, not defined`;
  return `Volume ${data.name}`;
}

/**
 * What a mounted name refers to: the first volume of that name, or a claim template, which
 * replaces a volume of the same name in every replica's pod.
 */
export function mountTargetsOf(shelf: readonly ShelfItem[]): Map<string, ShelfItem> {
  const targets = new Map<string, ShelfItem>();
  for (const item of shelf) {
    const current = targets.get(item.data.name);
    if (!current || (item.data.source === 'claimTemplate' && current.data.source !== 'claimTemplate'))
      targets.set(item.data.name, item);
  }
  return targets;
}
