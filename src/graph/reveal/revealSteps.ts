import { listContainerSlots, PROBE_KINDS, type ContainerSlot, type ProbeKind } from '../../model/containers';
import { containerEntityId, POD_ENTITY_ID, probeEntityId, volumeEntityId, type EntityId } from '../../model/entityId';
import { field, isJsonObject, type JsonObject } from '../../model/jsonValue';
import { listVolumes } from '../../model/volumes';
import { podSpecOf } from '../../model/workloads';
import { describePorts, describeProbeHandler, PROBE_LABELS } from '../describe/describeContainer';
import { describeVolume } from '../describe/describeVolume';

/** One part of the design, as the presenter's step-by-step reveal shows it. */
export interface RevealStep {
  /** The entity highlighted on the canvas and in the YAML. */
  readonly entity: EntityId;
  /** What the part is, in a few words: "Init container migrate". */
  readonly title: string;
  /** What it does, in one sentence an attendee follows. */
  readonly sentence: string;
}

const ORDINALS = ['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth'];

function imageOf(container: JsonObject): string {
  const image = field(container, 'image');
  return typeof image === 'string' && image !== '' ? image : 'no image yet';
}

function podStep(workload: JsonObject, podSpec: JsonObject): RevealStep {
  const kind = typeof field(workload, 'kind') === 'string' ? String(field(workload, 'kind')) : 'Pod';
  const name = field(field(workload, 'metadata'), 'name');
  const named = typeof name === 'string' && name !== '' ? ` ${name}` : '';
  const count = listContainerSlots(podSpec).length;
  const shared = `its ${count} container${count === 1 ? '' : 's'} share one network address and the volumes mounted in them`;
  if (kind === 'Pod') return { entity: POD_ENTITY_ID, title: `Pod${named}`, sentence: `A Pod: ${shared}.` };
  const replicas = field(field(workload, 'spec'), 'replicas');
  const keeps =
    kind === 'Job' || kind === 'CronJob'
      ? `runs this pod to completion${kind === 'CronJob' ? ' on a schedule' : ''}`
      : kind === 'DaemonSet'
        ? 'runs one copy of this pod on every node'
        : `keeps ${typeof replicas === 'number' ? replicas : 1} cop${replicas === 1 || replicas === undefined ? 'y' : 'ies'} of this pod running`;
  return { entity: POD_ENTITY_ID, title: `${kind}${named}`, sentence: `A ${kind} ${keeps}; ${shared}.` };
}

function containerStep(slot: ContainerSlot): RevealStep {
  const image = imageOf(slot.container);
  const entity = containerEntityId(slot.name, slot.occurrence);
  // Init containers and native sidecars start one after the other, in the order of initContainers.
  const place = ORDINALS[slot.index] ?? `number ${slot.index + 1}`;
  if (slot.role === 'init')
    return {
      entity,
      title: `Init container ${slot.name}`,
      sentence: `Starts ${place} (${image}) and runs to completion: what comes after it starts only once it exits 0.`,
    };
  if (slot.role === 'sidecar')
    return {
      entity,
      title: `Sidecar ${slot.name}`,
      sentence: `A native sidecar (${image}) that starts ${place}, before the app containers, keeps running beside them and is stopped after them.`,
    };
  const ports = describePorts(slot.container).map((port) => port.label);
  const listens = ports.length > 0 ? `, listening on port${ports.length > 1 ? 's' : ''} ${ports.join(', ')}` : '';
  return {
    entity,
    title: `App container ${slot.name}`,
    sentence: `Runs the application (${image})${listens}; it starts once every init container has completed.`,
  };
}

function mountersOf(podSpec: JsonObject, volume: string): string[] {
  return listContainerSlots(podSpec)
    .filter((slot) => {
      const mounts = field(slot.container, 'volumeMounts');
      return Array.isArray(mounts) && mounts.some((mount) => field(mount, 'name') === volume);
    })
    .map((slot) => slot.name);
}

const PROBE_EFFECTS: Record<ProbeKind, string> = {
  startupProbe: 'until it passes, the other probes wait; if it keeps failing the container is restarted',
  livenessProbe: 'when it fails several times in a row, the kubelet restarts the container',
  readinessProbe: 'while it fails, the pod gets no traffic from a Service',
};

function probeStep(slot: ContainerSlot, kind: ProbeKind): RevealStep {
  const probe = field(slot.container, kind);
  const period = field(probe, 'periodSeconds');
  return {
    entity: probeEntityId(slot.name, kind, slot.occurrence),
    title: `${PROBE_LABELS[kind]} probe of ${slot.name}`,
    sentence: `Checks ${describeProbeHandler(probe)} every ${typeof period === 'number' ? period : 10} s: ${PROBE_EFFECTS[kind]}.`,
  };
}

/**
 * The design part by part, in the order a presenter explains a pod: the pod, init containers and
 * native sidecars in the order they start, app containers, volumes, then probes. Works for any
 * workload.
 */
export function revealSteps(workload: JsonObject): RevealStep[] {
  const podSpec = podSpecOf(workload);
  const slots = listContainerSlots(podSpec);
  const steps: RevealStep[] = [podStep(workload, podSpec)];
  // Init containers and sidecars in their start order, then the app containers (which start together).
  for (const slot of slots) steps.push(containerStep(slot));
  for (const entry of listVolumes(podSpec)) {
    const summary = describeVolume(entry.volume);
    const users = mountersOf(podSpec, entry.name);
    steps.push({
      entity: volumeEntityId(entry.name, entry.occurrence),
      title: `Volume ${entry.name}`,
      sentence: `A ${summary.type} volume${summary.detail ? ` (${summary.detail})` : ''}, ${
        users.length > 0 ? `mounted by ${users.join(' and ')}` : 'not mounted by any container yet'
      }.`,
    });
  }
  for (const slot of slots)
    for (const kind of PROBE_KINDS)
      if (slot.role !== 'init' && isJsonObject(field(slot.container, kind))) steps.push(probeStep(slot, kind));
  return steps;
}
